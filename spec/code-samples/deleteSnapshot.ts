import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

const snapshotId = process.env.EVS_SNAPSHOT_ID!;
await evs.deleteSnapshot(snapshotId); // only available or error snapshots can be deleted
console.log(`deleting ${snapshotId}`); // evs.waitForSnapshot(snapshotId, { until: 'deleted' }) resolves once it is gone
