import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
  openStackApi: 'v3', // the unrecommended /v3 paths; the default is 'v2'
});

await evs.metadata.delete(process.env.EVS_SNAPSHOT_ID!, 'key1');
console.log('key1 deleted');
