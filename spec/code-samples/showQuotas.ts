import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

// The quotas of the client's project; -1 means unlimited.
const quotas = await evs.showQuotas();
for (const name of ['volumes', 'snapshots', 'gigabytes'] as const) {
  const { in_use, limit } = quotas[name];
  console.log(`${name}: ${in_use} of ${limit === -1 ? 'unlimited' : limit}`);
}
