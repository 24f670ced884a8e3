import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
  openStackApi: 'v3', // the unrecommended /v3 paths; the default is 'v2'
});

// Replaces all the metadata: keys not given here are deleted (use evs.metadata.add to keep them).
const metadata = await evs.metadata.replace(process.env.EVS_SNAPSHOT_ID!, { key1: 'value1', key2: 'value2' });
console.log(metadata);
