// The generated phase on its own, against a stand-in for the session that records each case it is
// given and answers as the test says: which properties run in which order with which share of the
// cases, what each request holds, which rule breaks each draws from, the setup, the cap, failures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../generated/request-schemas.js';
import { operations } from '../../generated/spec-constants.js';
import { checkContextOf } from '../../src/contract/check-context.js';
import { behaviourFindings } from '../../src/contract/check-registry.js';
import { generatedExceptions, generatedOperations, generatedPlans, runGenerated } from '../../src/contract/generated-cases.js';
import { type ContractOptions, resolveOptions } from '../../src/contract/options.js';
import type { CaseResult } from '../../src/contract/result.js';
import { newRunContext } from '../../src/contract/run-context.js';
import { breakages, type Schema, validValues } from '../../src/contract/schema-arbitrary.js';
import type { CaseSpec, Session } from '../../src/contract/session.js';

const P = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
/** Upper case on purpose: what the run set on it is kept by lower-case id. */
const S = 'ABCDEF12-0000-4000-8000-00000000000A';
const statelessId = '3f3b0cd8-4a5e-4f0c-9d5b-1c2b3a4d5e6f';
const collection = `/v2/${P}/cloudsnapshots`;
const setupName = 'generated: setup, a snapshot to update';

type Answer = Pick<CaseResult, 'outcome'> & Partial<Pick<CaseResult, 'reason'>>;

/** What runGenerated uses of a Session, recording every case it is given. */
class RecordingSession {
  readonly specs: CaseSpec[] = [];
  readonly context = newRunContext(P, V);
  made = 0;
  constructor(
    readonly options: ReturnType<typeof resolveOptions>,
    private readonly answer: (spec: CaseSpec) => Answer = () => ({ outcome: 'passed' }),
    private readonly setupAnswer: unknown = { snapshot: { id: S } },
    private readonly waited: string | undefined = undefined,
  ) {}
  capReached(): boolean {
    return this.made >= this.options.maxSnapshots;
  }
  async run(spec: CaseSpec): Promise<{ result: CaseResult; answer: unknown }> {
    this.specs.push(spec);
    if (spec.operationId === 'createSnapshot' && spec.expectedStatus === 202) this.made++;
    const expectedStatus = typeof spec.expectedStatus === 'number' ? spec.expectedStatus : spec.expectedStatus.text;
    const result: CaseResult = {
      name: spec.name,
      kind: spec.kind,
      operationId: spec.operationId,
      expectedStatus,
      request: { method: spec.request.method, path: spec.request.path, ...(spec.request.body === undefined ? {} : { body: spec.request.body }) },
      violations: [],
      ms: 1,
      ...this.answer(spec),
    };
    return { result, answer: spec.name === setupName ? this.setupAnswer : undefined };
  }
  readonly waits: [string, string][] = [];
  async waitFor(id: string, until: string): Promise<string | undefined> {
    this.waits.push([id, until]);
    return this.waited;
  }
  /** The cases of one property (by the start of its name), setup excluded. */
  of(name: string): CaseSpec[] {
    return this.specs.filter((spec) => spec.name.startsWith(name));
  }
}

const options = (extra: Partial<ContractOptions> = {}) =>
  // The mechanics on the cloudsnapshots operations alone; the OpenStack-compatible ones have their own tests.
  resolveOptions({ baseUrl: 'http://127.0.0.1:1', projectId: P, volumeId: V, auth: { token: 'generated-cases-token' }, seed: 1234, openstack: false, ...extra });
const generated = async (extra: Partial<ContractOptions> = {}, ...rest: unknown[]) => {
  const session = new RecordingSession(options(extra), ...(rest as []));
  const results = await runGenerated(session as unknown as Session);
  return { session, results };
};
/** The findings of the behaviour checks registered for the case's operation, as the session finds them in an answer that conforms. */
const behaviourOf = (spec: CaseSpec, body: unknown, run = newRunContext(P, V)) =>
  behaviourFindings(checkContextOf(spec, run), spec.request, { status: 200, contentType: 'application/json', bytes: new Uint8Array(), truncated: false, body });
const bodyOf = (spec: CaseSpec | undefined): Record<string, Record<string, unknown>> => JSON.parse(spec?.request.body ?? 'null');
const ruleOf = (spec: CaseSpec): string => /\((.+)\)$/.exec(spec.name)?.[1] ?? `no rule in ${spec.name}`;
const labels = (schema: unknown, inQuery: boolean) => new Set(breakages(schema as Schema, { inQuery }).map((b) => `${b.rule} at /${b.path.join('/')}`));

const names = {
  createBroken: 'generated: createSnapshot, requests that break one rule',
  create: 'generated: createSnapshot, valid requests',
  update: 'generated: updateSnapshot, valid requests',
  updateBroken: 'generated: updateSnapshot, requests that break one rule',
  list: 'generated: listSnapshots, valid requests',
  listBroken: 'generated: listSnapshots, requests that break one rule',
  rollbackBroken: 'generated: rollbackSnapshot, requests that break one rule',
  volumes: 'generated: listVolumes, valid requests',
  volumesBroken: 'generated: listVolumes, requests that break one rule',
  quotas: 'generated: showQuotas, valid requests',
  quotasBroken: 'generated: showQuotas, requests that break one rule',
  diskBroken: 'generated: createVolume, requests that break one rule',
  diskV21Broken: 'generated: createVolumeV21, requests that break one rule',
};

describe('runGenerated', () => {
  it('runs the properties in order, rule breaks of create first, sharing the cases out with the remainder to the first', async () => {
    const { session, results } = await generated({ generate: 25 });
    const order = [
      names.createBroken,
      names.create,
      names.update,
      names.updateBroken,
      names.list,
      names.listBroken,
      names.volumes,
      names.volumesBroken,
      names.quotas,
      names.quotasBroken,
    ];
    const statuses = [400, 202, 200, 400, 200, 400, 200, 400, 200, 400];
    expect(results.map((r) => [r.name, r.outcome, r.expectedStatus, r.replay])).toStrictEqual(
      order.map((name, index) => [name, 'passed', statuses[index], { seed: 1234, runs: 25 }]),
    );
    const sent = order.map((name) => session.of(name).length);
    expect(sent).toEqual([3, 3, 3, 3, 3, 2, 2, 2, 2, 2]);
    expect(session.specs.every((spec) => spec.kind === 'generated')).toBe(true);
    expect(results.every((r) => r.violations.length === 0 && r.kind === 'generated' && r.ms === 0 && r.reason === undefined)).toBe(true);
    expect(session.waits).toEqual([[S, 'available']]);
  });

  it('runs only the properties that get a case when there are fewer cases than properties', async () => {
    const { session, results } = await generated({ generate: 2 });
    expect(results.map((r) => r.name)).toEqual([names.createBroken, names.create]);
    expect(session.specs.length).toBe(3);
  });

  it('first creates a snapshot of the run’s disk, and updates and rolls back that one, its id as the answer gave it', async () => {
    const { session } = await generated({ generate: 110, rollback: true });
    expect(session.specs[0]).toEqual({
      name: setupName,
      kind: 'generated',
      operationId: 'createSnapshot',
      request: { method: 'POST', path: collection, body: JSON.stringify({ snapshot: { volume_id: V, name: 'contract-suite-generated' } }), authenticated: true },
      expectedStatus: 202,
    });
    const updates = [...session.of(names.update), ...session.of(names.updateBroken)];
    expect(updates.map((spec) => [spec.request.method, spec.request.path, spec.request.authenticated])).toEqual(updates.map(() => ['PUT', `${collection}/${S}`, true]));
    const rollbacks = session.of(names.rollbackBroken);
    expect(rollbacks.length).toBe(10);
    expect(rollbacks.map((spec) => [spec.request.method, spec.request.path, spec.expectedStatus])).toEqual(rollbacks.map(() => ['POST', `${collection}/${S}/rollback`, 400]));
  });

  it('on a stateless target updates a fixed id and creates nothing first', async () => {
    const { session, results } = await generated({ generate: 20, stateless: true });
    expect(session.specs[0]?.name.startsWith(names.createBroken)).toBe(true);
    expect(session.of(names.update).map((spec) => spec.request.path)).toEqual([`${collection}/${statelessId}`, `${collection}/${statelessId}`]);
    expect(results.length).toBe(10);
  });

  it('sends valid creates of the run’s disk, and checks the answer against what was sent', async () => {
    const { session } = await generated({ generate: 100 });
    const creates = session.of(names.create);
    expect(creates.length).toBe(10);
    for (const spec of creates) {
      expect([spec.request.method, spec.request.path, spec.request.authenticated, spec.expectedStatus]).toEqual(['POST', collection, true, 202]);
      const sent = bodyOf(spec).snapshot ?? {};
      expect(sent.volume_id).toBe(V);
      expect(behaviourOf(spec, { snapshot: { id: S, ...sent } })).toEqual([]);
      expect(behaviourOf(spec, { snapshot: { id: S, ...sent, volume_id: statelessId } })).toEqual([
        {
          pointer: '/snapshot/volume_id',
          problem: 'the volume_id differs from what the create sent',
          expected: JSON.stringify(V),
          actual: JSON.stringify(statelessId),
          class: 'behaviour',
          check: 'created-as-sent',
        },
      ]);
    }
  });

  it('checks an update against what the run last set on the snapshot, kept by lower-case id', async () => {
    const { session } = await generated({ generate: 60 });
    session.context.expected.set(S.toLowerCase(), { volume_id: V, name: 'kept-name', description: 'kept-description' });
    const updates = session.of(names.update);
    let unsent = 0;
    for (const spec of updates) {
      const sent = bodyOf(spec).snapshot ?? {};
      const answer = { snapshot: { id: S, name: sent.name ?? 'another-name', description: sent.description ?? 'another-description' } };
      const left = ['name', 'description'].filter((field) => !(field in sent));
      unsent += left.length;
      expect(behaviourOf(spec, answer, session.context).map((v) => v.pointer)).toEqual(left.map((field) => `/snapshot/${field}`));
    }
    expect(unsent).toBeGreaterThan(0);
  });

  it('draws each property from its own seed, the run’s plus 7919 per place', async () => {
    const { session } = await generated({ generate: 100 });
    const drawn = fc.sample(validValues(requestSchemas.updateSnapshotRequest as Schema), { seed: (1234 + 2 * 7919) % 2 ** 31, numRuns: 10 });
    expect(session.of(names.update).map((spec) => spec.request.body)).toEqual(drawn.map((value) => JSON.stringify(value)));
    const again = await generated({ generate: 100 });
    expect(again.session.specs.map((spec) => spec.request)).toEqual(session.specs.map((spec) => spec.request));
  });

  it('lists with valid queries only: no value the account decides, the run’s disk or another, at most three ids, each the snapshot’s or a UUID, and never a bare ?', async () => {
    const { session } = await generated({ generate: 400 });
    const lists = session.of(names.list);
    expect(lists.length).toBe(40);
    const stateDependent = ['marker', 'sort_key', 'availability_zone', 'service_type', 'dedicated_storage_id', 'dedicated_storage_name', 'enterprise_project_id'];
    let disks = new Set<string>();
    let ids = 0;
    for (const spec of lists) {
      const [path, query] = spec.request.path.split('?');
      expect([spec.request.method, path, spec.request.authenticated, spec.expectedStatus]).toEqual(['GET', `${collection}/detail`, true, 200]);
      expect(query).not.toBe('');
      const params = new URLSearchParams(query ?? '');
      for (const name of stateDependent) expect(params.has(name)).toBe(false);
      for (const disk of params.getAll('volume_id')) disks = disks.add(disk);
      expect(params.getAll('id').length).toBeLessThanOrEqual(3);
      for (const id of params.getAll('id')) {
        ids++;
        expect(id === S || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)).toBe(true);
      }
      expect(behaviourOf(spec, { snapshots: [], count: 0 })).toEqual([]);
    }
    expect([...disks].sort()).toEqual([V, '6f1e2b5c-0d4e-4c8a-9b7f-3a2d1c0e9f8b'].sort());
    expect(ids).toBeGreaterThan(0);
    expect(lists.some((spec) => behaviourOf(spec, { snapshots: [{ id: S }], count: 0 }).length)).toBe(true);
  });

  it('breaks every rule of each request schema, bodies as JSON and queries as text', async () => {
    const { session } = await generated({ generate: 1400, rollback: true });
    const drawn = (name: string) => new Set(session.of(name).map(ruleOf));
    expect(drawn(names.createBroken)).toEqual(labels(requestSchemas.createSnapshotRequest, false));
    expect(drawn(names.updateBroken)).toEqual(labels(requestSchemas.updateSnapshotRequest, false));
    expect(drawn(names.listBroken)).toEqual(labels(requestSchemas.listSnapshotsQuery, true));
    expect(drawn(names.rollbackBroken)).toEqual(labels(requestSchemas.rollbackRequest, false));
    expect([...drawn(names.createBroken)].some((label) => label.startsWith('maxBytes'))).toBe(true);
    const disk = (spec: CaseSpec, parent: string) => (/ at \/(\w+)(\/volume_id)?$/.test(ruleOf(spec)) ? 'broken' : bodyOf(spec)[parent]?.volume_id);
    expect(new Set(session.of(names.createBroken).map((spec) => disk(spec, 'snapshot')))).toEqual(new Set([V, 'broken']));
    expect(new Set(session.of(names.rollbackBroken).map((spec) => disk(spec, 'rollback')))).toEqual(new Set([V, 'broken']));
  });

  it('on a stateless target leaves out the breaks a schema-driven mock cannot see: byte limits, and empty query values', async () => {
    const { session } = await generated({ generate: 1200, stateless: true });
    const drawn = (name: string) => new Set(session.of(name).map(ruleOf));
    const unseen = (label: string) => label.startsWith('maxBytes');
    const withoutBytes = (schema: unknown, inQuery: boolean) => new Set([...labels(schema, inQuery)].filter((label) => !unseen(label)));
    expect(drawn(names.createBroken)).toEqual(withoutBytes(requestSchemas.createSnapshotRequest, false));
    expect(drawn(names.updateBroken)).toEqual(withoutBytes(requestSchemas.updateSnapshotRequest, false));
    const listBreaks = breakages(requestSchemas.listSnapshotsQuery as Schema, { inQuery: true }).filter((b) => b.rule !== 'maxBytes' && b.value !== '');
    expect(drawn(names.listBroken)).toEqual(new Set(listBreaks.map((b) => `${b.rule} at /${b.path.join('/')}`)));
    expect(listBreaks.length).toBeLessThan(labels(requestSchemas.listSnapshotsQuery, true).size - 1);
  });

  it('does not send creates past the cap, counts them in a note, and skips a property that sent none', async () => {
    const { session, results } = await generated({ generate: 12, maxSnapshots: 1 });
    expect(session.of(names.create).length).toBe(0);
    expect(results.slice(0, 2).map((r) => [r.outcome, r.reason])).toEqual([
      ['skipped', '2 of 2 cases not sent: the cap of 1 snapshots per run was reached'],
      ['skipped', '2 of 2 cases not sent: the cap of 1 snapshots per run was reached'],
    ]);
    expect(results[2]?.outcome).toBe('passed');
    expect(results[2]?.reason).toBeUndefined();
  });

  it('passes on the last case’s note, after the cap’s', async () => {
    const { results } = await generated({ generate: 6, maxSnapshots: 3 }, () => ({ outcome: 'passed', reason: 'behaviour checks skipped' }));
    expect(results.map((r) => r.reason)).toEqual(['behaviour checks skipped', 'behaviour checks skipped', ...Array(4).fill('behaviour checks skipped')]);
    const capped = await generated({ generate: 12, maxSnapshots: 2 }, () => ({ outcome: 'passed', reason: 'behaviour checks skipped' }));
    expect(capped.results[1]?.reason).toBe('1 of 2 cases not sent: the cap of 2 snapshots per run was reached; behaviour checks skipped');
  });

  it('reports the shrunk failing case, the last that failed, with fast-check’s path to it', async () => {
    const answer = (spec: CaseSpec): Answer => (spec.operationId === 'updateSnapshot' && spec.expectedStatus === 400 ? { outcome: 'failed' } : { outcome: 'passed' });
    const { session, results } = await generated({ generate: 60 }, answer);
    const failed = results.filter((r) => r.outcome === 'failed');
    expect(failed.length).toBe(1);
    expect(failed[0]?.name.startsWith(`${names.updateBroken} (`)).toBe(true);
    expect(failed[0]?.replay).toEqual({ seed: 1234, runs: 60, path: expect.stringMatching(/^\d+(:\d+)*$/) });
    // Shrinking sent more cases after the first failure; the one reported is the last that failed.
    expect(session.of(names.updateBroken).length).toBeGreaterThan(1);
    expect(failed[0]?.request?.body).toBe(session.of(names.updateBroken).at(-1)?.request.body);
    expect(failed[0]?.request?.body).not.toBe(session.of(names.updateBroken)[0]?.request.body);
  });

  it('shrinks a failing list to no query at all, and then sends the bare path, not a trailing ?', async () => {
    const { session, results } = await generated({ generate: 60 }, (spec: CaseSpec): Answer => ({ outcome: spec.name === names.list ? 'failed' : 'passed' }));
    expect(results.find((r) => r.name === names.list)?.request?.path).toBe(`${collection}/detail`);
    expect(session.of(names.list).every((spec) => !spec.request.path.endsWith('?'))).toBe(true);
  });

  it('on a failure says when the cap cut its shrinking short, and counts no shrink as a case not sent', async () => {
    const failValid = (spec: CaseSpec): Answer => ({ outcome: spec.expectedStatus === 202 && spec.name !== setupName ? 'failed' : 'passed' });
    const capped = await generated({ generate: 12, maxSnapshots: 2 }, failValid);
    expect([capped.results[1]?.outcome, capped.results[1]?.reason]).toEqual(['failed', 'shrinking stopped early: the cap of 2 snapshots per run was reached']);
    expect(capped.session.of(names.create).length).toBe(1);
    const roomy = await generated({ generate: 12, maxSnapshots: 200 }, failValid);
    expect([roomy.results[1]?.outcome, roomy.results[1]?.reason]).toEqual(['failed', undefined]);
    expect(roomy.session.of(names.create).length).toBeGreaterThan(1);
  });

  it('reports a case that threw by the error’s kind only, never its message', async () => {
    const session = new RecordingSession(options({ generate: 6, stateless: true }), () => {
      throw new TypeError('the answer was generated-cases-token');
    });
    const results = await runGenerated(session as unknown as Session);
    expect(results[0]).toEqual({
      name: names.createBroken,
      kind: 'generated',
      operationId: 'createSnapshot',
      outcome: 'failed',
      violations: [{ pointer: '(request)', problem: 'the contract tool could not run the case (TypeError); please report it', expected: 'a case that runs', actual: 'an error' }],
      ms: 0,
      replay: { seed: 1234, runs: 6, path: expect.any(String) },
    });
    expect(JSON.stringify(results)).not.toContain('generated-cases-token');
  });

  it('names a thrown value that is not an error as the property failing', async () => {
    const session = new RecordingSession(options({ generate: 6, stateless: true }), () => {
      throw 'generated-cases-token';
    });
    const [first] = await runGenerated(session as unknown as Session);
    expect(first?.violations[0]?.problem).toBe('the contract tool could not run the case (the property failed); please report it');
    expect(JSON.stringify(first)).not.toContain('generated-cases-token');
  });

  it('with restore: breaks the disk create of the run’s cloud only, from the phase’s snapshot in the restore’s zone, type and size, never valid', async () => {
    for (const cloud of ['otc', 'huawei'] as const) {
      const session = new RecordingSession(options({ generate: 600, restore: true, cloud }));
      session.context.restore = { zone: 'eu-de-02', type: 'SAS', snapshotSize: 40 };
      await runGenerated(session as unknown as Session);
      const disks = [...session.of(names.diskBroken), ...session.of(names.diskV21Broken)];
      expect(session.of('generated: createVolume, valid').length).toBe(0);
      expect(session.of(names.diskV21Broken).length > 0).toBe(cloud === 'huawei');
      expect(disks.every((spec) => spec.expectedStatus === 400)).toBe(true);
      // Rule breaks of another field keep the faithful restore's fields.
      const faithful = disks.filter(
        (spec) => !/ at \/volume(\/(snapshot_id|availability_zone|volume_type|size|imageRef|backup_id))?$|at \/(x_contract_unknown)$/.test(ruleOf(spec)),
      );
      expect(faithful.length).toBeGreaterThan(5);
      for (const spec of faithful) expect(bodyOf(spec).volume, ruleOf(spec)).toMatchObject({ snapshot_id: S, availability_zone: 'eu-de-02', volume_type: 'SAS', size: 40 });
      const rules = new Set(disks.map((spec) => ruleOf(spec).split(' at ')[0]));
      for (const rule of ['dependentSchemas', 'maxProperties', 'propertyNames', 'required']) expect(rules.has(rule), rule).toBe(true);
    }
  });

  it('lists disks and reads quotas with valid queries only: no value the account decides, usage True or true, the run’s project as the target', async () => {
    const { session } = await generated({ generate: 400 });
    const lists = session.of(names.volumes);
    expect(lists.length).toBe(40);
    for (const spec of lists) {
      const params = new URLSearchParams(spec.request.path.split('?')[1] ?? '');
      for (const name of ['marker', 'metadata', 'not_metadata', 'ids', 'id', 'server_id', 'availability_zone', 'enterprise_project_id']) expect(params.has(name)).toBe(false);
      expect(spec.request.path.startsWith(`/v2/${P}/cloudvolumes/detail`)).toBe(true);
    }
    const quotas = session.of(names.quotas);
    expect(new Set(quotas.map((spec) => spec.request.path))).toEqual(new Set([`/v2/${P}/os-quota-sets/${P}?usage=True`, `/v2/${P}/os-quota-sets/${P}?usage=true`]));
    expect(new Set(session.of(names.quotasBroken).map(ruleOf))).toEqual(new Set(['required at /usage', 'enum at /usage']));
  });

  it('stops after a setup create that failed, gave no usable id, or never became available', async () => {
    const failedSetup = await generated({ generate: 6 }, () => ({ outcome: 'failed' }));
    expect(failedSetup.results.map((r) => [r.name, r.outcome, r.violations])).toEqual([[setupName, 'failed', []]]);
    const noId = await generated({ generate: 6 }, undefined, { snapshot: { id: '../x' } });
    expect(noId.results.map((r) => [r.name, r.outcome, r.violations])).toEqual([
      [
        setupName,
        'failed',
        [
          {
            class: 'behaviour',
            check: 'reaches-state',
            pointer: '(request)',
            problem: 'waiting for the snapshot failed',
            expected: 'available',
            actual: 'the setup create failed',
          },
        ],
      ],
    ]);
    const neverAvailable = await generated({ generate: 6 }, undefined, { snapshot: { id: S } }, 'still creating after 200 ms');
    expect(neverAvailable.results.map((r) => [r.outcome, r.violations[0]?.actual])).toEqual([['failed', 'still creating after 200 ms']]);
    expect(neverAvailable.session.specs.length).toBe(1);
  });
});

describe('generatedPlans: the operations the generated cases drive, read from the operations table', () => {
  const summary = (table: Parameters<typeof generatedPlans>[0], exceptions?: Parameters<typeof generatedPlans>[1]) =>
    generatedPlans(table, exceptions).map((plan) => [plan.operationId, plan.method, plan.path, plan.target, plan.valid, plan.broken]);
  const collectionPath = '/v2/{project_id}/cloudsnapshots';
  const cinder = '/v2/{project_id}/snapshots';
  const cinderV3 = '/v3/{project_id}/snapshots';
  /** The OpenStack-compatible operations the table adds, in its order: writes, then lists. */
  const openStackWrites = [
    'createCinderSnapshot',
    'updateCinderSnapshot',
    'updateSnapshotMetadata',
    'createSnapshotMetadata',
    'updateSnapshotMetadataItem',
    'createCinderSnapshotV3',
    'updateCinderSnapshotV3',
    'updateSnapshotMetadataV3',
    'createSnapshotMetadataV3',
    'updateSnapshotMetadataItemV3',
  ];
  const openStackLists = ['listCinderSnapshots', 'listCinderSnapshotsDetail', 'listCinderSnapshotsV3', 'listCinderSnapshotsDetailV3'];

  it('today: every operation with a request target, writes then reads then the rollback (drawn only under rollback, rule breaks only)', () => {
    expect(summary(operations)).toEqual([
      ['createSnapshot', 'POST', collectionPath, 'createSnapshotRequest', 'always', 'always'],
      ['updateSnapshot', 'PUT', `${collectionPath}/{snapshot_id}`, 'updateSnapshotRequest', 'always', 'always'],
      ['createCinderSnapshot', 'POST', cinder, 'createSnapshotRequest', 'always', 'always'],
      ['updateCinderSnapshot', 'PUT', `${cinder}/{snapshot_id}`, 'updateSnapshotRequest', 'always', 'always'],
      ['updateSnapshotMetadata', 'PUT', `${cinder}/{snapshot_id}/metadata`, 'snapshotMetadataRequest', 'always', 'always'],
      ['createSnapshotMetadata', 'POST', `${cinder}/{snapshot_id}/metadata`, 'snapshotMetadataRequest', 'always', 'always'],
      ['updateSnapshotMetadataItem', 'PUT', `${cinder}/{snapshot_id}/metadata/{key}`, 'snapshotMetadataItemRequest', 'always', 'always'],
      ['createCinderSnapshotV3', 'POST', cinderV3, 'createSnapshotRequest', 'always', 'always'],
      ['updateCinderSnapshotV3', 'PUT', `${cinderV3}/{snapshot_id}`, 'updateSnapshotRequest', 'always', 'always'],
      ['updateSnapshotMetadataV3', 'PUT', `${cinderV3}/{snapshot_id}/metadata`, 'snapshotMetadataRequest', 'always', 'always'],
      ['createSnapshotMetadataV3', 'POST', `${cinderV3}/{snapshot_id}/metadata`, 'snapshotMetadataRequest', 'always', 'always'],
      ['updateSnapshotMetadataItemV3', 'PUT', `${cinderV3}/{snapshot_id}/metadata/{key}`, 'snapshotMetadataItemRequest', 'always', 'always'],
      ['createVolume', 'POST', '/v2/{project_id}/cloudvolumes', 'createVolumeRequest', 'never', 'with restore'],
      ['createVolumeV21', 'POST', '/v2.1/{project_id}/cloudvolumes', 'createVolumeV21Request', 'never', 'with restore'],
      ['listSnapshots', 'GET', `${collectionPath}/detail`, 'listSnapshotsQuery', 'always', 'always'],
      ['listCinderSnapshots', 'GET', cinder, 'listCinderSnapshotsQuery', 'always', 'always'],
      ['listCinderSnapshotsDetail', 'GET', `${cinder}/detail`, 'listCinderSnapshotsDetailQuery', 'always', 'always'],
      ['listCinderSnapshotsV3', 'GET', cinderV3, 'listCinderSnapshotsV3Query', 'always', 'always'],
      ['listCinderSnapshotsDetailV3', 'GET', `${cinderV3}/detail`, 'listCinderSnapshotsDetailV3Query', 'always', 'always'],
      ['listVolumes', 'GET', '/v2/{project_id}/cloudvolumes/detail', 'listVolumesQuery', 'always', 'always'],
      ['showQuotas', 'GET', '/v2/{project_id}/os-quota-sets/{target_project_id}', 'showQuotasQuery', 'always', 'always'],
      ['rollbackSnapshot', 'POST', `${collectionPath}/{snapshot_id}/rollback`, 'rollbackRequest', 'never', 'with rollback'],
    ]);
    expect(generatedOperations).toEqual({
      always: ['createSnapshot', 'updateSnapshot', ...openStackWrites, 'listSnapshots', ...openStackLists, 'listVolumes', 'showQuotas'],
      withRollback: ['rollbackSnapshot'],
      withRestore: [
        { operationId: 'createVolume', cloud: undefined },
        { operationId: 'createVolumeV21', cloud: 'huawei' },
      ],
    });
    expect(Object.keys(generatedExceptions)).toEqual(['rollbackSnapshot', 'createVolume', 'createVolumeV21']);
  });

  it('an added operation with a request body gets its valid and rule-breaking cases with no edit, among the writes', () => {
    const table = {
      ...operations,
      renameSnapshot: {
        method: 'POST',
        path: `${collectionPath}/{snapshot_id}/rename`,
        parameters: operations.updateSnapshot.parameters,
        requestBody: 'updateSnapshotRequest',
        query: null,
      },
    } as const;
    expect(summary(table).map(([operationId]) => operationId)).toEqual([
      'createSnapshot',
      'updateSnapshot',
      ...openStackWrites,
      'createVolume',
      'createVolumeV21',
      'renameSnapshot',
      'listSnapshots',
      ...openStackLists,
      'listVolumes',
      'showQuotas',
      'rollbackSnapshot',
    ]);
    expect(summary(table)[14]).toEqual(['renameSnapshot', 'POST', `${collectionPath}/{snapshot_id}/rename`, 'updateSnapshotRequest', 'always', 'always']);
  });

  it('an added operation whose request the cases cannot fill stops the load, naming it and its path parameter, unless it is a named exception', () => {
    const backupPath = { path: [...operations.createSnapshot.parameters.path, { name: 'backup_id' }] };
    const table = {
      ...operations,
      restoreBackup: { method: 'POST', path: '/v2/{project_id}/backups/{backup_id}/restore', parameters: backupPath, requestBody: 'rollbackRequest', query: null },
    } as const;
    expect(() => generatedPlans(table)).toThrow(
      'src/contract/generated-cases.ts: the generated cases cannot fill the request of restoreBackup (backup_id): give the path parameter a value in pathValues, or name the operation in generatedExceptions with why',
    );
    const excepted = { ...generatedExceptions, restoreBackup: { valid: 'never', broken: 'never', why: 'needs a backup the run does not make' } } as const;
    expect(summary(table, excepted).map(([operationId]) => operationId)).toEqual([
      'createSnapshot',
      'updateSnapshot',
      ...openStackWrites,
      'createVolume',
      'createVolumeV21',
      'listSnapshots',
      ...openStackLists,
      'listVolumes',
      'showQuotas',
      'rollbackSnapshot',
    ]);
  });
});
