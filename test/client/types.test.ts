// Type-level guarantees: checked by `tsc --noEmit` (part of npm test); the runtime bodies are trivial.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CinderListSnapshotsQuery,
  CinderSnapshotFilters,
  CinderSnapshotList,
  CinderSnapshotSummary,
  CinderSnapshotSummaryList,
  CreateSnapshotFields,
  CreateVolumeFields,
  CreateVolumeResult,
  EvsClient,
  Job,
  ListSnapshotsFilters,
  ListSnapshotsQuery,
  QuotaSet,
  RollbackTarget,
  Snapshot,
  SnapshotListItem,
  SnapshotMetadata,
  SnapshotStatus,
  UpdateSnapshotChanges,
  Volume,
} from '../../src/client/index.js';

describe('types', () => {
  it('the status is the union of the seven values', () => {
    expectTypeOf<SnapshotStatus>().toEqualTypeOf<'creating' | 'available' | 'error' | 'deleting' | 'error_deleting' | 'rollbacking' | 'backing-up'>();
    // @ts-expect-error 'in-use' is a disk status, not a snapshot status
    const wrong: SnapshotStatus = 'in-use';
    void wrong;
  });

  it('create requires volume_id and keeps the other fields optional (force included)', () => {
    expectTypeOf<CreateSnapshotFields>().toHaveProperty('volume_id').toEqualTypeOf<string>();
    expectTypeOf<{ volume_id: string }>().toExtend<CreateSnapshotFields>();
    expectTypeOf<CreateSnapshotFields['force']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<CreateSnapshotFields['description']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<{ name: string }>().not.toExtend<CreateSnapshotFields>();
  });

  it('the client methods take and return the spec types', () => {
    expectTypeOf<EvsClient['createSnapshot']>().parameter(0).toEqualTypeOf<CreateSnapshotFields>();
    expectTypeOf<EvsClient['updateSnapshot']>().parameter(1).toEqualTypeOf<UpdateSnapshotChanges>();
    expectTypeOf<EvsClient['createSnapshot']>().returns.resolves.toEqualTypeOf<Snapshot>();
    expectTypeOf<Snapshot['status']>().toEqualTypeOf<SnapshotStatus>();
    expectTypeOf<Snapshot['updated_at']>().toEqualTypeOf<string | null | undefined>();
  });

  it('the lifecycle methods are typed from the spec', () => {
    expectTypeOf<EvsClient['showSnapshot']>().returns.resolves.toEqualTypeOf<Snapshot>();
    expectTypeOf<EvsClient['deleteSnapshot']>().returns.resolves.toEqualTypeOf<void>();
    expectTypeOf<ListSnapshotsQuery['status']>().toEqualTypeOf<SnapshotStatus | undefined>();
    expectTypeOf<ListSnapshotsQuery['limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListSnapshotsQuery['id']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ListSnapshotsFilters>().not.toHaveProperty('offset');
    expectTypeOf<SnapshotListItem['service_type']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RollbackTarget>().toEqualTypeOf<{ volume_id: string; name?: string }>();
    expectTypeOf<ReturnType<EvsClient['listAllSnapshots']>>().toEqualTypeOf<AsyncGenerator<SnapshotListItem, void, undefined>>();
    const waits = async (evs: EvsClient): Promise<void> => {
      expectTypeOf(await evs.waitForSnapshot('id', { until: 'available' })).toEqualTypeOf<Snapshot>();
      expectTypeOf(await evs.waitForSnapshot('id', { until: 'deleted' })).toEqualTypeOf<undefined>();
      // @ts-expect-error 'in-use' is not a snapshot status
      await evs.listSnapshots({ status: 'in-use' });
      // @ts-expect-error the rollback target needs volume_id
      await evs.rollbackSnapshot('id', { name: 'x' });
      // @ts-expect-error until takes 'available' or 'deleted'
      await evs.waitForSnapshot('id', { until: 'gone' });
    };
    expectTypeOf(waits).toBeFunction();
  });

  it('calls with a missing or misspelt field do not compile', () => {
    const compileOnly = (evs: EvsClient): void => {
      // @ts-expect-error volume_id is required
      void evs.createSnapshot({ name: 'no disk' });
      // @ts-expect-error force is a boolean
      void evs.createSnapshot({ volume_id: 'x', force: 'yes' });
      // @ts-expect-error update has no volume_id
      void evs.updateSnapshot('id', { volume_id: 'x' });
      // @ts-expect-error update does not accept a null description
      void evs.updateSnapshot('id', { description: null });
    };
    expectTypeOf(compileOnly).toBeFunction();
  });

  it('the disk create body and answer are objects with their fields, not unknown (an anyOf of required-only members)', () => {
    expectTypeOf<CreateVolumeFields>().not.toBeUnknown();
    expectTypeOf<CreateVolumeFields['availability_zone']>().toEqualTypeOf<string>();
    expectTypeOf<{ name: string }>().not.toExtend<CreateVolumeFields>();
    expectTypeOf<CreateVolumeResult>().not.toBeUnknown();
    expectTypeOf<CreateVolumeResult['volume_ids']>().toEqualTypeOf<string[] | undefined>();
  });

  it('the restore methods take and return the spec types', () => {
    expectTypeOf<EvsClient['createVolume']>().parameter(0).toEqualTypeOf<CreateVolumeFields>();
    expectTypeOf<EvsClient['restoreSnapshot']>().returns.resolves.toEqualTypeOf<Volume>();
    expectTypeOf<EvsClient['waitForJob']>().returns.resolves.toEqualTypeOf<Job>();
    expectTypeOf<EvsClient['showQuotas']>().returns.resolves.toEqualTypeOf<QuotaSet>();
    expectTypeOf<ReturnType<EvsClient['listAllVolumes']>>().toEqualTypeOf<AsyncGenerator<Volume, void, undefined>>();
  });

  it('the cinder and metadata namespaces take and return the spec types, exported from the package entry', () => {
    expectTypeOf<EvsClient['cinder']['createSnapshot']>().parameter(0).toEqualTypeOf<CreateSnapshotFields>();
    expectTypeOf<EvsClient['cinder']['createSnapshot']>().returns.resolves.toEqualTypeOf<Snapshot>();
    expectTypeOf<EvsClient['cinder']['listSnapshots']>().returns.resolves.toEqualTypeOf<CinderSnapshotSummaryList>();
    expectTypeOf<EvsClient['cinder']['listSnapshotsDetail']>().returns.resolves.toEqualTypeOf<CinderSnapshotList>();
    expectTypeOf<CinderSnapshotSummaryList['snapshots'][number]>().toEqualTypeOf<CinderSnapshotSummary>();
    expectTypeOf<CinderSnapshotList['snapshots'][number]>().toEqualTypeOf<Snapshot>();
    expectTypeOf<CinderSnapshotSummaryList['count']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CinderListSnapshotsQuery['sort_dir']>().toEqualTypeOf<'desc' | 'asc' | undefined>();
    expectTypeOf<CinderListSnapshotsQuery['name~']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CinderSnapshotFilters>().not.toHaveProperty('marker');
    expectTypeOf<CinderSnapshotFilters>().not.toHaveProperty('limit');
    expectTypeOf<SnapshotMetadata>().toEqualTypeOf<{ [key: string]: string }>();
    expectTypeOf<EvsClient['metadata']['add']>().returns.resolves.toEqualTypeOf<SnapshotMetadata>();
    expectTypeOf<EvsClient['metadata']['get']>().returns.resolves.toEqualTypeOf<string>();
    expectTypeOf<EvsClient['metadata']['delete']>().returns.resolves.toEqualTypeOf<void>();
    const walks = (evs: EvsClient): void => {
      expectTypeOf(evs.cinder.listAllSnapshots({}, { detail: true })).toEqualTypeOf<AsyncGenerator<Snapshot, void, undefined>>();
      expectTypeOf(evs.cinder.listAllSnapshots()).toEqualTypeOf<AsyncGenerator<CinderSnapshotSummary, void, undefined>>();
      // @ts-expect-error metadata values are strings
      void evs.metadata.add('id', { n: 1 });
      // @ts-expect-error set takes the value as a string
      void evs.metadata.set('id', 'k', 1);
      // @ts-expect-error the Cinder create needs volume_id, as createSnapshot does
      void evs.cinder.createSnapshot({ name: 'no disk' });
    };
    expectTypeOf(walks).toBeFunction();
  });
});
