// The scenario list on its own: what each scenario asks of the run (the snapshot it keeps, what it
// waits for, whether it is destructive or checks behaviour only, what it needs, the mock's Prefer),
// why one cannot run, and that each behaviour check finds the misbehaviour it is there for.
import { describe, expect, it } from 'vitest';
import { checkContextOf } from '../../src/contract/check-context.js';
import { behaviourFindings, checkRegistry } from '../../src/contract/check-registry.js';
import { newRunContext } from '../../src/contract/run-context.js';
import { type Scenario, type ScenarioContext, scenarios, Unmet } from '../../src/contract/scenarios.js';

const P = 'p1';
const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
/** Upper case: what the run set on it is kept by lower-case id. */
const S = 'ABCDEF12-0000-4000-8000-00000000000C';
const W = '6f1e2b5c-0d4e-4c8a-9b7f-3a2d1c0e9f8b';
const context = (extra: Partial<ScenarioContext> = {}): ScenarioContext => ({
  ...newRunContext(P, V),
  snapshotId: S,
  others: ['aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000003'],
  created: [],
  expected: new Map([[S.toLowerCase(), { volume_id: V, name: 'contract-suite-main', description: 'Both fields' }]]),
  pages: [],
  ...extra,
});
const named = (name: string): Scenario => {
  const scenario = scenarios.find((s) => s.name === name);
  if (!scenario) throw new Error(`no scenario ${name}`);
  return scenario;
};
/** The violations the behaviour checks registered for a scenario's operation find in an answer, as the session runs them. */
const checked = (scenario: Scenario, answer: unknown, c: ScenarioContext) => {
  const request = scenario.request(c);
  const body = { status: scenario.expectedStatus, contentType: 'application/json', bytes: new Uint8Array(), truncated: false, body: answer };
  return behaviourFindings(checkContextOf({ ...scenario, knows: scenario.knows?.(c) }, c), request, body);
};
/** Whether behaviour checks look at the scenario's answer: registered for its operation, and not a refusal. */
const behaviourChecked = (scenario: Scenario): boolean =>
  !scenario.refuses && checkRegistry.some((check) => check.class === 'behaviour' && check.appliesTo.includes(scenario.operationId));
/** The pointers of the violations a scenario's behaviour checks find in an answer. */
const found = (name: string, answer: unknown, c = context()): string[] => {
  const scenario = named(name);
  return behaviourChecked(scenario) ? checked(scenario, answer, c).map((v) => v.pointer) : ['(no check)'];
};
const item = (id: string, extra: Record<string, unknown> = {}) => ({ id, volume_id: V, status: 'available', name: 'contract-suite-main', ...extra });

describe('scenarios', () => {
  it('say what each needs of the run: the snapshot kept, the state waited for, destructive, behaviour only, what else must run, the mock’s Prefer', () => {
    // The snapshot scenarios; those of quotas and of the restore are the next test's, those of the
    // OpenStack-compatible family cinder-scenarios.test.ts's.
    const flags = scenarios
      .filter((s) => !s.restore && s.operationId !== 'showQuotas' && !s.family)
      .map((s) => [s.name, s.keepsSnapshot ?? '', s.waitUntil ?? '', s.destructive ?? false, s.semantic ?? false, (s.needs ?? []).join(), s.preferOnMock ?? '']);
    expect(flags).toEqual([
      ['create: minimal', 'main', '', false, false, '', ''],
      ['create: all fields with metadata', 'other', '', false, false, '', ''],
      ['create: force', 'other', '', false, false, '', ''],
      ['show', '', '', false, false, '', ''],
      ['update: name', '', '', false, false, '', ''],
      ['update: description', '', '', false, false, '', ''],
      ['update: name and description', '', '', false, false, '', ''],
      ['show: after update', '', '', false, true, '', ''],
      ['list: no filters', '', '', false, false, '', ''],
      ['list: filters', '', 'available', false, false, 'update: name and description', ''],
      ['list: page 1 by offset', '', '', false, true, '', ''],
      ['list: page 2 by offset', '', '', false, true, '', ''],
      ['list: page 3 by offset', '', '', false, true, '', ''],
      ['list: paging', '', '', false, false, '', ''],
      ['list: repeated id', '', '', false, false, '', ''],
      ['create: no token', '', '', false, false, '', ''],
      ['create: missing volume_id', '', '', false, false, '', ''],
      ['create: name over 255 characters', '', '', false, false, '', ''],
      ['create: name over 255 UTF-8 bytes (86 Chinese characters)', '', '', false, false, '', 'code=400'],
      ['create: wrong types', '', '', false, false, '', ''],
      ['create: malformed JSON', '', '', false, false, '', ''],
      ['list: limit over 1000', '', '', false, false, '', ''],
      ['update: unknown snapshot id', '', '', false, false, '', 'code=404'],
      ['show: unknown snapshot id', '', '', false, false, '', 'code=404'],
      ['delete: unknown snapshot id', '', '', false, false, '', 'code=404'],
      ['rollback: unknown snapshot id', '', '', false, false, '', 'code=404'],
      ['rollback: missing volume_id', '', '', false, false, '', ''],
      ['rollback: to the source disk', '', 'available', true, false, '', ''],
      ['delete', '', 'available', false, false, '', ''],
      ['show: after delete', '', 'deleted', false, true, 'delete', ''],
      ['delete: clean up the second snapshot', '', 'available', false, false, '', ''],
      ['delete: clean up the third snapshot', '', 'available', false, false, '', ''],
    ]);
    expect(named('list: filters').waitOn?.(context())).toBe(S);
    expect(scenarios.filter((s) => s.waitOn && !s.family).map((s) => s.name)).toEqual(['list: filters']);
  });

  it('of quotas and of the restore say their operation, status, cloud, whether they need --restore, what they follow, what they need and the mock’s Prefer', () => {
    const rows = scenarios
      .filter((s) => s.restore || s.operationId === 'showQuotas')
      .map((s) => [
        s.name,
        s.operationId,
        s.expectedStatus,
        s.cloud ?? '',
        s.restore ?? false,
        s.follow ? 'follows' : '',
        s.waitUntil ?? '',
        s.semantic ?? false,
        (s.needs ?? []).join(),
        s.preferOnMock ?? '',
      ]);
    const reads = 'restore: the source disk,restore: the snapshot';
    const refusals = (op: string, cloud: string) =>
      ['two data sources', 'another availability zone', 'another disk type', "a size below the snapshot's"].map((what) => [
        `restore: refused, ${what} (${op})`,
        op,
        400,
        cloud,
        true,
        '',
        '',
        false,
        reads,
        'code=400',
      ]);
    expect(rows).toEqual([
      ['quotas: the project', 'showQuotas', 200, '', false, '', '', false, '', ''],
      ['quotas: usage missing', 'showQuotas', 400, '', false, '', '', false, '', ''],
      ['restore: the source disk', 'showVendorVolume', 200, '', true, '', '', false, '', ''],
      ['restore: the snapshot', 'showSnapshot', 200, '', true, '', 'available', false, '', ''],
      ['restore: create a disk from the snapshot (createVolume)', 'createVolume', 200, 'otc', true, '', '', false, reads, ''],
      ['restore: create a disk from the snapshot (createVolumeV21)', 'createVolumeV21', 200, 'huawei', true, '', '', false, reads, ''],
      [
        'restore: the job ends SUCCESS',
        'showJob',
        200,
        '',
        true,
        'follows',
        '',
        false,
        'restore: create a disk from the snapshot (createVolume),restore: create a disk from the snapshot (createVolumeV21)',
        '',
      ],
      ['restore: the disk is available', 'showVendorVolume', 200, '', true, 'follows', '', false, 'restore: the job ends SUCCESS', ''],
      ['restore: the disk on cloudvolumes', 'showVolume', 200, 'huawei', true, 'follows', '', false, 'restore: the job ends SUCCESS', ''],
      ['restore: quotas count the disk', 'showQuotas', 200, '', true, '', '', false, '', ''],
      ...refusals('createVolume', 'otc'),
      ...refusals('createVolumeV21', 'huawei'),
      ['restore: delete the disk', 'deleteVolume', 200, '', true, 'follows', '', false, 'restore: the disk is available', ''],
      ['restore: the disk is gone', 'showVendorVolume', 404, '', true, 'follows', '', true, 'restore: delete the disk', ''],
    ]);
  });

  it('of the restore send the snapshot’s zone, its disk’s type and its size, and break one of them each in the refusals', () => {
    const c = context();
    c.restore = { zone: 'eu-de-01', type: 'SSD', snapshotSize: 10 };
    const volume = (name: string) => (JSON.parse(named(name).request(c).body ?? '') as { volume: Record<string, unknown> }).volume;
    const faithful = { availability_zone: 'eu-de-01', volume_type: 'SSD', size: 10, snapshot_id: S, name: 'contract-suite-restore' };
    expect(volume('restore: create a disk from the snapshot (createVolume)')).toEqual(faithful);
    expect(volume('restore: create a disk from the snapshot (createVolumeV21)')).toEqual({ ...faithful, metadata: { create_for_volume_id: 'true' } });
    expect(named('restore: create a disk from the snapshot (createVolumeV21)').request(c).path).toBe(`/v2.1/${P}/cloudvolumes`);
    expect(volume('restore: refused, two data sources (createVolume)')).toEqual({ ...faithful, imageRef: 'contract-suite-image' });
    expect(volume('restore: refused, another availability zone (createVolume)')).toEqual({ ...faithful, availability_zone: 'eu-de-02' });
    expect(volume('restore: refused, another disk type (createVolume)')).toEqual({ ...faithful, volume_type: 'SATA' });
    expect(volume("restore: refused, a size below the snapshot's (createVolume)")).toEqual({ ...faithful, size: 9 });
    // Without what the reads learn, each says which read did not give it.
    expect(() => named('restore: create a disk from the snapshot (createVolume)').request(context())).toThrow(
      "the source disk's availability zone and type are not known (restore: the source disk did not run, failed, or answered no volume_type)",
    );
    c.restore.snapshotSize = 1;
    expect(() => named("restore: refused, a size below the snapshot's (createVolume)").request(c)).toThrow("the snapshot's size (1 GB) leaves no smaller valid size");
  });

  it('cannot run without the snapshot they work on, and say which create did not run', () => {
    const bare = context({ snapshotId: undefined, others: [] });
    const unmet = (name: string) => {
      try {
        named(name).request(bare);
        return 'ran';
      } catch (error) {
        return error instanceof Unmet ? error.message : `not Unmet: ${String(error)}`;
      }
    };
    expect(unmet('show')).toBe('no snapshot was created earlier in the run (create: minimal did not run or failed), so there is nothing to work on');
    expect(unmet('list: repeated id')).toBe(unmet('show'));
    expect(() => named('list: filters').waitOn?.(bare)).toThrow(Unmet);
    expect(unmet('delete: clean up the second snapshot')).toBe('the run did not create the snapshot this clean-up deletes (create scenario 2 did not run or failed)');
    expect(unmet('delete: clean up the third snapshot')).toBe('the run did not create the snapshot this clean-up deletes (create scenario 3 did not run or failed)');
    expect(named('delete: clean up the third snapshot').request(context()).path).toBe(`/v2/${P}/cloudsnapshots/aaaaaaaa-0000-4000-8000-000000000003`);
    expect(unmet('create: minimal')).toBe('ran');
  });

  it('check a create’s answer against what it sent', () => {
    expect(found('create: minimal', { snapshot: item(S) })).toEqual([]);
    expect(found('create: minimal', { snapshot: item(S, { volume_id: W }) })).toEqual(['/snapshot/volume_id']);
    expect(found('create: all fields with metadata', { snapshot: item(S, { name: 'other', description: 'x', metadata: {} }) })).toEqual([
      '/snapshot/name',
      '/snapshot/description',
      '/snapshot/metadata/owner',
    ]);
    expect(found('create: force', { snapshot: item(S, { volume_id: W }) })).toEqual(['/snapshot/volume_id']);
  });

  it('check a show and an update against what the run last set, looked up by lower-case id', () => {
    const right = { snapshot: item(S, { description: 'Both fields' }) };
    for (const name of ['show', 'show: after update']) {
      expect(found(name, right)).toEqual([]);
      expect(found(name, { snapshot: item(W) })).toEqual(['/snapshot/id']);
      expect(found(name, { snapshot: item(S, { name: 'stale', description: 'Both fields' }) })).toEqual(['/snapshot/name']);
    }
    expect(found('update: name', { snapshot: item(S, { name: 'contract-suite-renamed', description: 'changed' }) })).toEqual(['/snapshot/description']);
    expect(found('update: description', { snapshot: item(S, { name: 'changed', description: 'Updated by the EVS contract suite' }) })).toEqual(['/snapshot/name']);
    expect(found('update: name and description', right)).toEqual([]);
    expect(found('update: name and description', { snapshot: item(W, { description: 'Both fields' }) })).toEqual(['/snapshot/id']);
  });

  it('check the lists: the count against the run’s snapshots unless the query narrows it, the snapshot the filters or ids select, the page limit', () => {
    const two = context({
      expected: new Map([
        [S.toLowerCase(), { volume_id: V }],
        [W, { volume_id: V }],
      ]),
    });
    expect(found('list: no filters', { snapshots: [item(S)], count: 1 }, two)).toEqual(['/count']);
    expect(found('list: no filters', { snapshots: [item(S), item(W)], count: 2 }, two)).toEqual([]);
    // A count below the run's two snapshots: a query narrows the list, so not a violation here.
    expect(found('list: paging', { snapshots: [], count: 1 }, two)).toEqual([]);
    expect(found('list: paging', { snapshots: [item(S), item(W)], count: 5 }, two)).toEqual(['/snapshots', '/snapshots']);
    expect(found('list: filters', { snapshots: [], count: 0 })).toEqual(['/snapshots']);
    expect(found('list: filters', { snapshots: [item(S, { description: 'Both fields' })], count: 1 })).toEqual([]);
    expect(found('list: repeated id', { snapshots: [], count: 0 })).toEqual(['/snapshots']);
    expect(found('list: repeated id', { snapshots: [item(S)], count: 1 })).toEqual([]);
  });

  it('page by offset: the count at least the run’s snapshots on this disk (any case of its id), no snapshot twice, the same count each page', () => {
    const c = context({
      volumeId: V.toUpperCase(),
      expected: new Map([
        ['a', { volume_id: V }],
        ['b', { volume_id: V }],
        ['c', { volume_id: W }],
      ]),
    });
    expect(found('list: page 1 by offset', { snapshots: [item(S)], count: 1 }, c)).toEqual(['/count']);
    expect(c.pages).toEqual([{ count: 1, ids: [S.toLowerCase()] }]);
    c.pages.length = 0;
    expect(found('list: page 1 by offset', { snapshots: [item(S)], count: 2 }, c)).toEqual([]);
    expect(found('list: page 2 by offset', { snapshots: [item(S)], count: 3 }, c)).toEqual(['/count', '/snapshots/0/id']);
    expect(found('list: page 3 by offset', { snapshots: [], count: 2 }, c)).toEqual([]);
    expect(c.pages.length).toBe(3);
    expect(found('list: page 3 by offset', { not: 'a list' }, c)).toEqual([]);
    expect(c.pages.length).toBe(3);
  });

  it('say in each list violation what was expected of the list', () => {
    const problems = (name: string, answer: unknown, c = context()) => checked(named(name), answer, c).map((v) => v.problem);
    const two = context({
      expected: new Map([
        [S.toLowerCase(), { volume_id: V }],
        [W, { volume_id: V }],
      ]),
    });
    expect(problems('list: no filters', { snapshots: [item(S)], count: 1 }, two)).toEqual(["count is lower than the number of this run's snapshots"]);
    expect(problems('list: page 1 by offset', { snapshots: [item(S)], count: 1 }, two)).toEqual(["count is lower than the number of this run's snapshots on the disk"]);
    expect(problems('list: filters', { snapshots: [], count: 0 })).toEqual(['the list leaves out the snapshot that matches every filter']);
    expect(problems('list: repeated id', { snapshots: [], count: 0 })).toEqual(['the list leaves out the snapshot whose id was asked for']);
  });

  it('send no body with a request that has none', () => {
    expect(named('show').request(context())).toStrictEqual({ method: 'GET', path: `/v2/${P}/cloudsnapshots/${S}`, authenticated: true });
    expect(named('delete').request(context())).toStrictEqual({ method: 'DELETE', path: `/v2/${P}/cloudsnapshots/${S}`, authenticated: true });
  });

  it('check a rollback answers the disk it was sent; the other cases check the status only', () => {
    expect(found('rollback: to the source disk', { rollback: { volume_id: V } })).toEqual([]);
    expect(found('rollback: to the source disk', { rollback: { volume_id: W } })).toEqual(['/rollback/volume_id']);
    const unchecked = scenarios.filter((s) => !behaviourChecked(s) && !s.family).map((s) => s.name);
    expect(unchecked).toEqual([
      'quotas: usage missing',
      'restore: create a disk from the snapshot (createVolume)',
      'restore: create a disk from the snapshot (createVolumeV21)',
      ...['createVolume', 'createVolumeV21'].flatMap((op) =>
        ['two data sources', 'another availability zone', 'another disk type', "a size below the snapshot's"].map((what) => `restore: refused, ${what} (${op})`),
      ),
      'restore: delete the disk',
      'restore: the disk is gone',
      'create: no token',
      'create: missing volume_id',
      'create: name over 255 characters',
      'create: name over 255 UTF-8 bytes (86 Chinese characters)',
      'create: wrong types',
      'create: malformed JSON',
      'list: limit over 1000',
      'update: unknown snapshot id',
      'show: unknown snapshot id',
      'delete: unknown snapshot id',
      'rollback: unknown snapshot id',
      'rollback: missing volume_id',
      'delete',
      'show: after delete',
      'delete: clean up the second snapshot',
      'delete: clean up the third snapshot',
    ]);
  });
});
