import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

// Overwrites the source disk with the snapshot: everything written since is lost.
const rollback = await evs.rollbackSnapshot(process.env.EVS_SNAPSHOT_ID!, { volume_id: process.env.EVS_VOLUME_ID! });
console.log(`rolling back ${rollback.volume_id}`);
