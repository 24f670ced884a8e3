import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
  openStackApi: 'v3', // the unrecommended /v3 paths; the default is 'v2'
});

const snapshot = await evs.cinder.showSnapshot(process.env.EVS_SNAPSHOT_ID!);
console.log(`${snapshot.id} ${snapshot.name} is ${snapshot.status}`);
