// The requests the contract suite sends, in order, each with the status a faithful server
// answers. The same list runs against the Prism mock and, with EVS_BASE_URL, against any server:
// it creates its own snapshots, exercises every operation on them and deletes them again.
import {
  openStackAfterMainDelete,
  openStackDeleteScenarios,
  openStackScenarios,
  openStackV3Scenarios,
} from './cinder-scenarios.js';
import { quotaScenarios, restoreScenarios } from './restore-scenarios.js';
import type { Scenario, ScenarioContext, ScenarioRequest } from './scenario.js';
import { Unmet } from './unmet.js';

export type { OperationId } from '../../generated/spec-constants.js';

export type { RequestTargetName, Scenario, ScenarioContext, ScenarioRequest } from './scenario.js';
export { Unmet } from './unmet.js';

const collection = (context: ScenarioContext) => `/v2/${context.projectId}/cloudsnapshots`;
const main = (context: ScenarioContext): string => {
  if (!context.snapshotId)
    throw new Unmet(
      'no snapshot was created earlier in the run (create: minimal did not run or failed), so there is nothing to ' +
        'work on',
    );
  return context.snapshotId;
};
/** The snapshots of this run on the disk, not yet deleted. */
const ownOnDisk = (context: ScenarioContext): number =>
  [...context.expected.values()].filter((e) => e.volume_id.toLowerCase() === context.volumeId.toLowerCase()).length;
/**
 * One page of the disk's snapshots, one a page: no overlap with the earlier
 * pages, the same count, and a count that is not the page's length.
 */
const pageScenario = (index: number): Scenario => ({
  name: `list: page ${index + 1} by offset`,
  operationId: 'listSnapshots',
  expectedStatus: 200,
  request: (c) => list(`?volume_id=${c.volumeId}&limit=1&offset=${index}`)(c),
  semantic: true,
  knows: (context) => ({
    listCount: { atLeast: ownOnDisk(context), what: "number of this run's snapshots on the disk" },
    nextPage: true,
  }),
});

const create =
  (fields: (context: ScenarioContext) => unknown, extra: Partial<ScenarioRequest> = {}) =>
  (context: ScenarioContext): ScenarioRequest => ({
    method: 'POST',
    path: collection(context),
    body: JSON.stringify({ snapshot: fields(context) }),
    authenticated: true,
    ...extra,
  });
const onSnapshot =
  (method: ScenarioRequest['method'], body?: unknown, id: (context: ScenarioContext) => string = main, suffix = '') =>
  (context: ScenarioContext): ScenarioRequest => ({
    method,
    path: `${collection(context)}/${id(context)}${suffix}`,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    authenticated: true,
  });
const list =
  (query: string) =>
  (context: ScenarioContext): ScenarioRequest => ({
    method: 'GET',
    path: `${collection(context)}/detail${query}`,
    authenticated: true,
  });
const disk =
  (fields: Record<string, unknown> = {}) =>
  (context: ScenarioContext) => ({ volume_id: context.volumeId, ...fields });
const other =
  (index: number) =>
  (context: ScenarioContext): string => {
    const id = context.others[index];
    if (!id)
      throw new Unmet(
        `the run did not create the snapshot this clean-up deletes (create scenario ${index + 2} did not run or ` +
          `failed)`,
      );
    return id;
  };

/** A UUID no server has a snapshot for. */
const unknownSnapshotId = '00000000-0000-4000-8000-000000000000';
const unknown = () => unknownSnapshotId;

export const scenarios: readonly Scenario[] = [
  {
    name: 'create: minimal',
    operationId: 'createSnapshot',
    expectedStatus: 202,
    request: create(disk()),
    keepsSnapshot: 'main',
  },
  {
    name: 'create: all fields with metadata',
    operationId: 'createSnapshot',
    expectedStatus: 202,
    request: create(
      disk({
        name: 'contract-suite',
        description: 'Created by the EVS contract suite',
        metadata: { owner: 'contract-suite' },
        force: false,
      }),
    ),
    keepsSnapshot: 'other',
  },
  {
    name: 'create: force',
    operationId: 'createSnapshot',
    expectedStatus: 202,
    request: create(disk({ force: true })),
    keepsSnapshot: 'other',
  },
  ...quotaScenarios,
  { name: 'show', operationId: 'showSnapshot', expectedStatus: 200, request: onSnapshot('GET') },
  {
    name: 'update: name',
    operationId: 'updateSnapshot',
    expectedStatus: 200,
    request: onSnapshot('PUT', { snapshot: { name: 'contract-suite-renamed' } }),
  },
  {
    name: 'update: description',
    operationId: 'updateSnapshot',
    expectedStatus: 200,
    request: onSnapshot('PUT', { snapshot: { description: 'Updated by the EVS contract suite' } }),
  },
  {
    name: 'update: name and description',
    operationId: 'updateSnapshot',
    expectedStatus: 200,
    request: onSnapshot('PUT', { snapshot: { name: 'contract-suite-main', description: 'Both fields' } }),
  },
  {
    name: 'show: after update',
    operationId: 'showSnapshot',
    expectedStatus: 200,
    request: onSnapshot('GET'),
    semantic: true,
  },
  {
    name: 'list: no filters',
    operationId: 'listSnapshots',
    expectedStatus: 200,
    request: list(''),
    knows: (context) => ({ listCount: { atLeast: context.expected.size, what: "number of this run's snapshots" } }),
  },
  {
    name: 'list: filters',
    operationId: 'listSnapshots',
    expectedStatus: 200,
    request: (c) => list(`?name=contract-suite-main&volume_id=${c.volumeId}&status=available`)(c),
    // The main snapshot matches all three filters once it is available and renamed.
    waitUntil: 'available',
    needs: ['update: name and description'],
    waitOn: (c) => main(c),
    knows: (context) => ({ listIncludes: { id: context.snapshotId, what: 'the snapshot that matches every filter' } }),
  },
  pageScenario(0),
  pageScenario(1),
  pageScenario(2),
  { name: 'list: paging', operationId: 'listSnapshots', expectedStatus: 200, request: list('?offset=1&limit=1') },
  {
    name: 'list: repeated id',
    operationId: 'listSnapshots',
    expectedStatus: 200,
    request: (c) => list(`?id=${main(c)}&id=${unknownSnapshotId}`)(c),
    knows: (context) => ({ listIncludes: { id: context.snapshotId, what: 'the snapshot whose id was asked for' } }),
  },
  ...openStackScenarios,
  ...openStackV3Scenarios,
  ...openStackDeleteScenarios,
  ...restoreScenarios,

  {
    name: 'create: no token',
    operationId: 'createSnapshot',
    expectedStatus: 401,
    request: create(disk(), { authenticated: false }),
    refuses: { rule: 'no credentials' },
  },
  {
    name: 'create: missing volume_id',
    operationId: 'createSnapshot',
    expectedStatus: 400,
    request: create(() => ({ name: 'no-disk' })),
    refuses: { rule: 'required', target: 'createSnapshotRequest', path: ['snapshot', 'volume_id'] },
  },
  {
    name: 'create: name over 255 characters',
    operationId: 'createSnapshot',
    expectedStatus: 400,
    request: create(disk({ name: 'n'.repeat(256) })),
    refuses: { rule: 'maxLength', target: 'createSnapshotRequest', path: ['snapshot', 'name'] },
  },
  {
    name: 'create: name over 255 UTF-8 bytes (86 Chinese characters)',
    operationId: 'createSnapshot',
    expectedStatus: 400,
    request: create(disk({ name: '快'.repeat(86) })),
    refuses: { rule: 'maxBytes', target: 'createSnapshotRequest', path: ['snapshot', 'name'] },
    // JSON Schema counts characters, so a schema-driven mock accepts this name.
    preferOnMock: 'code=400',
  },
  {
    name: 'create: wrong types',
    operationId: 'createSnapshot',
    expectedStatus: 400,
    request: create(disk({ force: 'yes', metadata: { retention: 7 } })),
    refuses: { rule: 'type', target: 'createSnapshotRequest', path: ['snapshot', 'force'] },
  },
  {
    name: 'create: malformed JSON',
    operationId: 'createSnapshot',
    expectedStatus: 400,
    request: (c) => ({ ...create(() => ({}))(c), body: '{"snapshot": {"volume_id": ' }),
    refuses: { rule: 'malformed json' },
  },
  {
    name: 'list: limit over 1000',
    operationId: 'listSnapshots',
    expectedStatus: 400,
    request: list('?limit=1001'),
    refuses: { rule: 'maximum', target: 'listSnapshotsQuery', path: ['limit'] },
  },
  {
    name: 'update: unknown snapshot id',
    operationId: 'updateSnapshot',
    expectedStatus: 404,
    request: onSnapshot('PUT', { snapshot: { name: 'ghost' } }, unknown),
    preferOnMock: 'code=404',
    refuses: { rule: 'unknown id' },
  },
  {
    name: 'show: unknown snapshot id',
    operationId: 'showSnapshot',
    expectedStatus: 404,
    request: onSnapshot('GET', undefined, unknown),
    preferOnMock: 'code=404',
    refuses: { rule: 'unknown id' },
  },
  {
    name: 'delete: unknown snapshot id',
    operationId: 'deleteSnapshot',
    expectedStatus: 404,
    request: onSnapshot('DELETE', undefined, unknown),
    preferOnMock: 'code=404',
    refuses: { rule: 'unknown id' },
  },
  {
    name: 'rollback: unknown snapshot id',
    operationId: 'rollbackSnapshot',
    expectedStatus: 404,
    request: (c) => onSnapshot('POST', { rollback: { volume_id: c.volumeId } }, unknown, '/rollback')(c),
    preferOnMock: 'code=404',
    refuses: { rule: 'unknown id' },
  },
  {
    name: 'rollback: missing volume_id',
    operationId: 'rollbackSnapshot',
    expectedStatus: 400,
    request: onSnapshot('POST', { rollback: { name: 'no-disk' } }, main, '/rollback'),
    refuses: { rule: 'required', target: 'rollbackRequest', path: ['rollback', 'volume_id'] },
  },

  {
    name: 'rollback: to the source disk',
    operationId: 'rollbackSnapshot',
    expectedStatus: 202,
    request: (c) => onSnapshot('POST', { rollback: { volume_id: c.volumeId } }, main, '/rollback')(c),
    waitUntil: 'available',
    destructive: true,
  },
  {
    name: 'delete',
    operationId: 'deleteSnapshot',
    expectedStatus: 202,
    request: onSnapshot('DELETE'),
    waitUntil: 'available',
  },
  {
    name: 'show: after delete',
    operationId: 'showSnapshot',
    expectedStatus: 404,
    request: onSnapshot('GET'),
    waitUntil: 'deleted',
    semantic: true,
    needs: ['delete'],
    refuses: { rule: 'unknown id' },
  },
  ...openStackAfterMainDelete,
  {
    name: 'delete: clean up the second snapshot',
    operationId: 'deleteSnapshot',
    expectedStatus: 202,
    request: onSnapshot('DELETE', undefined, other(0)),
    waitUntil: 'available',
  },
  {
    name: 'delete: clean up the third snapshot',
    operationId: 'deleteSnapshot',
    expectedStatus: 202,
    request: onSnapshot('DELETE', undefined, other(1)),
    waitUntil: 'available',
  },
];
