import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

const metadata = await evs.metadata.list(process.env.EVS_SNAPSHOT_ID!);
for (const [key, value] of Object.entries(metadata)) console.log(`${key}=${value}`);
