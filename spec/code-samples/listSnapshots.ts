import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

// One page; evs.listAllSnapshots(filters) walks every page for you.
const page = await evs.listSnapshots({ volume_id: process.env.EVS_VOLUME_ID!, status: 'available', limit: 10 });
console.log(`${page.count} snapshots match`);
for (const snapshot of page.snapshots) console.log(snapshot.id, snapshot.name, snapshot.created_at);
