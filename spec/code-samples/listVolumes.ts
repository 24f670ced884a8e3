import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-de.otc.t-systems.com',
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

// One page; evs.listAllVolumes(filters) walks every page for you.
const page = await evs.listVolumes({ status: 'available', limit: 10 });
console.log(`${page.count} disks match`);
for (const volume of page.volumes) console.log(volume.id, volume.name, volume.snapshot_id ?? '(not restored)');
