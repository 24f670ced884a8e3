// POST /v2/{project_id}/cloudvolumes (Open Telekom Cloud's create) and POST /v2.1/{project_id}/
// cloudvolumes (Huawei Cloud's): one or `count` disks, from a snapshot (a restore) or empty. The
// synchronous checks of the reference refuse at once; an accepted create answers a job at once
// and makes each disk `creating`, which its job turns `available` (or `error`, under a
// restore-error fault) after the restore delay.
import type { components } from '../../../generated/schema.js';
import { errorBody } from '../../shared/error-body.js';
import { createStatus } from '../cloud.js';
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { type JobRecord, newJob } from '../jobs.js';
import { over, usageOf } from '../quotas.js';
import { badRequest, malformedBody, notFound } from '../refusals.js';
import { enterpriseProject, type VolumeRecord } from '../store.js';
import type { OperationContext } from './context.js';

/** The `volume` object as the spec types it (the build leaves the `anyOf` of required members out of the type). */
type VolumeOption = components['schemas']['CreateVolumeOption'];
type CreateContext = OperationContext<'createVolume'> | OperationContext<'createVolumeV21'>;

/** Metadata keys a disk from a snapshot or image inherits, and may not be sent with one (EVS.1043). */
const inheritedKeys = ['__system__encrypted', '__system__cmkid', 'hw:passthrough'];
/** The values of the metadata keys the service reads, and the code of a bad one. */
const metadataValues = [
  { key: 'full_clone', values: ['0', '1'], code: 'EVS.1063', message: 'invalid full_clone in metadata!' },
  {
    key: 'hw:passthrough',
    values: ['true', 'false'],
    code: 'EVS.1057',
    message: 'invalid hw:passthrough in metadata!',
  },
] as const;
/** With count over 1 the service appends `-0001`..., so a name may take 250 bytes only (the reference). */
const batchNameBytes = 250;
const encoder = new TextEncoder();

export function createVolume(context: OperationContext<'createVolume'>): EmulatorAnswer {
  return createDisks(context, context.body.volume, false);
}

export function createVolumeV21(context: OperationContext<'createVolumeV21'>): EmulatorAnswer {
  const { store, projectId, now } = context;
  const token = context.request.headers['x-client-token'];
  const volume = context.body.volume;
  if (token === undefined) return createDisks(context, volume, true);
  // The spec's header: a 36-character UUID made by the client. Not quoted: it is the client's key.
  if (token.length !== 36)
    return badRequest(
      'EVS.5400',
      `Malformed request. X-Client-Token must be 36 characters (a UUID made by the client); it has ${token.length}.`,
    );
  const known = store.rememberedAnswer(projectId, token, now);
  if (known) return jsonAnswer(known.status, known.body);
  const answer = createDisks(context, volume, true);
  // Only an accepted create is repeated: a refused one made nothing, and may be sent again mended.
  if (answer.status < 300)
    store.rememberAnswer(projectId, token, now, answer.status, JSON.parse(answer.body ?? 'null'));
  return answer;
}

/** A synchronous refusal of the create, or undefined when it may go on. */
function refusal(context: CreateContext, volume: VolumeOption): EmulatorAnswer | undefined {
  const metadata: Readonly<Record<string, string>> = volume.metadata ?? {};
  const count = volume.count ?? 1;
  for (const { key, values, code, message } of metadataValues) {
    const value = metadata[key];
    if (value !== undefined && !(values as readonly string[]).includes(value))
      return badRequest(
        code,
        `${message} volume.metadata["${key}"] must be ${values.map((v) => `"${v}"`).join(' or ')}, got ` +
          `${JSON.stringify(context.redact(value).slice(0, 64))}.`,
      );
  }
  const source =
    volume.snapshot_id !== undefined ? 'snapshot_id' : volume.imageRef !== undefined ? 'imageRef' : undefined;
  const inherited = inheritedKeys.filter((key) => Object.hasOwn(metadata, key));
  if (source && inherited.length)
    return badRequest(
      'EVS.1043',
      `encrypt and cmk and passthrougth in metadata is not support when create volume from snapshot or image! ` +
        `volume.metadata has ${inherited.join(', ')} beside volume.${source}; the disk inherits them from its source.`,
    );
  if (volume.backup_id !== undefined && count > 1)
    return badRequest(
      'EVS.1021',
      `the quantity of volume is invalid! volume.count must be 1 with volume.backup_id, got ${count}.`,
    );
  if (count > 1 && volume.name !== undefined && encoder.encode(volume.name).length > batchNameBytes)
    return badRequest(
      'EVS.5400',
      `${malformedBody} volume.name must be at most ${batchNameBytes} UTF-8 bytes when volume.count is over ` +
        `1 (the service appends -0001 and on), but is ${encoder.encode(volume.name).length}.`,
    );
  // The emulator has neither images nor backups: any one named cannot be found. The ID is the client's
  // free text (a pasted token, say): redacted before it is cut, as every echo.
  const shown = (id: string): string => context.redact(id).slice(0, 64);
  if (volume.backup_id !== undefined) return notFound(`No backup ${shown(volume.backup_id)}: the emulator has none.`);
  if (volume.imageRef !== undefined) return notFound(`No image ${shown(volume.imageRef)}: the emulator has none.`);
  return volume.snapshot_id === undefined ? undefined : snapshotRefusal(context, volume);
}

/** The checks of a restore against its snapshot (the order of the reference's sequence: snapshot, zone, type, size). */
function snapshotRefusal(context: CreateContext, volume: VolumeOption): EmulatorAnswer | undefined {
  const snapshotId = (volume.snapshot_id ?? '').toLowerCase();
  const snapshot = context.store.snapshot(context.projectId, snapshotId);
  if (!snapshot) return notFound(`No snapshot ${snapshotId} in this project.`);
  if (snapshot.status !== 'available')
    return badRequest(
      'EVS.2043',
      `The status of snapshot is not available or backing-up. The snapshot ${snapshot.id} is ${snapshot.status}.`,
    );
  if (volume.availability_zone !== snapshot.availabilityZone)
    return badRequest(
      'EVS.2054',
      `Cannot create volume from snapshot as the az is invalid! The snapshot is in ` +
        `${snapshot.availabilityZone}; volume.availability_zone is ` +
        `${JSON.stringify(context.redact(volume.availability_zone).slice(0, 64))}.`,
    );
  if (volume.volume_type !== snapshot.volumeType)
    return badRequest(
      'EVS.2096',
      `Target volumeType[${volume.volume_type}] is not matched with snapshot[${snapshot.id}] ! The snapshot's ` +
        `source disk is ${snapshot.volumeType}.`,
    );
  // No code of the reference says "smaller than the snapshot": EVS.1010 is the nearest (the emulator's choice).
  if (volume.size !== undefined && volume.size < snapshot.size)
    return badRequest(
      'EVS.1010',
      `invalid volume size! volume.size must be at least the snapshot's size, ${snapshot.size} GB, got ${volume.size}.`,
    );
  return undefined;
}

/** Refusals of the quotas (400, as the reference documents for disks) and of the emulator's memory bound (413). */
function quotaRefusal(context: CreateContext, count: number, size: number): EmulatorAnswer | undefined {
  const { quota } = context.options;
  const usage = usageOf(context.store, context.projectId);
  if (over(quota.volumes, usage.volumes, count))
    return badRequest(
      'EVS.1034',
      `volume count exceeded volume count quota! The project has ${usage.volumes} of ${quota.volumes} disks; ` +
        `this create asks for ${count} more.`,
    );
  if (over(quota.gigabytes, usage.gigabytes, count * size))
    return badRequest(
      'EVS.1042',
      `volume gigabytes exceeded volume gigabytes quota! The project uses ${usage.gigabytes} of ` +
        `${quota.gigabytes} GB (disks and snapshots); this create asks for ${count * size} more.`,
    );
  if (!context.store.roomForVolumes(count))
    return jsonAnswer(
      413,
      errorBody(
        'overLimit',
        'EVS.5413',
        `Insufficient volume quota. The emulator already holds ${context.options.maxVolumes} disks it made ` +
          `(maxVolumes).`,
      ),
    );
  return undefined;
}

function createDisks(context: CreateContext, volume: VolumeOption, v21: boolean): EmulatorAnswer {
  const refused = refusal(context, volume);
  if (refused) return refused;
  const { store, options, now, projectId } = context;
  const count = volume.count ?? 1;
  // Only a create from a backup may leave size out, and the emulator has refused those above.
  const size = volume.size ?? 0;
  const quota = quotaRefusal(context, count, size);
  if (quota) return quota;
  const metadata: Record<string, string> = { ...volume.metadata };
  const disks: VolumeRecord[] = [];
  for (let index = 0; index < count; index++) {
    const suffix = count > 1 ? `-${String(index + 1).padStart(4, '0')}` : '';
    disks.push(
      store.addVolume(
        {
          id: context.newId(),
          projectId,
          size,
          status: 'creating',
          availabilityZone: volume.availability_zone,
          volumeType: volume.volume_type,
          name: volume.name === undefined ? null : `${volume.name}${suffix}`,
          description: volume.description ?? null,
          snapshotId: volume.snapshot_id?.toLowerCase() ?? null,
          metadata: { ...metadata },
          multiattach: volume.multiattach ?? false,
          tags: { ...volume.tags },
          enterpriseProjectId: volume.enterprise_project_id ?? enterpriseProject,
        },
        now,
      ),
    );
  }
  const job = jobOf(context, disks);
  store.addJob(job);
  store.runJob(job, now, options.delays.restore, {
    action: 'create',
    volumeIds: disks.map((disk) => disk.id),
    ok: !context.failsLater,
  });
  const body: Record<string, unknown> = { job_id: job.id };
  if (v21 && metadata.create_for_volume_id === 'true') body.volume_ids = disks.map((disk) => disk.id);
  return jsonAnswer(createStatus[options.cloud], body);
}

/** The disk's part of a job: what a createVolume job names from its start. */
const entitiesOf = (disk: VolumeRecord): Record<string, unknown> => ({
  volume_id: disk.id,
  volume_type: disk.volumeType,
  size: disk.size,
  // The spec's entities name is a string: a disk made without a name shows "" here.
  name: disk.name ?? '',
});

/** One createVolume job, or with count over 1 a batchCreateVolume job with one sub-job per disk. */
function jobOf(context: CreateContext, disks: readonly VolumeRecord[]): JobRecord {
  const { projectId, now } = context;
  if (disks.length === 1)
    return newJob({ id: context.newJobId(), projectId, type: 'createVolume', entities: entitiesOf(disks[0]!) }, now);
  const subJobs = disks.map((disk) =>
    newJob({ id: context.newJobId(), projectId, type: 'createVolume', entities: entitiesOf(disk) }, now),
  );
  return newJob({ id: context.newJobId(), projectId, type: 'batchCreateVolume', entities: {} }, now, subJobs);
}
