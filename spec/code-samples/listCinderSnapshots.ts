import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

// One page of summaries; evs.cinder.listAllSnapshots(filters) walks every page by marker.
const page = await evs.cinder.listSnapshots({ status: 'available', limit: 50 });
for (const snapshot of page.snapshots) console.log(snapshot.id, snapshot.name, snapshot.size);
