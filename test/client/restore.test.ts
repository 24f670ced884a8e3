// restoreSnapshot step by step, waitForJob, and the new disk/job/quota methods, against scripted
// answers (scripted-evs.ts): which requests go out in which order, with which bodies and headers,
// and which error ends each branch.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createEvsClient,
  EvsApiError,
  type EvsClientOptions,
  EvsJobFailedError,
  EvsRestoreError,
  EvsSnapshotStateError,
  EvsValidationError,
  EvsVolumeStateError,
  EvsWaitTimeoutError,
  type FollowProgress,
  notFoundReadsAllowed,
} from '../../src/client/index.js';
import { localOptions, projectId, snapshotId, token } from './fixtures.js';
import { endpoint, jobId, jobReply, newVolumeId, notFound, ok, type ScriptedReply, scriptedFetch, snapshotReply, sourceVolumeId, volumeReply } from './scripted-evs.js';

const snapshotRoute = `GET /v2/cloudsnapshots/${snapshotId}`;
const vendorRoute = (id: string) => `GET /v2/os-vendor-volumes/${id}`;
const showRoute = (id: string) => `GET /v2/cloudvolumes/${id}`;
const jobRoute = `GET /v1/jobs/${jobId}`;
const createV2 = 'POST /v2/cloudvolumes';
const createV21 = 'POST /v2.1/cloudvolumes';

/** A client over a script, with fast polls. */
function over(script: Record<string, ScriptedReply[]>, extra: Partial<EvsClientOptions> = {}) {
  const scripted = scriptedFetch(script);
  const client = createEvsClient(localOptions(endpoint, { fetch: scripted.fetch, ...extra }));
  return { client, ...scripted };
}

/** The script of a restore that goes well on Open Telekom Cloud's calls. */
const happyV2 = (overrides: Record<string, ScriptedReply[]> = {}): Record<string, ScriptedReply[]> => ({
  [snapshotRoute]: [snapshotReply('available', 10)],
  [vendorRoute(sourceVolumeId)]: [volumeReply(sourceVolumeId, 'in-use')],
  [createV2]: [ok({ job_id: jobId })],
  [jobRoute]: [jobReply('INIT'), jobReply('RUNNING'), jobReply('SUCCESS')],
  [vendorRoute(newVolumeId)]: [volumeReply(newVolumeId, 'creating'), volumeReply(newVolumeId, 'available', { snapshot_id: snapshotId })],
  ...overrides,
});

const fast = { intervalMs: 1 } as const;
const failure = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => new Error('resolved'),
    (error: unknown) => error,
  );

describe('restoreSnapshot', () => {
  it("v2: reads the snapshot and its source disk (os-vendor-volumes), creates a disk of the snapshot's size in that disk's zone and type, follows the job and the disk, and resolves with the available disk", async () => {
    const { client, requests, routes } = over(happyV2());
    const progress: FollowProgress[] = [];
    const volume = await client.restoreSnapshot(snapshotId, { name: 'restored', ...fast, onProgress: (p) => progress.push(p) });
    expect(volume).toMatchObject({ id: newVolumeId, status: 'available', snapshot_id: snapshotId });
    expect(routes()).toEqual([snapshotRoute, vendorRoute(sourceVolumeId), createV2, jobRoute, jobRoute, jobRoute, vendorRoute(newVolumeId), vendorRoute(newVolumeId)]);
    const create = requests.find((r) => r.method === 'POST');
    expect(JSON.parse(create?.body ?? '')).toEqual({
      volume: { name: 'restored', availability_zone: 'eu-de-02', volume_type: 'SAS', size: 10, snapshot_id: snapshotId },
    });
    expect(create?.headers.has('X-Client-Token')).toBe(false);
    expect(progress.map((p) => `${p.resource} ${p.status}`)).toEqual(['job INIT', 'job RUNNING', 'job SUCCESS', 'volume creating', 'volume available']);
  });

  it('v2.1: reads disks on cloudvolumes, posts to /v2.1 with a fresh UUID as X-Client-Token, and sends a larger size as given', async () => {
    const { client, requests, routes } = over({
      [snapshotRoute]: [snapshotReply('available', 10)],
      [showRoute(sourceVolumeId)]: [volumeReply(sourceVolumeId, 'available')],
      [createV21]: [{ status: 202, body: { job_id: jobId, volume_ids: [newVolumeId] } }],
      [jobRoute]: [jobReply('SUCCESS')],
      [showRoute(newVolumeId)]: [volumeReply(newVolumeId, 'available')],
    });
    await expect(client.restoreSnapshot(snapshotId, { api: 'v2.1', size: 20, ...fast })).resolves.toMatchObject({ id: newVolumeId });
    expect(routes()).toEqual([snapshotRoute, showRoute(sourceVolumeId), createV21, jobRoute, showRoute(newVolumeId)]);
    const create = requests.find((r) => r.method === 'POST');
    expect(create?.headers.get('X-Client-Token')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.parse(create?.body ?? '').volume.size).toBe(20);
  });

  it('v2.1: a create answered 503 (or whose connection reset) is sent again with the same X-Client-Token, the one the caller gave', async () => {
    const clientToken = '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';
    const { client, requests } = over({
      [snapshotRoute]: [snapshotReply('available')],
      [showRoute(sourceVolumeId)]: [volumeReply(sourceVolumeId, 'available')],
      [createV21]: [{ status: 503, body: { error: { code: 'EVS.5503', message: 'busy' } } }, 'reset', { status: 202, body: { job_id: jobId } }],
      [jobRoute]: [jobReply('SUCCESS')],
      [showRoute(newVolumeId)]: [volumeReply(newVolumeId, 'available')],
    });
    await client.restoreSnapshot(snapshotId, { api: 'v2.1', clientToken, ...fast });
    const creates = requests.filter((r) => r.method === 'POST');
    expect(creates.map((r) => r.headers.get('X-Client-Token'))).toEqual([clientToken, clientToken, clientToken]);
    expect(new Set(creates.map((r) => r.body)).size).toBe(1);
  });

  it('v2.1: each restore without a clientToken sends a token of its own', async () => {
    const script = () => ({
      [snapshotRoute]: [snapshotReply('available')],
      [showRoute(sourceVolumeId)]: [volumeReply(sourceVolumeId, 'available')],
      [createV21]: [{ status: 202, body: { job_id: jobId } }],
      [jobRoute]: [jobReply('SUCCESS')],
      [showRoute(newVolumeId)]: [volumeReply(newVolumeId, 'available')],
    });
    const { client, requests } = over(script());
    await client.restoreSnapshot(snapshotId, { api: 'v2.1', ...fast });
    await client.restoreSnapshot(snapshotId, { api: 'v2.1', ...fast });
    const tokens = requests.filter((r) => r.method === 'POST').map((r) => r.headers.get('X-Client-Token'));
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  it('v2: a create answered 503 is not sent again (no idempotency key), and the error names the code', async () => {
    const { client, routes } = over(happyV2({ [createV2]: [{ status: 503, body: { error: { code: 'EVS.2001', message: 'submit job failed!' } } }] }));
    const error = await failure(client.restoreSnapshot(snapshotId, fast));
    expect(error).toBeInstanceOf(EvsApiError);
    expect(error).toMatchObject({ operation: 'restoreSnapshot', status: 503, code: 'EVS.2001', attempts: 1 });
    expect(routes().filter((r) => r === createV2)).toHaveLength(1);
  });

  it.each(['creating', 'error', 'deleting', 'rollbacking'])('refuses a snapshot that is %s, naming its status, and reads nothing more', async (status) => {
    const { client, routes } = over(happyV2({ [snapshotRoute]: [snapshotReply(status)] }));
    const error = await failure(client.restoreSnapshot(snapshotId, fast));
    expect(error).toBeInstanceOf(EvsSnapshotStateError);
    expect(error).toMatchObject({ operation: 'restoreSnapshot', status, snapshotId });
    expect((error as Error).message).toBe(
      `restoreSnapshot: snapshot ${snapshotId} cannot be restored while it is ${status}: the service restores only an available (or backing-up) snapshot and refuses others with EVS.2043`,
    );
    expect(routes()).toEqual([snapshotRoute]);
  });

  it('restores a backing-up snapshot, which the service accepts too', async () => {
    const { client } = over(happyV2({ [snapshotRoute]: [snapshotReply('backing-up')] }));
    await expect(client.restoreSnapshot(snapshotId, fast)).resolves.toMatchObject({ id: newVolumeId });
  });

  it("refuses a size below the snapshot's before the create is sent, naming both sizes", async () => {
    const { client, routes } = over(happyV2({ [snapshotRoute]: [snapshotReply('available', 40)] }));
    const error = await failure(client.restoreSnapshot(snapshotId, { size: 20, ...fast }));
    expect(error).toBeInstanceOf(EvsValidationError);
    expect(error).toMatchObject({ operation: 'restoreSnapshot', field: 'options.size', rule: 'minimum' });
    expect((error as Error).message).toContain(`must be at least the size of snapshot ${snapshotId}, 40 GB (asked: 20 GB)`);
    expect(routes()).toEqual([snapshotRoute, vendorRoute(sourceVolumeId)]);
  });

  it('refuses bad options before anything is sent: a clientToken without v2.1, one of the wrong length, an unknown api or option, a size that is not a whole number', async () => {
    const { client, requests } = over(happyV2());
    const cases: [unknown, string, string][] = [
      [{ clientToken: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a' }, 'options.clientToken', 'dependency'],
      [{ api: 'v2.1', clientToken: 'short' }, 'options.clientToken', 'length'],
      [{ api: 'v3' }, 'options.api', 'enum'],
      [{ zone: 'eu-de-01' }, 'options.zone', 'additionalProperties'],
      [{ size: 10.5 }, 'options.size', 'type'],
      [{ intervalMs: 0 }, 'options.intervalMs', 'range'],
    ];
    for (const [options, field, rule] of cases) {
      const error = await failure(client.restoreSnapshot(snapshotId, options as never));
      expect(error, JSON.stringify(options)).toBeInstanceOf(EvsValidationError);
      expect(error, JSON.stringify(options)).toMatchObject({ field, rule });
    }
    await expect(client.restoreSnapshot('../detail')).rejects.toMatchObject({ name: 'EvsValidationError', field: 'snapshot_id' });
    expect(requests).toEqual([]);
  });

  it('a name the create rules refuse is refused before the create is sent', async () => {
    const { client, routes } = over(happyV2());
    const error = await failure(client.restoreSnapshot(snapshotId, { name: 'x'.repeat(300), ...fast }));
    expect(error).toMatchObject({ name: 'EvsValidationError', operation: 'restoreSnapshot', field: 'volume.name' });
    expect(routes()).not.toContain(createV2);
  });

  it('a source disk that is not found ends the restore with EvsRestoreError before anything is created', async () => {
    const { client, routes } = over(happyV2({ [vendorRoute(sourceVolumeId)]: [notFound] }));
    const error = await failure(client.restoreSnapshot(snapshotId, fast));
    expect(error).toBeInstanceOf(EvsRestoreError);
    expect((error as Error).message).toContain(`its source disk ${sourceVolumeId} was not found (404)`);
    expect(routes()).not.toContain(createV2);
  });

  it('a job that ends FAIL rejects with EvsJobFailedError naming error_code, fail_reason and the new disk', async () => {
    const failed = jobReply('FAIL', { error_code: 'EVS.2024', fail_reason: 'volume is error!' });
    const { client, routes } = over(happyV2({ [jobRoute]: [jobReply('RUNNING'), failed] }));
    const error = await failure(client.restoreSnapshot(snapshotId, fast));
    expect(error).toBeInstanceOf(EvsJobFailedError);
    expect(error).toMatchObject({ operation: 'restoreSnapshot', jobId, errorCode: 'EVS.2024', failReason: 'volume is error!', volumeId: newVolumeId });
    expect((error as Error).message).toBe(`restoreSnapshot: createVolume job ${jobId} (disk ${newVolumeId}) failed with EVS.2024: volume is error!`);
    expect(routes().filter((r) => r === vendorRoute(newVolumeId))).toEqual([]);
  });

  it.each(['error', 'error_restoring', 'error_extending', 'error_deleting', 'error_rollbacking'])(
    'a new disk that turns %s rejects with EvsVolumeStateError naming that status',
    async (status) => {
      const { client } = over(happyV2({ [vendorRoute(newVolumeId)]: [volumeReply(newVolumeId, 'creating'), volumeReply(newVolumeId, status)] }));
      const error = await failure(client.restoreSnapshot(snapshotId, fast));
      expect(error).toBeInstanceOf(EvsVolumeStateError);
      expect(error).toMatchObject({ operation: 'restoreSnapshot', volumeId: newVolumeId, status });
      expect((error as Error).message).toBe(`restoreSnapshot: disk ${newVolumeId} will not become available: it is ${status}`);
    },
  );

  it('a new disk that answers 404 right after its job succeeded is read again, and the restore resolves once it is available', async () => {
    const { client, routes } = over(happyV2({ [vendorRoute(newVolumeId)]: [notFound, notFound, volumeReply(newVolumeId, 'creating'), volumeReply(newVolumeId, 'available')] }));
    await expect(client.restoreSnapshot(snapshotId, fast)).resolves.toMatchObject({ id: newVolumeId, status: 'available' });
    expect(routes().filter((r) => r === vendorRoute(newVolumeId))).toHaveLength(4);
  });

  it(`a new disk that answers 404 more than ${notFoundReadsAllowed} times in a row fails, saying how often`, async () => {
    const { client, routes } = over(happyV2({ [vendorRoute(newVolumeId)]: [notFound] }));
    const error = await failure(client.restoreSnapshot(snapshotId, fast));
    expect(error).toBeInstanceOf(EvsVolumeStateError);
    expect((error as Error).message).toContain(`it was not found (404) ${notFoundReadsAllowed + 1} times in a row after its job succeeded`);
    expect(routes().filter((r) => r === vendorRoute(newVolumeId))).toHaveLength(notFoundReadsAllowed + 1);
  });

  it("an abort during the wait rejects with the caller's reason and sends nothing more", async () => {
    const controller = new AbortController();
    const reason = new Error('the caller gave up');
    const { client, routes } = over(happyV2({ [jobRoute]: [jobReply('RUNNING')] }));
    const restoring = client.restoreSnapshot(snapshotId, {
      intervalMs: 50,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.poll === 2) controller.abort(reason);
      },
    });
    await expect(restoring).rejects.toBe(reason);
    const sent = routes().length;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(routes().length).toBe(sent);
    expect(routes().filter((r) => r === jobRoute)).toHaveLength(2);
  });

  it('the timeout covers the job and the disk together; EvsWaitTimeoutError names what it waited on, the last status and the snapshot', async () => {
    const { client } = over(happyV2({ [jobRoute]: [jobReply('RUNNING')] }));
    const error = await failure(client.restoreSnapshot(snapshotId, { intervalMs: 20, timeoutMs: 60 }));
    expect(error).toBeInstanceOf(EvsWaitTimeoutError);
    expect(error).toMatchObject({ operation: 'restoreSnapshot', resource: 'job', resourceId: jobId, lastStatus: 'RUNNING', snapshotId, timeoutMs: 60 });
  });

  it('an 8 KB token echoed by the service in a status, an error_code and a fail_reason never shows in the error', async () => {
    const echo = `${token}`;
    for (const script of [
      happyV2({ [snapshotRoute]: [snapshotReply(`odd ${echo}`)] }),
      happyV2({ [jobRoute]: [jobReply('FAIL', { error_code: echo, fail_reason: `rejected ${echo}`, job_type: echo })] }),
      happyV2({ [jobRoute]: [jobReply(echo)] }),
    ]) {
      const { client } = over(script);
      const error = await failure(client.restoreSnapshot(snapshotId, { intervalMs: 1, timeoutMs: 50 }));
      expect(error).toBeInstanceOf(Error);
      for (const text of [String(error), inspect(error, { depth: 8, showHidden: true }), JSON.stringify(error), (error as Error).stack ?? '']) expect(text).not.toContain(token);
    }
  });

  it('a create that answers only an order (a prepaid disk) ends in EvsResponseError: restoreSnapshot does not follow orders', async () => {
    const { client } = over(happyV2({ [createV2]: [ok({ order_id: 'CS2401011200ABCDE' })] }));
    await expect(client.restoreSnapshot(snapshotId, fast)).rejects.toMatchObject({
      name: 'EvsResponseError',
      message: expect.stringContaining('without a job_id (order CS2401011200ABCDE)'),
    });
  });
});

describe('waitForJob', () => {
  it('waits through INIT, RUNNING and statuses it does not know, and resolves with the job at SUCCESS', async () => {
    const { client } = over({ [jobRoute]: [jobReply('INIT'), jobReply('WAITING_EXECUTE'), jobReply('QUEUED_SOMEWHERE'), jobReply('RUNNING'), jobReply('SUCCESS')] });
    const seen: string[] = [];
    const job = await client.waitForJob(jobId, { intervalMs: 1, onProgress: (p) => seen.push(p.status) });
    expect(job).toMatchObject({ job_id: jobId, status: 'SUCCESS' });
    expect(seen).toEqual(['INIT', 'WAITING_EXECUTE', 'QUEUED_SOMEWHERE', 'RUNNING', 'SUCCESS']);
  });

  it('rejects at FAIL with EvsJobFailedError naming error_code and fail_reason', async () => {
    const { client } = over({ [jobRoute]: [jobReply('FAIL', { error_code: 'EVS.2024', fail_reason: 'volume is error!' })] });
    const error = await failure(client.waitForJob(jobId));
    expect(error).toBeInstanceOf(EvsJobFailedError);
    expect((error as Error).message).toBe(`waitForJob: createVolume job ${jobId} (disk ${newVolumeId}) failed with EVS.2024: volume is error!`);
  });

  it('times out with EvsWaitTimeoutError for the job, its last status and no snapshot', async () => {
    const { client } = over({ [jobRoute]: [jobReply('RUNNING')] });
    const error = await failure(client.waitForJob(jobId, { intervalMs: 20, timeoutMs: 50 }));
    expect(error).toMatchObject({ name: 'EvsWaitTimeoutError', operation: 'waitForJob', resource: 'job', resourceId: jobId, lastStatus: 'RUNNING', snapshotId: undefined });
    expect((error as Error).message).toBe(`job ${jobId} did not become SUCCESS within 50 ms; last status: RUNNING`);
  });

  it("passes on the service's error for an unknown job (400 Common.0011) and refuses an ID that would change the path", async () => {
    const { client, requests } = over({ [jobRoute]: [{ status: 400, body: { error: { code: 'Common.0011', message: 'query job fail.' } } }] });
    await expect(client.waitForJob(jobId)).rejects.toMatchObject({ name: 'EvsApiError', operation: 'waitForJob', code: 'Common.0011' });
    await expect(client.waitForJob('../jobs')).rejects.toMatchObject({ name: 'EvsValidationError', field: 'job_id' });
    expect(requests).toHaveLength(1);
  });
});

describe('the disk, job and quota methods', () => {
  it('createVolume reads a 200 and createVolumeV21 a 202 (each a documented success status)', async () => {
    const { client, requests } = over({
      [createV2]: [ok({ job_id: jobId })],
      [createV21]: [{ status: 202, body: { job_id: jobId, volume_ids: [newVolumeId] } }],
    });
    const volume = { availability_zone: 'eu-de-01', volume_type: 'SSD' as const, size: 10, snapshot_id: snapshotId };
    await expect(client.createVolume(volume)).resolves.toEqual({ job_id: jobId });
    await expect(client.createVolumeV21({ volume }, { clientToken: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a' })).resolves.toEqual({ job_id: jobId, volume_ids: [newVolumeId] });
    expect(requests.map((r) => r.headers.get('X-Client-Token'))).toEqual([null, '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a']);
  });

  it('createVolume refuses two data sources (dependentSchemas) and a request body that is not an object, sending nothing', async () => {
    const { client, requests } = over({});
    const error = await failure(client.createVolume({ availability_zone: 'eu-de-01', volume_type: 'SSD', size: 10, snapshot_id: snapshotId, imageRef: 'img' }));
    expect(error).toMatchObject({ name: 'EvsValidationError', rule: 'dependentSchemas', field: 'volume.imageRef' });
    await expect(client.createVolumeV21(null as never)).rejects.toMatchObject({ name: 'EvsValidationError', field: 'request' });
    expect(requests).toEqual([]);
  });

  it('createVolume is not retried on 503; createVolumeV21 with a clientToken is, without one it is not', async () => {
    const busy: ScriptedReply = { status: 503, body: { error: { code: 'EVS.5503', message: 'busy' } } };
    const { client, routes } = over({ [createV2]: [busy], [createV21]: [busy] });
    const volume = { availability_zone: 'eu-de-01', volume_type: 'SSD' as const, size: 10 };
    await expect(client.createVolume(volume)).rejects.toMatchObject({ status: 503, attempts: 1 });
    await expect(client.createVolumeV21({ volume })).rejects.toMatchObject({ status: 503, attempts: 1 });
    await expect(client.createVolumeV21({ volume }, { clientToken: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a' })).rejects.toMatchObject({ status: 503, attempts: 3 });
    expect(routes()).toEqual([createV2, createV21, createV21, createV21, createV21]);
  });

  it('showVolume, showVendorVolume, deleteVolume and showJob unwrap what their calls return', async () => {
    const { client } = over({
      [showRoute(newVolumeId)]: [volumeReply(newVolumeId, 'available')],
      [vendorRoute(newVolumeId)]: [volumeReply(newVolumeId, 'creating')],
      [`DELETE /v2/cloudvolumes/${newVolumeId}`]: [ok({ job_id: jobId })],
      [jobRoute]: [jobReply('RUNNING')],
    });
    expect((await client.showVolume(newVolumeId)).status).toBe('available');
    expect((await client.showVendorVolume(newVolumeId)).status).toBe('creating');
    expect(await client.deleteVolume(newVolumeId)).toEqual({ job_id: jobId });
    expect((await client.showJob(jobId)).status).toBe('RUNNING');
  });

  it('showQuotas reads the own project by default, another when given, always with usage=True', async () => {
    const other = '0123456789abcdef0123456789abcdef';
    const entry = { in_use: 1, limit: -1, reserved: 0 };
    const quota = (id: string) => ok({ quota_set: { id, volumes: entry, snapshots: entry, gigabytes: entry } });
    const { client, requests } = over({ [`GET /v2/os-quota-sets/${projectId}`]: [quota(projectId)], [`GET /v2/os-quota-sets/${other}`]: [quota(other)] });
    expect((await client.showQuotas()).id).toBe(projectId);
    expect((await client.showQuotas(other)).id).toBe(other);
    expect(requests.map((r) => r.query.get('usage'))).toEqual(['True', 'True']);
  });

  it('a 2xx body without what the client hands on is an EvsResponseError', async () => {
    const { client } = over({ [jobRoute]: [ok({ job_id: jobId })], [createV2]: [ok({})] });
    await expect(client.showJob(jobId)).rejects.toThrow('showJob got HTTP 200 but the body is no job with a job_id and a status');
    await expect(client.createVolume({ availability_zone: 'eu-de-01', volume_type: 'SSD', size: 10 })).rejects.toThrow(
      'createVolume got HTTP 200 but the body has neither a job_id nor an order_id',
    );
  });
});
