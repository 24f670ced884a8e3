import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

const snapshot = await evs.cinder.createSnapshot({
  volume_id: process.env.EVS_VOLUME_ID!,
  name: 'nightly',
  metadata: { key1: 'value1' },
});
console.log(`${snapshot.id} is ${snapshot.status}`); // creating: poll evs.cinder.showSnapshot until available
