import { createEvsClient } from 'evs-snapshot-openapi';

const evs = createEvsClient({
  endpoint: process.env.EVS_ENDPOINT ?? 'https://evs.eu-west-101.myhuaweicloud.com', // Huawei Cloud's call: Open Telekom Cloud documents no /v2.1
  projectId: process.env.EVS_PROJECT_ID!,
  auth: { token: process.env.EVS_AUTH_TOKEN! },
});

// Huawei Cloud's create: the same volume, and a client token that makes a retry return the first answer.
const created = await evs.createVolumeV21(
  {
    volume: {
      availability_zone: 'eu-west-101a',
      volume_type: 'SSD',
      size: 10,
      snapshot_id: process.env.EVS_SNAPSHOT_ID!,
      metadata: { create_for_volume_id: 'true' },
    },
  },
  { clientToken: crypto.randomUUID() },
);
console.log(`job ${created.job_id}, disks ${created.volume_ids?.join(', ')}`);
