import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

// One look at the job; evs.waitForJob(jobId) polls until it succeeds and throws with fail_reason when it fails.
const job = await evs.showJob(process.env.EVS_JOB_ID!);
console.log(`${job.job_type} ${job.status}`, job.entities?.volume_id ?? '', job.fail_reason ?? '');
