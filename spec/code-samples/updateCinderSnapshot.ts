import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

const snapshot = await evs.cinder.updateSnapshot(process.env.EVS_SNAPSHOT_ID!, { name: 'snap-001', description: 'Daily backup' });
console.log(`${snapshot.id} is now called ${snapshot.name}`);
