import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

// Only a disk that is not attached (available, or in an error state) can be deleted.
const { job_id } = await evs.deleteVolume(process.env.EVS_VOLUME_ID!);
console.log(`the disk is being deleted by job ${job_id}`);
