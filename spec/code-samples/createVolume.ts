import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

// Restores a snapshot to a new disk in its zone and of its source disk's type; evs.restoreSnapshot
// does all of it (reads the snapshot and its disk, creates, follows the job and the disk).
const { job_id } = await evs.createVolume({
  availability_zone: 'eu-de-01',
  volume_type: 'SSD',
  size: 10,
  snapshot_id: process.env.EVS_SNAPSHOT_ID!,
  name: 'restored-from-snap-001',
});
console.log(`the disk is being created by job ${job_id}`);
