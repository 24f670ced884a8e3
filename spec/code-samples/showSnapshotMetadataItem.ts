import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

const value = await evs.metadata.get(process.env.EVS_SNAPSHOT_ID!, 'key1');
console.log(`key1=${value}`);
