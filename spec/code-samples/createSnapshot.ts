import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

const snapshot = await evs.createSnapshot({
  volume_id: process.env.EVS_VOLUME_ID!,
  name: 'snap-001',
  description: 'Daily backup',
});
console.log(`${snapshot.id} is ${snapshot.status}`); // creating: poll with evs.waitForSnapshot(id, { until: 'available' })
