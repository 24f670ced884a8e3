// The quotas of a project and their use, counted from the state on each read (a quota bounds what
// is counted, so the count costs no more than the quota allows): `volumes` its disks, `snapshots`
// its snapshots, `gigabytes` the sizes of both; per disk type the same three, for the types of its
// disks and snapshots. The limits are the options' (`-1`: unlimited) for every project.
import { requestSchemas } from '../../generated/request-schemas.js';
import type { Quotas } from './options.js';
import type { Store } from './store.js';

export interface Use {
  volumes: number;
  snapshots: number;
  gigabytes: number;
}

export interface Usage extends Use {
  /** Per disk type, in the order first met. */
  byType: Map<string, Use>;
}

const none = (): Use => ({ volumes: 0, snapshots: 0, gigabytes: 0 });

/** What a project uses: its disks (seeded ones it sees included) and its snapshots. */
export function usageOf(store: Store, projectId: string): Usage {
  const usage: Usage = { ...none(), byType: new Map() };
  const ofType = (type: string): Use => {
    let use = usage.byType.get(type);
    if (!use) {
      use = none();
      usage.byType.set(type, use);
    }
    return use;
  };
  for (const volume of store.volumesOf(projectId)) {
    const typed = ofType(volume.volumeType);
    usage.volumes++;
    typed.volumes++;
    usage.gigabytes += volume.size;
    typed.gigabytes += volume.size;
  }
  for (const snapshot of store.snapshotsOf(projectId)?.ordered ?? []) {
    const typed = ofType(snapshot.volumeType);
    usage.snapshots++;
    typed.snapshots++;
    usage.gigabytes += snapshot.size;
    typed.gigabytes += snapshot.size;
  }
  return usage;
}

/** Whether `more` on top of `used` passes `limit` (-1: never). */
export const over = (limit: number, used: number, more: number): boolean => limit >= 0 && used + more > limit;

/** The largest size of one disk: the spec's maximum of a create's size. */
const perVolumeGigabytes: number = requestSchemas.createVolumeRequest.properties.volume.properties.size.maximum;

const entry = (inUse: number, limit: number) => ({ in_use: inUse, limit, reserved: 0 });

/** The quota set as showQuotas answers it: the three totals, the fixed entries, then per disk type. */
export function quotaSetJson(usage: Usage, quota: Quotas, projectId: string): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: projectId,
    volumes: entry(usage.volumes, quota.volumes),
    snapshots: entry(usage.snapshots, quota.snapshots),
    gigabytes: entry(usage.gigabytes, quota.gigabytes),
    per_volume_gigabytes: entry(0, perVolumeGigabytes),
    backups: entry(0, -1),
    backup_gigabytes: entry(0, -1),
  };
  for (const [type, use] of usage.byType) {
    json[`volumes_${type}`] = entry(use.volumes, -1);
    json[`snapshots_${type}`] = entry(use.snapshots, -1);
    json[`gigabytes_${type}`] = entry(use.gigabytes, -1);
  }
  return json;
}
