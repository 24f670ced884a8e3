// Generated cases: requests drawn from the bundle's request schemas with fast-check, seeded and
// shrunk to the smallest failing request. Valid ones must get the operation's documented success
// and pass the behaviour checks; ones that break a single rule must get 400 with a valid error
// body. Each (operation, valid or not) is one property; all of them share the run's cap on creates.
// A rule break belongs to the class its rule's `x-refusal` record gives (documented-refusal or
// strictness); an accepted strictness break is a warning unless the run is strict, so it does not
// stop the property: each rule accepted so is reported once, as its own warned case.
import fc from 'fast-check';
import { requestSchemas } from '../../generated/request-schemas.js';
import { type OperationId, operations, type RequestTarget } from '../../generated/spec-constants.js';
import { type CaseRefusal, expectedText, successOf } from './check-context.js';
import { enabled, type Refusal, type RefusalCheck, refusalChecks } from './checks.js';
import type { Cloud } from './disks.js';
import type { WireRequest } from './http.js';
import { type ListQueryName, omittedFromGenerated } from './list-expectations.js';
import type { CaseResult } from './result.js';
import type { OpenStackFamily } from './run-context.js';
import {
  applyBreakage,
  type Breakage,
  breakages,
  type Overrides,
  type Schema,
  validValues,
} from './schema-arbitrary.js';
import { createdId, type Session, snapshotCreates } from './session.js';

interface Drawn {
  request: WireRequest;
  /** `type at /snapshot/force`, for a rule-breaking case. */
  broken?: string;
  refusal?: CaseRefusal;
}

/**
 * The cases of one operation, valid or breaking one rule; their
 * answers go through the checks registered for the operation.
 */
interface Property {
  operationId: OperationId;
  valid: boolean;
  arbitrary: fc.Arbitrary<Drawn>;
}

/** Most shrinking steps per failure: enough to reach a small request, bounded on a slow real endpoint. */
const maxShrinks = 60;

const queryOf = (value: unknown): string => {
  const params = new URLSearchParams();
  for (const [name, field] of Object.entries(value as Record<string, unknown>))
    for (const item of Array.isArray(field) ? field : [field]) params.append(name, String(item));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};

/**
 * When the phase draws one kind of request of an operation: always, only when the run may roll
 * back, only when it may restore (make disks), or never.
 */
export type When = 'always' | 'with rollback' | 'with restore' | 'never';

/**
 * An operation the phase cannot drive as the table says: when it draws valid and rule-breaking
 * requests, on which cloud only (when only one serves it), and why.
 */
export interface Exception {
  valid: When;
  broken: When;
  cloud?: Cloud;
  why: string;
}

/**
 * The operations with a request target that the phase does not drive in full, each named with why.
 * Every other operation whose table row has a request body or query target gets its valid and
 * rule-breaking requests without an edit here.
 */
export const generatedExceptions = {
  rollbackSnapshot: {
    valid: 'never',
    broken: 'with rollback',
    why:
      'a valid rollback overwrites the run’s disk (the rollback scenario does it once, under rollback); a ' +
      'rule-breaking one that a lax server accepted would too',
  },
  createVolume: {
    valid: 'never',
    broken: 'with restore',
    why:
      'a valid create makes a disk (billed on a real cloud; the restore scenarios make one, under restore); a ' +
      'rule-breaking one that a lax server accepted would too, so it is drawn under restore and its disk deleted',
  },
  createVolumeV21: {
    valid: 'never',
    broken: 'with restore',
    cloud: 'huawei',
    why:
      'as createVolume; and only Huawei Cloud documents the v2.1 path (what Open Telekom Cloud answers there is ' +
      'not documented)',
  },
} as const satisfies Partial<Record<OperationId, Exception>>;

type PathParameterName = (typeof operations)[OperationId]['parameters']['path'][number]['name'];

/** The metadata key the per-key cases use: in the path and, for a valid PUT, as the body's one key. */
const generatedMetadataKey = 'contract-suite-generated';

/**
 * What the phase puts in each path parameter: the run's project, the
 * snapshot it made for the phase. A new one is a compile error here.
 */
const pathValues = {
  project_id: (session: Session) => session.options.projectId,
  snapshot_id: (_: Session, snapshotId: string) => snapshotId,
  // The run's disk: a read of it (or a rule break a server refuses) changes nothing.
  volume_id: (session: Session) => session.options.volumeId,
  // The job of the run's restore, else the reference's example id (which no server is expected to know).
  job_id: (session: Session) => session.context.restore.jobId ?? '4010a32d535527910153552b492c0002',
  // The project's own quotas: OTC says to ask for the project in the path; another's answer is not documented.
  target_project_id: (session: Session) => session.options.projectId,
  // One metadata key of the phase's snapshot: the per-key body names the same key (metadataKeyOverride).
  key: () => generatedMetadataKey,
} satisfies Record<PathParameterName, (session: Session, snapshotId: string) => string>;

/** One operation the phase drives: where its request goes and the request target drawn for it. */
export interface Plan {
  operationId: OperationId;
  method: WireRequest['method'];
  path: string;
  target: RequestTarget;
  inQuery: boolean;
  valid: When;
  broken: When;
  cloud: Cloud | undefined;
}

/** The rows of the operations table the phase reads. */
type OperationRows = Readonly<
  Record<
    string,
    {
      method: WireRequest['method'];
      path: string;
      parameters: { path: readonly { name: string }[] };
      requestBody: RequestTarget | null;
      query: RequestTarget | null;
    }
  >
>;

/**
 * The operations the phase drives, from the table, in the order their properties run: the writes,
 * then the reads (so a list sees what the writes made), then those drawn only under an option, each
 * group in the table's order. The order gives each property its seed, so it is part of a run's
 * replay. An operation with a request target whose request the phase cannot fill (a path parameter
 * without a value, a body and a query together) and no exception is an error that names it.
 */
export function generatedPlans(
  table: OperationRows,
  exceptions: Partial<Record<string, Exception>> = generatedExceptions,
): Plan[] {
  const found: Plan[] = [];
  const unable: string[] = [];
  for (const [operationId, row] of Object.entries(table)) {
    const target = row.requestBody ?? row.query;
    const exception = exceptions[operationId];
    if (target === null || (exception?.valid === 'never' && exception.broken === 'never')) continue;
    const unknown = row.parameters.path
      .map((parameter) => parameter.name)
      .filter((name) => !Object.hasOwn(pathValues, name));
    if (row.requestBody !== null && row.query !== null) unknown.push('a body and a query together');
    if (unknown.length) unable.push(`${operationId} (${unknown.join(', ')})`);
    else
      found.push({
        operationId: operationId as OperationId,
        method: row.method,
        path: row.path,
        target,
        inQuery: row.requestBody === null,
        valid: exception?.valid ?? 'always',
        broken: exception?.broken ?? 'always',
        cloud: exception?.cloud,
      });
  }
  if (unable.length)
    throw new Error(
      `src/contract/generated-cases.ts: the generated cases cannot fill the request of ${unable.join('; ')}: give ` +
        `the path parameter a value in pathValues, or name the operation in generatedExceptions with why`,
    );
  const rank = (plan: Plan): number => (gated(plan) ? 2 : plan.method === 'GET' ? 1 : 0);
  return found.sort((a, b) => rank(a) - rank(b));
}

const gated = (plan: Plan): boolean => plan.valid === 'with rollback' || plan.broken === 'with rollback';
const withRestore = (plan: Plan): boolean => plan.valid === 'with restore' || plan.broken === 'with restore';

// A copy of spec/ with an operation the phase cannot fill compiles with
// tsx and vitest, which strip types: it fails here instead, naming it.
const plans = generatedPlans(operations);

/**
 * The operations whose requests the phase draws: those it always
 * drives, and those it drives only when the run may roll back.
 */
export const generatedOperations = {
  always: plans.filter((plan) => !gated(plan) && !withRestore(plan)).map((plan) => plan.operationId),
  withRollback: plans.filter(gated).map((plan) => plan.operationId),
  withRestore: plans.filter(withRestore).map((plan) => ({ operationId: plan.operationId, cloud: plan.cloud })),
};

/**
 * The fields of a disk create whose drawn values would make the request fail for another reason
 * than the rule it breaks, or make a lax server's disk cost more: the data source is the phase's
 * snapshot, in its zone and type and of its size (when the restore scenarios read them); no other
 * source, no count, no billing, no server, no special metadata.
 */
function diskOverrides(session: Session, snapshotId: string): Overrides {
  const { zone, type, snapshotSize } = session.context.restore;
  const known: [string, { always: fc.Arbitrary<unknown> }][] = [
    ['volume/snapshot_id', { always: fc.constant(snapshotId) }],
  ];
  if (zone !== undefined) known.push(['volume/availability_zone', { always: fc.constant(zone) }]);
  if (type !== undefined) known.push(['volume/volume_type', { always: fc.constant(type) }]);
  if (snapshotSize !== undefined) known.push(['volume/size', { always: fc.constant(snapshotSize) }]);
  const omitted = [
    'imageRef',
    'backup_id',
    'count',
    'metadata',
    'iops',
    'throughput',
    'enterprise_project_id',
    'shareable',
  ]
    .map((name) => `volume/${name}`)
    .concat(['bssParam', 'server_id', 'OS-SCH-HNT:scheduler_hints']);
  return new Map<string, fc.Arbitrary<unknown> | 'omit' | { always: fc.Arbitrary<unknown> }>([
    ...known,
    ...omitted.map((path) => [path, 'omit'] as const),
  ]);
}

/**
 * The filters of a disk list whose valid values depend on the account or whose encoding is not
 * documented (metadata, ids): left out of valid requests (their rule breaks are still drawn).
 */
const volumeListOmitted = [
  'marker',
  'metadata',
  'not_metadata',
  'ids',
  'id',
  'server_id',
  'volume_type_id',
  'availability_zone',
  'service_type',
  'dedicated_storage_id',
  'dedicated_storage_name',
  'enterprise_project_id',
] as const satisfies readonly (typeof operations.listVolumes.parameters.query)[number]['name'][];

function properties(session: Session, snapshotId: string): Property[] {
  const { volumeId, rollback, restore, cloud, stateless } = session.options;
  // What a schema-driven mock (Prism) cannot see: it counts characters, as JSON Schema does, so
  // not a byte limit; and it takes an empty query value (`sort_key=`) for no value.
  const seen = (breakage: Breakage, inQuery: boolean): boolean =>
    !(stateless && (breakage.rule === 'maxBytes' || (inQuery && breakage.value === '')));
  /** The rule breaks the run's checks select; undefined when they select none. */
  const broken = (
    schema: Schema,
    overrides: Overrides,
    inQuery: boolean,
    toRequest: (value: unknown) => WireRequest,
  ): fc.Arbitrary<Drawn> | undefined => {
    const all = breakages(schema, { inQuery })
      .filter((breakage) => seen(breakage, inQuery))
      .map((breakage) => ({ breakage, refusal: refusalOf(breakage) }))
      .filter(({ refusal }) => enabled(session.options, refusal.check, refusal.record.class));
    if (all.length === 0) return undefined;
    return fc.tuple(validValues(schema, overrides), fc.constantFrom(...all)).map(([value, { breakage, refusal }]) => ({
      request: toRequest(applyBreakage(value, breakage)),
      broken: `${breakage.rule} at /${breakage.path.join('/')}`,
      refusal,
    }));
  };
  // The values that depend on the run: its disk, the snapshot the phase made. The parameters whose
  // valid values depend on the account's state (list-expectations.ts) are left out.
  const overrides: Partial<Record<RequestTarget, Overrides>> = {
    createSnapshotRequest: new Map([['snapshot/volume_id', fc.constant(volumeId)]]),
    listSnapshotsQuery: new Map<ListQueryName, fc.Arbitrary<unknown> | 'omit'>([
      ...omittedFromGenerated.map((name) => [name, 'omit'] as const),
      ['volume_id', fc.constantFrom(volumeId, '6f1e2b5c-0d4e-4c8a-9b7f-3a2d1c0e9f8b')],
      ['id', fc.array(fc.oneof(fc.constant(snapshotId), fc.uuid()), { maxLength: 3 })],
    ]),
    rollbackRequest: new Map([['rollback/volume_id', fc.constant(volumeId)]]),
    createVolumeRequest: diskOverrides(session, snapshotId),
    createVolumeV21Request: diskOverrides(session, snapshotId),
    listVolumesQuery: new Map(volumeListOmitted.map((name) => [name, 'omit'] as const)),
    // A marker must name a listed snapshot; a drawn UUID names none (the server answers 400).
    listCinderSnapshotsQuery: new Map([['marker', 'omit']]),
    listCinderSnapshotsDetailQuery: new Map([['marker', 'omit']]),
    // The keys a server sorts by are its own (the spec takes any string): sort_key is not drawn.
    listCinderSnapshotsV3Query: new Map([
      ['marker', 'omit'],
      ['sort_key', 'omit'],
    ]),
    listCinderSnapshotsDetailV3Query: new Map([
      ['marker', 'omit'],
      ['sort_key', 'omit'],
    ]),
    // The one item of a per-key PUT is the key of its path (another key is refused: EVS.5400).
    snapshotMetadataItemRequest: new Map([
      ['meta', fc.string({ maxLength: 40 }).map((value) => ({ [generatedMetadataKey]: value }))],
    ]),
  };
  const drawn = (when: When): boolean =>
    when === 'always' || (when === 'with rollback' && rollback) || (when === 'with restore' && restore);
  return plans.flatMap((plan): Property[] => {
    const { operationId, method, inQuery } = plan;
    if (plan.cloud !== undefined && plan.cloud !== cloud) return [];
    // An OpenStack-compatible family the run leaves out, or that its probe found not served.
    const family = familyOfOperation(operationId);
    if (family && (!covered(session, family) || session.context.unserved[family] !== undefined)) return [];
    const path = plan.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(pathValues[name as PathParameterName](session, snapshotId)),
    );
    const toRequest = (value: unknown): WireRequest =>
      inQuery
        ? { method, path: `${path}${queryOf(value)}`, authenticated: true }
        : { method, path, body: JSON.stringify(value), authenticated: true };
    const schema = requestSchemas[plan.target] as Schema;
    const given = overrides[plan.target] ?? new Map();
    const arbitrary = drawn(plan.broken) ? broken(schema, given, inQuery, toRequest) : undefined;
    const invalid: Property[] = arbitrary ? [{ operationId, valid: false, arbitrary }] : [];
    const valid: Property[] = drawn(plan.valid)
      ? [
          {
            operationId,
            valid: true,
            arbitrary: validValues(schema, given).map((value) => ({ request: toRequest(value) })),
          },
        ]
      : [];
    // Rule breaks first for creates: valid ones use up the cap on snapshots, refused ones do not.
    return snapshotCreates.includes(operationId) ? [...invalid, ...valid] : [...valid, ...invalid];
  });
}

/** The OpenStack-compatible family of an operation (by its path in the table), or undefined for the others. */
export function familyOfOperation(operationId: OperationId): OpenStackFamily | undefined {
  const path: string = operations[operationId].path;
  if (path.startsWith('/v3/')) return 'openstack-v3';
  return /^\/v2\/\{project_id\}\/snapshots(\/|$)/.test(path) ? 'openstack' : undefined;
}

/** Whether the run covers the family: v2 unless left out (`openstack: false`), v3 only when asked (`openstackV3`). */
const covered = (session: Session, family: OpenStackFamily): boolean =>
  family === 'openstack' ? session.options.openstack : session.options.openstackV3;

/** The check a breakage's refusal is, with its rule's record; a rule without one is a generator bug, said as such. */
function refusalOf(breakage: Breakage): { check: RefusalCheck; record: Refusal } {
  const check = (refusalChecks as Record<string, RefusalCheck | undefined>)[breakage.rule];
  if (!check || !breakage.refusal)
    throw new Error(
      `the rule ${breakage.rule} at /${breakage.path.join('/')} has no x-refusal record in ` +
        `generated/request-schemas.ts: run npm run build`,
    );
  return { check, record: breakage.refusal };
}

const split = (total: number, parts: number): number[] =>
  Array.from({ length: parts }, (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0));

async function runProperty(session: Session, property: Property, runs: number, seed: number): Promise<CaseResult[]> {
  const { generate, seed: runSeed } = session.options;
  const kind = property.valid ? 'valid requests' : 'requests that break one rule';
  const name = `generated: ${property.operationId}, ${kind}`;
  const success = successOf(property.operationId);
  let failure: CaseResult | undefined;
  let capped = 0;
  let shrinkingCut = false;
  let anySent = false;
  let last: CaseResult | undefined;
  let unsent: string | undefined;
  /** The first warned case of each rule accepted, by rule. */
  const warnings = new Map<string, CaseResult>();
  const details = await fc.check(
    fc.asyncProperty(fc.limitShrink(property.arbitrary, maxShrinks), async (drawn) => {
      if (snapshotCreates.includes(property.operationId) && session.capReached()) {
        // Once a case failed, fast-check is shrinking it: a capped shrink is not a drawn case.
        if (failure) shrinkingCut = true;
        else capped++;
        return true;
      }
      const { result } = await session.run({
        name: drawn.broken ? `${name} (${drawn.broken})` : name,
        kind: 'generated',
        operationId: property.operationId,
        request: drawn.request,
        expectedStatus: property.valid ? success : 400,
        refusal: drawn.refusal,
      });
      // Not sent: the run stopped (interrupted, or the target stopped answering).
      if (result.outcome === 'skipped') {
        unsent = result.reason;
        return true;
      }
      anySent = true;
      last = result;
      if (result.outcome === 'failed') failure = result;
      if (result.outcome === 'warned' && !warnings.has(drawn.broken ?? ''))
        warnings.set(drawn.broken ?? '', { ...result, replay: { seed: runSeed, runs: generate } });
      return result.outcome !== 'failed';
    }),
    { seed, numRuns: runs, endOnFailure: false },
  );
  const replay = {
    seed: runSeed,
    runs: generate,
    ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}),
  };
  const note = capped
    ? `${capped} of ${runs} cases not sent: the cap of ${session.options.maxSnapshots} snapshots per run was reached`
    : undefined;
  if (details.failed && failure) {
    // A case can only fail before the cap is reached, so the cap can only have cut the shrinking.
    const shrinking = shrinkingCut
      ? `shrinking stopped early: the cap of ${session.options.maxSnapshots} snapshots per run was reached`
      : undefined;
    return [{ ...failure, replay, ...(shrinking ? { reason: shrinking } : {}) }, ...warnings.values()];
  }
  if (details.failed) {
    // Only the error's kind: its message may quote an answer.
    const problem = details.errorInstance instanceof Error ? details.errorInstance.name : 'the property failed';
    return [
      {
        name,
        kind: 'generated',
        operationId: property.operationId,
        outcome: 'failed',
        violations: [
          {
            pointer: '(request)',
            problem: `the contract tool could not run the case (${problem}); please report it`,
            expected: 'a case that runs',
            actual: 'an error',
          },
        ],
        ms: 0,
        replay,
      },
    ];
  }
  const reason = [note, (last as CaseResult | undefined)?.reason, unsent].filter(Boolean).join('; ');
  return [
    {
      name,
      kind: 'generated',
      operationId: property.operationId,
      outcome: anySent ? 'passed' : 'skipped',
      expectedStatus: property.valid ? expectedText(success) : 400,
      violations: [],
      ms: 0,
      replay,
      ...(reason ? { reason } : {}),
    },
    ...warnings.values(),
  ];
}

/** The generated phase: its own snapshot to update and roll back, then each property in turn. */
export async function runGenerated(session: Session): Promise<CaseResult[]> {
  const { generate, seed, volumeId, projectId, stateless } = session.options;
  const results: CaseResult[] = [];
  let snapshotId = '3f3b0cd8-4a5e-4f0c-9d5b-1c2b3a4d5e6f';
  if (!stateless) {
    const { result, answer } = await session.run({
      name: 'generated: setup, a snapshot to update',
      kind: 'generated',
      operationId: 'createSnapshot',
      request: {
        method: 'POST',
        path: `/v2/${projectId}/cloudsnapshots`,
        body: JSON.stringify({ snapshot: { volume_id: volumeId, name: 'contract-suite-generated' } }),
        authenticated: true,
      },
      expectedStatus: 202,
    });
    if (result.outcome === 'skipped') return [result];
    const id = createdId(answer);
    const waited =
      id !== undefined && result.outcome === 'passed'
        ? await session.waitFor(id, 'available')
        : 'the setup create failed';
    if (waited !== undefined || id === undefined) {
      results.push(
        result.outcome === 'failed'
          ? result
          : {
              ...result,
              outcome: 'failed',
              violations: [
                {
                  class: 'behaviour',
                  check: 'reaches-state',
                  pointer: '(request)',
                  problem: 'waiting for the snapshot failed',
                  expected: 'available',
                  actual: waited ?? '',
                },
              ],
            },
      );
      return results;
    }
    snapshotId = id;
  }
  const list = properties(session, snapshotId);
  const runs = split(generate, list.length);
  for (const [index, property] of list.entries()) {
    if (runs[index] === 0) continue;
    if (session.interrupted !== undefined) break;
    // Each property its own seed from the run's, so that one can be repeated alone.
    results.push(...(await runProperty(session, property, runs[index] ?? 0, (seed + index * 7919) % 2 ** 31)));
  }
  return results;
}
