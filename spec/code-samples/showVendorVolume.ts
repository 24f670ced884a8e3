import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

const volume = await evs.showVendorVolume(process.env.EVS_VOLUME_ID!);
console.log(`${volume.id} is ${volume.status}, ${volume.size} GB, from snapshot ${volume.snapshot_id ?? 'none'}`);
