// The scenarios of the OpenStack-compatible snapshots (/v2/{project_id}/snapshots, the Cinder
// family), of the snapshot metadata, and of the two families together. One new snapshot (the Cinder
// create's) carries them; the cross-family reads also use the run's main snapshot. The Cinder
// create probes the family: a server that answers it 404 does not serve it, and every scenario of
// the family is then skipped with that reason. The /v3 forms run only when asked (`openstackV3`).
import { type OperationId, operations } from '../../generated/spec-constants.js';
import type { Refusal } from './checks.js';
import { nextMarker } from './cinder-semantics.js';
import type { RunContext } from './run-context.js';
import type { Scenario, ScenarioRequest } from './scenario.js';
import { Unmet } from './unmet.js';

type Context = RunContext;

/** The path of an operation from the table, its parameters filled (each encoded; a dry run's placeholder as it is). */
const pathOf = (operationId: OperationId, context: Context, values: Record<string, string> = {}): string =>
  operations[operationId].path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = name === 'project_id' ? context.projectId : (values[name] ?? `{${name}}`);
    return /^\{[\w ]+\}$/.test(value) ? value : encodeURIComponent(value);
  });

const cinderSnapshot = (context: Context): string => {
  if (!context.cinderSnapshotId)
    throw new Unmet(
      'no snapshot was created through the Cinder family earlier in the run (cinder: create did not run or failed)',
    );
  return context.cinderSnapshotId;
};
const mainSnapshot = (context: Context): string => {
  if (!context.snapshotId)
    throw new Unmet('no snapshot was created earlier in the run (create: minimal did not run or failed)');
  return context.snapshotId;
};

/** A request of the operation on a snapshot (and a metadata key), with a body and a query when given. */
const call =
  (
    operationId: OperationId,
    snapshot: ((context: Context) => string) | undefined,
    options: { key?: string; body?: unknown; query?: (context: Context) => string } = {},
  ) =>
  (context: Context): ScenarioRequest => {
    const values: Record<string, string> = {};
    if (snapshot) values.snapshot_id = snapshot(context);
    if (options.key !== undefined) values.key = options.key;
    return {
      method: operations[operationId].method as ScenarioRequest['method'],
      path: `${pathOf(operationId, context, values)}${options.query?.(context) ?? ''}`,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      authenticated: true,
    };
  };

/** The run's snapshots on its disk that still exist, lower-case: a paging of the disk must list them all. */
const ownOnDisk = (context: Context): string[] =>
  [...context.expected.entries()]
    .filter(([, known]) => known.volume_id.toLowerCase() === context.volumeId.toLowerCase())
    .map(([id]) => id);

/** The pages of the marker paging the run follows (limit=1): more than the run's own snapshots on the disk. */
const markerPagesFollowed = 12;

/** The documented refusal of a per-key PUT whose body names another key than its path. */
const keyMismatch: Refusal = {
  class: 'documented-refusal',
  source:
    'the reference page of PUT /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key} ' +
    '(Request body and URI mismatch.)',
  code: 'EVS.5400',
};

/** A scenario of the Cinder family on its snapshot: waits through the Cinder show, needs the Cinder create. */
const onCinder = { family: 'openstack' as const, waitVia: 'cinder' as const, needs: ['cinder: create'] };

/** The Cinder family (v2), the metadata and the cross-family reads, in order; before the run's restore and rollback. */
export const openStackScenarios: readonly Scenario[] = [
  {
    name: 'cinder: create',
    operationId: 'createCinderSnapshot',
    expectedStatus: 202,
    request: (c) =>
      call('createCinderSnapshot', undefined, {
        body: {
          snapshot: {
            volume_id: c.volumeId,
            name: 'contract-suite-cinder',
            description: 'Created through the Cinder API by the EVS contract suite',
            metadata: { owner: 'contract-suite', stage: 'created' },
          },
        },
      })(c),
    keepsSnapshot: 'cinder',
    family: 'openstack',
    probesFamily: true,
  },
  {
    name: 'cinder: show',
    operationId: 'showCinderSnapshot',
    expectedStatus: 200,
    request: call('showCinderSnapshot', cinderSnapshot),
    waitUntil: 'available',
    ...onCinder,
  },
  {
    name: 'cinder: update',
    operationId: 'updateCinderSnapshot',
    expectedStatus: 200,
    request: call('updateCinderSnapshot', cinderSnapshot, {
      body: { snapshot: { name: 'contract-suite-cinder-renamed', description: 'Updated through the Cinder API' } },
    }),
    ...onCinder,
  },
  {
    name: 'cinder: list',
    operationId: 'listCinderSnapshots',
    expectedStatus: 200,
    request: call('listCinderSnapshots', undefined, { query: (c) => `?volume_id=${c.volumeId}` }),
    knows: (c) => ({ listIncludes: { id: c.cinderSnapshotId, what: 'the snapshot the Cinder create made' } }),
    ...onCinder,
  },
  {
    name: 'cinder: list detail',
    operationId: 'listCinderSnapshotsDetail',
    expectedStatus: 200,
    request: call('listCinderSnapshotsDetail', undefined, { query: (c) => `?volume_id=${c.volumeId}` }),
    knows: (c) => ({ listIncludes: { id: c.snapshotId, what: 'the snapshot the cloudsnapshots create made' } }),
    ...onCinder,
  },
  {
    name: 'cinder: list filters',
    operationId: 'listCinderSnapshotsDetail',
    expectedStatus: 200,
    request: call('listCinderSnapshotsDetail', undefined, {
      query: (c) => `?name=contract-suite-cinder-renamed&status=available&volume_id=${c.volumeId}`,
    }),
    waitOn: cinderSnapshot,
    waitUntil: 'available',
    knows: (c) => ({ listIncludes: { id: c.cinderSnapshotId, what: 'the snapshot that matches every filter' } }),
    ...onCinder,
    needs: ['cinder: create', 'cinder: update'],
  },
  {
    name: 'cinder: paging by marker',
    operationId: 'listCinderSnapshotsDetail',
    expectedStatus: 200,
    request: call('listCinderSnapshotsDetail', undefined, { query: (c) => `?volume_id=${c.volumeId}&limit=1` }),
    semantic: true,
    knows: (c) => ({ markerPage: { mustFind: ownOnDisk(c), maxPages: markerPagesFollowed } }),
    nextPage: {
      maxPages: markerPagesFollowed,
      request: (c, answer) => {
        const marker = nextMarker(answer);
        return marker === undefined
          ? undefined
          : call('listCinderSnapshotsDetail', undefined, {
              query: () => `?volume_id=${c.volumeId}&limit=1&marker=${encodeURIComponent(marker)}`,
            })(c);
      },
    },
    ...onCinder,
  },
  {
    name: 'cross-family: the cloudsnapshots snapshot through Cinder',
    operationId: 'showCinderSnapshot',
    expectedStatus: 200,
    request: call('showCinderSnapshot', mainSnapshot),
    waitUntil: 'available',
    semantic: true,
    knows: () => ({ agreesWithOtherFamily: true }),
    ...onCinder,
  },
  {
    name: 'cross-family: the Cinder snapshot through cloudsnapshots',
    operationId: 'showSnapshot',
    expectedStatus: 200,
    request: call('showSnapshot', cinderSnapshot),
    waitUntil: 'available',
    semantic: true,
    knows: () => ({ agreesWithOtherFamily: true }),
    family: 'openstack',
  },
  {
    name: 'metadata: show',
    operationId: 'showSnapshotMetadata',
    expectedStatus: 200,
    request: call('showSnapshotMetadata', cinderSnapshot),
    ...onCinder,
  },
  {
    name: 'metadata: add (POST merges)',
    operationId: 'createSnapshotMetadata',
    expectedStatus: 200,
    request: call('createSnapshotMetadata', cinderSnapshot, {
      body: { metadata: { team: 'storage', tier: 'silver' } },
    }),
    ...onCinder,
  },
  {
    name: 'metadata: replace (PUT replaces)',
    operationId: 'updateSnapshotMetadata',
    expectedStatus: 200,
    request: call('updateSnapshotMetadata', cinderSnapshot, { body: { metadata: { team: 'evs', tier: 'gold' } } }),
    ...onCinder,
  },
  {
    name: 'metadata: show after replace',
    operationId: 'showSnapshotMetadata',
    expectedStatus: 200,
    request: call('showSnapshotMetadata', cinderSnapshot),
    semantic: true,
    ...onCinder,
    needs: ['cinder: create', 'metadata: replace (PUT replaces)'],
  },
  {
    name: 'metadata: show key',
    operationId: 'showSnapshotMetadataItem',
    expectedStatus: 200,
    request: call('showSnapshotMetadataItem', cinderSnapshot, { key: 'team' }),
    ...onCinder,
    needs: ['cinder: create', 'metadata: replace (PUT replaces)'],
  },
  {
    name: 'metadata: set key',
    operationId: 'updateSnapshotMetadataItem',
    expectedStatus: 200,
    request: call('updateSnapshotMetadataItem', cinderSnapshot, { key: 'tier', body: { meta: { tier: 'platinum' } } }),
    ...onCinder,
  },
  {
    name: 'metadata: set a key that needs encoding',
    operationId: 'updateSnapshotMetadataItem',
    expectedStatus: 200,
    request: call('updateSnapshotMetadataItem', cinderSnapshot, {
      // A space only: an encoded slash (%2F) is refused by some gateways before the service sees it.
      key: 'contract suite key',
      body: { meta: { 'contract suite key': 'encoded in the path' } },
    }),
    ...onCinder,
  },
  {
    name: 'metadata: delete key',
    operationId: 'deleteSnapshotMetadataItem',
    expectedStatus: 200,
    request: call('deleteSnapshotMetadataItem', cinderSnapshot, { key: 'team' }),
    ...onCinder,
  },
  {
    name: 'metadata: show deleted key',
    operationId: 'showSnapshotMetadataItem',
    expectedStatus: 404,
    request: call('showSnapshotMetadataItem', cinderSnapshot, { key: 'team' }),
    semantic: true,
    preferOnMock: 'code=404',
    refuses: { rule: 'unknown id' },
    ...onCinder,
    needs: ['cinder: create', 'metadata: delete key'],
  },
  {
    name: 'metadata: delete missing key',
    operationId: 'deleteSnapshotMetadataItem',
    expectedStatus: 404,
    request: call('deleteSnapshotMetadataItem', cinderSnapshot, { key: 'contract-suite-missing' }),
    preferOnMock: 'code=404',
    refuses: { rule: 'unknown id' },
    ...onCinder,
  },
  {
    name: 'metadata: key mismatch',
    operationId: 'updateSnapshotMetadataItem',
    expectedStatus: 400,
    request: call('updateSnapshotMetadataItem', cinderSnapshot, { key: 'tier', body: { meta: { team: 'mismatch' } } }),
    preferOnMock: 'code=400',
    refuses: { rule: 'key mismatch', record: keyMismatch },
    ...onCinder,
  },
  {
    name: 'cross-family: Cinder show after the metadata calls',
    operationId: 'showCinderSnapshot',
    expectedStatus: 200,
    request: call('showCinderSnapshot', cinderSnapshot),
    semantic: true,
    ...onCinder,
  },
  {
    name: 'cross-family: update through cloudsnapshots',
    operationId: 'updateSnapshot',
    expectedStatus: 200,
    request: call('updateSnapshot', cinderSnapshot, { body: { snapshot: { name: 'contract-suite-cross' } } }),
    waitUntil: 'available',
    ...onCinder,
  },
  {
    name: 'cross-family: Cinder show after the cloudsnapshots update',
    operationId: 'showCinderSnapshot',
    expectedStatus: 200,
    request: call('showCinderSnapshot', cinderSnapshot),
    semantic: true,
    knows: () => ({ agreesWithOtherFamily: true }),
    ...onCinder,
    needs: ['cinder: create', 'cross-family: update through cloudsnapshots'],
  },
  {
    name: 'cross-family: update through Cinder',
    operationId: 'updateCinderSnapshot',
    expectedStatus: 200,
    request: call('updateCinderSnapshot', mainSnapshot, {
      body: { snapshot: { description: 'Updated through the Cinder API' } },
    }),
    waitUntil: 'available',
    ...onCinder,
  },
  {
    name: 'cross-family: cloudsnapshots show after the Cinder update',
    operationId: 'showSnapshot',
    expectedStatus: 200,
    request: call('showSnapshot', mainSnapshot),
    semantic: true,
    needs: ['cross-family: update through Cinder'],
    knows: () => ({ agreesWithOtherFamily: true }),
    family: 'openstack',
  },
];

/** The /v3 forms, on the Cinder snapshot before its delete: only with `openstackV3`. */
export const openStackV3Scenarios: readonly Scenario[] = [
  {
    name: 'cinder-v3: list with count',
    operationId: 'listCinderSnapshotsV3',
    expectedStatus: 200,
    request: call('listCinderSnapshotsV3', undefined, { query: (c) => `?volume_id=${c.volumeId}&with_count=true` }),
    knows: (c) => ({ listIncludes: { id: c.cinderSnapshotId, what: 'the snapshot the Cinder create made' } }),
    family: 'openstack-v3',
    probesFamily: true,
  },
  {
    name: 'cinder-v3: list detail sorted',
    operationId: 'listCinderSnapshotsDetailV3',
    expectedStatus: 200,
    request: call('listCinderSnapshotsDetailV3', undefined, { query: (c) => `?volume_id=${c.volumeId}&sort_dir=desc` }),
    knows: (c) => ({ listIncludes: { id: c.cinderSnapshotId, what: 'the snapshot the Cinder create made' } }),
    family: 'openstack-v3',
    needs: ['cinder: create'],
  },
  {
    name: 'cinder-v3: show',
    operationId: 'showCinderSnapshotV3',
    expectedStatus: 200,
    request: call('showCinderSnapshotV3', cinderSnapshot),
    waitUntil: 'available',
    waitVia: 'cinder',
    knows: () => ({ agreesWithOtherFamily: true }),
    family: 'openstack-v3',
    needs: ['cinder: create'],
  },
  {
    name: 'cinder-v3: update',
    operationId: 'updateCinderSnapshotV3',
    expectedStatus: 200,
    request: call('updateCinderSnapshotV3', cinderSnapshot, {
      body: { snapshot: { description: 'Updated through the Cinder v3 API' } },
    }),
    family: 'openstack-v3',
    needs: ['cinder: create'],
  },
  {
    name: 'cinder-v3: metadata set key',
    operationId: 'updateSnapshotMetadataItemV3',
    expectedStatus: 200,
    request: call('updateSnapshotMetadataItemV3', cinderSnapshot, {
      key: 'release',
      body: { meta: { release: 'v3' } },
    }),
    family: 'openstack-v3',
    needs: ['cinder: create'],
  },
  {
    name: 'cinder-v3: metadata show',
    operationId: 'showSnapshotMetadataV3',
    expectedStatus: 200,
    request: call('showSnapshotMetadataV3', cinderSnapshot),
    family: 'openstack-v3',
    needs: ['cinder: create'],
  },
  {
    name: 'cinder-v3: metadata delete key',
    operationId: 'deleteSnapshotMetadataItemV3',
    expectedStatus: 200,
    request: call('deleteSnapshotMetadataItemV3', cinderSnapshot, { key: 'release' }),
    family: 'openstack-v3',
    needs: ['cinder: create'],
  },
];

/** The Cinder delete and the read in the other family that must find the snapshot gone. */
export const openStackDeleteScenarios: readonly Scenario[] = [
  {
    name: 'cinder: delete',
    operationId: 'deleteCinderSnapshot',
    expectedStatus: 202,
    request: call('deleteCinderSnapshot', cinderSnapshot),
    waitUntil: 'available',
    ...onCinder,
  },
  {
    name: 'cross-family: cloudsnapshots show after the Cinder delete',
    operationId: 'showSnapshot',
    expectedStatus: 404,
    request: call('showSnapshot', cinderSnapshot),
    // Gone in the family that deleted it first: then the other family must not show it either.
    waitUntil: 'deleted',
    waitVia: 'cinder',
    semantic: true,
    needs: ['cinder: delete'],
    refuses: { rule: 'unknown id' },
    knows: () => ({
      because:
        'the snapshot was deleted through Cinder v2 (/v2/{project_id}/snapshots), whose show answers 404, so ' +
        'cloudsnapshots (/v2/{project_id}/cloudsnapshots) must not show it either',
    }),
    family: 'openstack',
  },
];

/** After the main snapshot's delete through cloudsnapshots: the Cinder family must not show it. */
export const openStackAfterMainDelete: readonly Scenario[] = [
  {
    name: 'cross-family: Cinder show after the cloudsnapshots delete',
    operationId: 'showCinderSnapshot',
    expectedStatus: 404,
    request: call('showCinderSnapshot', mainSnapshot),
    waitUntil: 'deleted',
    semantic: true,
    needs: ['delete'],
    refuses: { rule: 'unknown id' },
    knows: () => ({
      because:
        'the snapshot was deleted through cloudsnapshots (/v2/{project_id}/cloudsnapshots), whose show answers ' +
        '404, so Cinder v2 (/v2/{project_id}/snapshots) must not show it either',
    }),
    family: 'openstack',
  },
];
