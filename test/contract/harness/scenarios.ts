// The requests the contract suite sends, each with the status a faithful server answers.
// The same list runs against the Prism mock and, with EVS_BASE_URL, against any server.

export interface ScenarioContext {
  projectId: string;
  volumeId: string;
  /** ID of a snapshot created earlier in the run, for the update scenarios. */
  snapshotId: string | undefined;
}

export interface ScenarioRequest {
  method: 'POST' | 'PUT';
  /** Path below the base URL. */
  path: string;
  /** Raw body text, sent as is (so that malformed JSON can be sent too). */
  body: string;
  /** Whether to send X-Auth-Token. */
  authenticated: boolean;
}

export interface Scenario {
  name: string;
  operationId: 'createSnapshot' | 'updateSnapshot';
  expectedStatus: number;
  request(context: ScenarioContext): ScenarioRequest;
  /** Prism's Prefer header, for scenarios whose answer the mock cannot derive from the request. */
  preferOnMock?: string;
  /** Remember the created snapshot for later scenarios. */
  keepsSnapshot?: boolean;
}

const create = (snapshot: unknown, extra: Partial<ScenarioRequest> = {}) => (context: ScenarioContext): ScenarioRequest => ({
  method: 'POST',
  path: `/v2/${context.projectId}/cloudsnapshots`,
  body: JSON.stringify({ snapshot: typeof snapshot === 'function' ? snapshot(context) : snapshot }),
  authenticated: true,
  ...extra,
});

const update = (snapshot: unknown, id?: string) => (context: ScenarioContext): ScenarioRequest => {
  const snapshotId = id ?? context.snapshotId;
  if (!snapshotId) throw new Error('no snapshot was created earlier in the run, so there is nothing to update');
  return { method: 'PUT', path: `/v2/${context.projectId}/cloudsnapshots/${snapshotId}`, body: JSON.stringify({ snapshot }), authenticated: true };
};

const withVolume = (fields: Record<string, unknown>) => (context: ScenarioContext) => ({ volume_id: context.volumeId, ...fields });
/** A UUID no server has a snapshot for. */
const unknownSnapshotId = '00000000-0000-4000-8000-000000000000';

export const scenarios: readonly Scenario[] = [
  { name: 'create: minimal', operationId: 'createSnapshot', expectedStatus: 202, request: create(withVolume({})), keepsSnapshot: true },
  {
    name: 'create: all fields with metadata',
    operationId: 'createSnapshot',
    expectedStatus: 202,
    request: create(withVolume({ name: 'contract-suite', description: 'Created by the EVS contract suite', metadata: { owner: 'contract-suite' }, force: false })),
  },
  { name: 'create: force', operationId: 'createSnapshot', expectedStatus: 202, request: create(withVolume({ force: true })) },
  { name: 'update: name', operationId: 'updateSnapshot', expectedStatus: 200, request: update({ name: 'contract-suite-renamed' }) },
  { name: 'update: description', operationId: 'updateSnapshot', expectedStatus: 200, request: update({ description: 'Updated by the EVS contract suite' }) },
  { name: 'update: name and description', operationId: 'updateSnapshot', expectedStatus: 200, request: update({ name: 'contract-suite', description: 'Both fields' }) },
  { name: 'create: no token', operationId: 'createSnapshot', expectedStatus: 401, request: create(withVolume({}), { authenticated: false }) },
  { name: 'create: missing volume_id', operationId: 'createSnapshot', expectedStatus: 400, request: create({ name: 'no-disk' }) },
  { name: 'create: name over 255 characters', operationId: 'createSnapshot', expectedStatus: 400, request: create(withVolume({ name: 'n'.repeat(256) })) },
  {
    name: 'create: name over 255 UTF-8 bytes (86 Chinese characters)',
    operationId: 'createSnapshot',
    expectedStatus: 400,
    request: create(withVolume({ name: '快'.repeat(86) })),
    // JSON Schema counts characters, so a schema-driven mock accepts this name.
    preferOnMock: 'code=400',
  },
  { name: 'create: wrong types', operationId: 'createSnapshot', expectedStatus: 400, request: create(withVolume({ force: 'yes', metadata: { retention: 7 } })) },
  {
    name: 'create: malformed JSON',
    operationId: 'createSnapshot',
    expectedStatus: 400,
    request: (context) => ({ ...create({})(context), body: '{"snapshot": {"volume_id": ' }),
  },
  { name: 'update: unknown snapshot id', operationId: 'updateSnapshot', expectedStatus: 404, request: update({ name: 'ghost' }, unknownSnapshotId), preferOnMock: 'code=404' },
];
