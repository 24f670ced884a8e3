// One contract run's connection to the target and its bookkeeping: it sends a case, checks the
// answer (schema, then behaviour), tracks what the run created and set, enforces the cap on
// creates, waits for snapshot states, and deletes what is left at the end.
import type { OperationId } from '../../generated/spec-constants.js';
import { isRecord } from '../shared/is-record.js';
import { createRedactor, excerpt } from '../shared/redact.js';
import { isUuid } from '../shared/uuid.js';
import {
  type CaseKnowledge,
  type CaseRefusal,
  checkContextOf,
  type ExpectedStatus,
  expectedText,
} from './check-context.js';
import { checkRegistry, type RegisteredCheck, runChecks } from './check-registry.js';
import type { ContractViolation } from './checker.js';
import { applyMetadata, familyOf } from './cinder-semantics.js';
import { secretsOf } from './credentials.js';
import { deletableDisk, diskCreates, diskPath, jobPath, madeDiskOf, pathVolumeId } from './disks.js';
import { emptyClassCounts, settle } from './findings.js';
import { NoAnswer, send, type Transport, type WireAnswer, type WireRequest } from './http.js';
import type { ResolvedOptions } from './options.js';
import type { CaseRequest, CaseResponse, CaseResult } from './result.js';
import { type Expected, type MadeDisk, newRunContext, type RunContext } from './run-context.js';
import { pathSnapshotId, sentFields } from './semantics.js';

/** After this many requests in a row without an answer, the run sends nothing more. */
const maxUnanswered = 3;

/** A body bigger than this is cut and reported: a list page of 1,000 snapshots is about 1 MB. */
const maxBodyBytes = 8 * 1024 * 1024;

/** How long an interrupted run goes on deleting what it created: a cancelled CI job is killed soon after. */
export const interruptedCleanUpMs = 60_000;

/** A pause that ends early, with false, when `stop` aborts. */
const pause = (ms: number, stop: AbortSignal): Promise<boolean> =>
  new Promise((resolve) => {
    if (stop.aborted) return resolve(false);
    const done = (): void => {
      clearTimeout(timer);
      stop.removeEventListener('abort', done);
      resolve(!stop.aborted);
    };
    const timer = setTimeout(done, ms);
    stop.addEventListener('abort', done, { once: true });
  });

export interface CaseSpec {
  name: string;
  kind: CaseResult['kind'];
  operationId: OperationId;
  request: WireRequest;
  /** One status, or a check of the status (generated rule breaks: any documented 4xx). */
  expectedStatus: ExpectedStatus;
  preferOnMock?: string | undefined;
  /** A rule-breaking request: the check of its refusal and the rule's record (its class, from the spec). */
  refusal?: CaseRefusal | undefined;
  /** What the case knows its answer must hold beyond what its request says (the list scenarios). */
  knows?: CaseKnowledge | undefined;
}

export class Session {
  readonly context: RunContext;
  readonly redact: (text: string) => string;
  /** Creates answered 2xx. */
  snapshotsMade = 0;
  /** Disk creates answered 2xx or not answered at all (each may have made a disk): the cap on disks counts them. */
  disksMade = 0;
  /** Requests checked per class, and cases with findings per class. */
  readonly classCounts = emptyClassCounts();
  /**
   * Creates with no answer that may have reached the target (each may have made a snapshot); the cap counts them too.
   */
  createsUnanswered = 0;
  /** Requests that got no answer, and the last one's cause. */
  noAnswer: { requests: number; last: string } | undefined;
  private readonly deleted = new Set<string>();
  /**
   * Set when the run must send nothing more: the credentials were
   * refused, the target stopped answering, or the run was interrupted.
   */
  stopReason: string | undefined;
  credentialsRefused = false;
  /** The target gave no answer to several requests in a row: the clean-up does not ask it again. */
  private targetGone = false;
  /** The abort reason of the run's signal, once it aborted. */
  interrupted: string | undefined;
  /** A created snapshot shown under another id: the answers come from a stateless mock's examples. */
  statelessSign: { created: string; shown: string } | undefined;
  private authenticatedAnswered = false;
  private unanswered = 0;
  private readonly transport: Transport;
  /** Aborted on interruption: waits of the cases end at once. */
  private readonly caseStop = new AbortController();
  /** Aborted by a second signal or when the interrupted clean-up's time is up: every request under way is abandoned. */
  private readonly hardStop = new AbortController();
  private cleanUpTimer: NodeJS.Timeout | undefined;
  private readonly endHardStop = (): void => this.abortAll();

  constructor(
    readonly options: ResolvedOptions,
    private readonly cleanUpMs = interruptedCleanUpMs,
    /** The checks each answer goes through. */
    private readonly checks: readonly RegisteredCheck[] = checkRegistry,
  ) {
    options.cleanUpSignal?.addEventListener('abort', this.endHardStop, { once: true });
    if (options.cleanUpSignal?.aborted) this.abortAll();
    this.redact = createRedactor(secretsOf(options.auth)).text;
    this.context = newRunContext(options.projectId, options.volumeId);
    let prefer: string | undefined;
    this.transport = {
      baseUrl: options.baseUrl,
      auth: options.auth,
      timeoutMs: options.timeoutMs,
      maxBodyBytes,
      fetch: options.fetch,
      extraHeaders: () => (options.stateless && prefer ? { Prefer: prefer } : {}),
    };
    this.withPrefer = async (value, work) => {
      prefer = value;
      try {
        return await work();
      } finally {
        prefer = undefined;
      }
    };
  }

  private readonly withPrefer: <T>(value: string | undefined, work: () => Promise<T>) => Promise<T>;

  /** The run's signal aborted: no new case is sent, waits end, and the clean-up gets `cleanUpMs` from now. */
  interrupt(reason: string): void {
    if (this.interrupted !== undefined) return;
    this.interrupted = reason;
    this.stopReason = `not sent: the run was interrupted (${reason})`;
    this.caseStop.abort();
    this.cleanUpTimer = setTimeout(() => this.abortAll(), this.cleanUpMs);
    // Not what keeps the process alive: the clean-up's requests do that while they are under way.
    this.cleanUpTimer.unref();
  }

  private abortAll(): void {
    this.caseStop.abort();
    this.hardStop.abort();
  }

  /** Whether the clean-up was cut short (a second signal, or its time was up). */
  get cleanUpStopped(): boolean {
    return this.hardStop.signal.aborted;
  }

  /** Lets go of the timer and the listener the run set up. */
  dispose(): void {
    clearTimeout(this.cleanUpTimer);
    this.options.cleanUpSignal?.removeEventListener('abort', this.endHardStop);
  }

  /** The cap is reached: this create is not sent. */
  capReached(): boolean {
    return this.snapshotsMade + this.createsUnanswered >= this.options.maxSnapshots;
  }

  /** The cap on disks is reached: this disk create is not sent. */
  diskCapReached(): boolean {
    return this.disksMade >= this.options.maxDisks;
  }

  /** A report line's view of a request: the body and the URL cut only after secrets were removed. */
  shownRequest(request: WireRequest): CaseRequest {
    return {
      method: request.method,
      path: excerpt(request.path, this.redact, 300),
      ...(request.body === undefined ? {} : { body: excerpt(request.body, this.redact, 300) }),
      url: excerpt(`${this.options.baseUrl}${request.path}`, this.redact, 300),
    };
  }

  /**
   * An answer as a report shows it: the body decoded leniently (a
   * broken byte must not hide the rest), secrets removed, then cut.
   */
  private shownResponse(wire: WireAnswer): CaseResponse {
    return {
      status: wire.status,
      contentType: wire.contentType === null ? null : excerpt(wire.contentType, this.redact, 100),
      body: excerpt(Buffer.from(wire.bytes).toString('utf8'), this.redact, 500),
      bytes: wire.bytes.byteLength,
    };
  }

  /** Counts a request that got no answer; after `maxUnanswered` in a row the run sends nothing more. */
  private noteNoAnswer(error: NoAnswer): void {
    this.noAnswer = { requests: (this.noAnswer?.requests ?? 0) + 1, last: error.reason };
    if (++this.unanswered >= maxUnanswered) {
      this.targetGone = true;
      const gone = `not sent: the target gave no answer to ${maxUnanswered} requests in a row`;
      this.stopReason ??= `${gone} (the last: ${error.reason})`;
    }
  }

  skipped(spec: Pick<CaseSpec, 'name' | 'kind' | 'operationId'>, reason: string, request?: WireRequest): CaseResult {
    return {
      name: spec.name,
      kind: spec.kind,
      operationId: spec.operationId,
      outcome: 'skipped',
      reason,
      violations: [],
      ms: 0,
      ...(request ? { request: this.shownRequest(request) } : {}),
    };
  }

  /** Sends a case and checks its answer; records what a successful create, update or delete changed. */
  async run(spec: CaseSpec): Promise<{ result: CaseResult; answer: unknown }> {
    const { request } = spec;
    if (this.stopReason) return { result: this.skipped(spec, this.stopReason, request), answer: undefined };
    const isCreate = snapshotCreates.includes(spec.operationId);
    const isDiskCreate = diskCreates.includes(spec.operationId);
    if (isCreate && this.capReached())
      return {
        result: this.skipped(
          spec,
          `the cap of ${this.options.maxSnapshots} snapshots per run is reached (maxSnapshots)`,
          request,
        ),
        answer: undefined,
      };
    if (isDiskCreate && this.diskCapReached())
      return {
        result: this.skipped(spec, `the cap of ${this.options.maxDisks} disks per run is reached (maxDisks)`, request),
        answer: undefined,
      };
    const base = {
      name: spec.name,
      kind: spec.kind,
      operationId: spec.operationId,
      expectedStatus: expectedText(spec.expectedStatus),
      request: this.shownRequest(request),
    };
    let wire: WireAnswer;
    try {
      wire = await this.withPrefer(spec.preferOnMock, () => send(this.transport, request, this.hardStop.signal));
    } catch (error) {
      if (!(error instanceof NoAnswer)) throw error;
      if (isCreate && error.mayHaveArrived) this.createsUnanswered++;
      // A disk create that may have arrived may have made a disk the run cannot name: it counts against the cap.
      if (isDiskCreate && error.mayHaveArrived) this.disksMade++;
      if (error.stopped)
        return { result: this.skipped(spec, `abandoned: ${error.reason}`, request), answer: undefined };
      this.noteNoAnswer(error);
      const violation = {
        pointer: '(request)',
        problem: `no answer from ${this.options.baseUrl}`,
        expected: 'an HTTP response',
        actual: error.reason,
      };
      return { result: { ...base, outcome: 'failed', violations: [violation], ms: 0 }, answer: undefined };
    }
    this.unanswered = 0;
    if (request.authenticated && !this.authenticatedAnswered) {
      this.authenticatedAnswered = true;
      if (wire.status === 401) {
        this.credentialsRefused = true;
        this.stopReason =
          'not sent: the credentials were refused (the first authenticated request was answered HTTP 401)';
      }
    }
    const answer = parsed(wire.bytes);
    const successful = wire.status >= 200 && wire.status < 300;
    if (isCreate && successful) {
      this.snapshotsMade++;
      this.recordCreate(answer, request);
    }
    if (isDiskCreate && successful) {
      this.disksMade++;
      if (!this.options.stateless) this.context.disks.push(madeDiskOf(answer, request));
    }
    const checked = runChecks(
      checkContextOf(spec, this.context, this.redact),
      request,
      { ...wire, body: answer },
      { stateless: this.options.stateless },
      this.checks,
    );
    this.classCounts.conformance.checked++;
    if (spec.refusal) this.classCounts[spec.refusal.record.class].checked++;
    if (checked.behaviour === 'checked') this.classCounts.behaviour.checked++;
    const note =
      checked.behaviour === 'skipped on a stateless mock'
        ? 'behaviour checks skipped: a stateless mock answers from its examples'
        : undefined;
    if (successful) this.recordOpenStack(spec.operationId, request, answer);
    if (snapshotUpdates.includes(spec.operationId) && successful) this.recordUpdate(request);
    if (snapshotDeletes.includes(spec.operationId) && successful) this.recordDelete(request);
    if (spec.operationId === 'deleteVolume' && successful)
      this.diskOf(pathVolumeId(request))?.forEach((disk) => {
        disk.deleted = true;
      });
    if (spec.operationId === 'showSnapshot' && wire.status === 200) this.watchForStatelessSign(answer, request);
    const settled = settle(
      checked.findings.map((v) => this.clean(v)),
      this.options,
    );
    return {
      result: {
        ...base,
        outcome: settled.outcome,
        status: wire.status,
        ...(settled.violations.length ? { response: this.shownResponse(wire) } : {}),
        violations: settled.violations,
        ms: wire.ms,
        ...(note ? { reason: note } : {}),
      },
      answer,
    };
  }

  /**
   * A show of a snapshot this run created that answers another id: what a stateless mock (Prism
   * without --stateless) does, answering every show with its example. Kept for a hint; the
   * behaviour check reports the mismatch itself.
   */
  private watchForStatelessSign(answer: unknown, request: WireRequest): void {
    if (this.options.stateless || this.statelessSign) return;
    const asked = pathSnapshotId(request)?.toLowerCase();
    const shown = (answer as { snapshot?: { id?: unknown } } | undefined)?.snapshot?.id;
    if (asked === undefined || typeof shown !== 'string' || shown.toLowerCase() === asked) return;
    const created = this.context.created.find((id) => id.toLowerCase() === asked);
    if (created) this.statelessSign = { created, shown: excerpt(shown, this.redact, 60) };
  }

  /** A violation fit for a report: every part scrubbed of secrets, then cut. */
  clean(violation: ContractViolation): ContractViolation {
    return {
      ...violation,
      pointer: excerpt(violation.pointer, this.redact, 200),
      problem: excerpt(violation.problem, this.redact, 300),
      expected: excerpt(violation.expected, this.redact, 300),
      actual: excerpt(violation.actual, this.redact, 300),
    };
  }

  /** The disks the run made with this id (none when the id is not the run's). */
  diskOf(id: string | undefined): MadeDisk[] | undefined {
    if (id === undefined) return undefined;
    return this.context.disks.filter((disk) => disk.id?.toLowerCase() === id.toLowerCase());
  }

  private recordCreate(answer: unknown, request: WireRequest): void {
    const id = createdId(answer);
    if (id === undefined || this.options.stateless) return;
    this.context.created.push(id);
    const size = (answer as { snapshot?: { size?: unknown } }).snapshot?.size;
    if (typeof size === 'number') this.context.sizes.set(id.toLowerCase(), size);
    const sent = (sentFields(request) ?? {}) as Partial<Expected>;
    this.context.expected.set(id.toLowerCase(), {
      ...sent,
      volume_id: String(sent.volume_id ?? this.options.volumeId),
    });
  }

  /**
   * What the run keeps of an answer for the cross-family checks (the last answer about each
   * snapshot, with its family) and what a metadata call changed; before the update's own record.
   */
  private recordOpenStack(operationId: OperationId, request: WireRequest, answer: unknown): void {
    if (this.options.stateless) return;
    const snapshot = (answer as { snapshot?: unknown } | undefined)?.snapshot;
    const id = (
      isRecord(snapshot) && typeof snapshot.id === 'string' ? snapshot.id : pathSnapshotId(request)
    )?.toLowerCase();
    if (id === undefined) return;
    if (
      isRecord(snapshot) &&
      (snapshotUpdates.includes(operationId) ||
        snapshotCreates.includes(operationId) ||
        /^show\w*Snapshot(V3)?$/.test(operationId))
    )
      this.context.seen.set(id, { family: familyOf(operationId), operationId, snapshot });
    const known = this.context.expected.get(id);
    if (known) applyMetadata(known, operationId, request);
  }

  private recordUpdate(request: WireRequest): void {
    const id = pathSnapshotId(request)?.toLowerCase();
    const known = id === undefined ? undefined : this.context.expected.get(id);
    const sent = sentFields(request);
    if (known && sent) Object.assign(known, sent);
  }

  private recordDelete(request: WireRequest): void {
    const id = pathSnapshotId(request)?.toLowerCase();
    if (id === undefined) return;
    this.deleted.add(id);
    this.context.expected.delete(id);
  }

  /**
   * Polls `path` until `judge` says the state is reached (undefined) or can no longer come (a
   * problem); bounded by the run's wait timeout. `stop` ends the wait at once: the cases' waits end
   * on interruption, the clean-up's only when it is stopped. Returns a problem, or undefined.
   */
  private async poll(
    path: string,
    judge: (status: number, body: unknown) => { reached: true } | { failed: string } | { last: string },
    what: string,
    stop: AbortSignal,
  ): Promise<string | undefined> {
    if (stop.aborted) return this.stopReason ?? 'the run was stopped';
    if (this.targetGone || this.credentialsRefused) return this.stopReason;
    const deadline = Date.now() + this.options.waitTimeoutMs;
    let last = 'nothing yet';
    for (let polls = 0; ; polls++) {
      let wire: WireAnswer;
      try {
        wire = await send(this.transport, { method: 'GET', path, authenticated: true }, stop);
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error;
        if (error.stopped) return this.stopReason ?? 'the run was stopped';
        this.noteNoAnswer(error);
        return `polling ${path} got no answer: ${error.reason}`;
      }
      this.unanswered = 0;
      const verdict = judge(wire.status, parsed(wire.bytes));
      if ('reached' in verdict) return undefined;
      if ('failed' in verdict) return verdict.failed;
      last = verdict.last;
      if (Date.now() + this.options.pollIntervalMs > deadline || polls > 100_000)
        return `${what} within ${this.options.waitTimeoutMs} ms (last: ${last})`;
      if (!(await pause(this.options.pollIntervalMs, stop))) return this.stopReason ?? 'the run was stopped';
    }
  }

  /** A status a report may quote: cut, secrets removed. */
  private shownStatus(status: unknown, of: string): string {
    return typeof status === 'string'
      ? `status ${JSON.stringify(this.redact(status).slice(0, 40))}`
      : `a body without ${of}`;
  }

  /**
   * Polls the snapshot until it is available, gone, or in a state a delete takes (available or
   * error); returns a problem, or undefined.
   */
  async waitFor(
    id: string,
    until: 'available' | 'deleted' | 'deletable',
    stop: AbortSignal = this.caseStop.signal,
    via?: 'cinder',
  ): Promise<string | undefined> {
    // Prism's show always answers with its example, which is available; it never answers 404 unasked.
    if (this.options.stateless) return undefined;
    const family = via === 'cinder' ? 'snapshots' : 'cloudsnapshots';
    const path = `/v2/${this.options.projectId}/${family}/${encodeURIComponent(id)}`;
    return this.poll(
      path,
      (status, body) => {
        if (until === 'deleted' && status === 404) return { reached: true };
        if (status !== 200) return { last: `HTTP ${status}` };
        const state = (body as { snapshot?: { status?: unknown } } | undefined)?.snapshot?.status;
        if (state === 'available' && until !== 'deleted') return { reached: true };
        if (state === 'error' && until === 'deletable') return { reached: true };
        return { last: this.shownStatus(state, 'a snapshot status') };
      },
      `the snapshot did not become ${until}`,
      stop,
    );
  }

  /**
   * Polls a job until it ends: SUCCESS is reached, FAIL a problem naming its error_code and
   * fail_reason (what gophertelekomcloud and Terraform report).
   */
  async waitForJob(jobId: string, stop: AbortSignal = this.caseStop.signal): Promise<string | undefined> {
    if (this.options.stateless) return undefined;
    return this.poll(
      jobPath(this.options.projectId, jobId),
      (status, body) => {
        if (status !== 200) return { last: `HTTP ${status}` };
        const job = body as { status?: unknown; error_code?: unknown; fail_reason?: unknown } | undefined;
        if (job?.status === 'SUCCESS') return { reached: true };
        if (job?.status === 'FAIL')
          // Secrets out before the cut: a cut inside a secret would leave a piece the redactor cannot tell.
          return {
            failed: excerpt(
              `the job ended FAIL with error_code ${JSON.stringify(job.error_code)}: ` +
                JSON.stringify(job.fail_reason),
              this.redact,
              300,
            ),
          };
        return { last: this.shownStatus(job?.status, 'a job status') };
      },
      'the job did not end',
      stop,
    );
  }

  /**
   * Polls a disk until it is available, gone (404), or in a state a delete takes; an error status
   * while waiting for available is a problem at once (Terraform treats `error*` as fatal).
   */
  async waitForDisk(
    id: string,
    until: 'available' | 'deleted' | 'deletable',
    stop: AbortSignal = this.caseStop.signal,
  ): Promise<string | undefined> {
    if (this.options.stateless) return undefined;
    return this.poll(
      diskPath(this.options, id),
      (status, body) => {
        if (until === 'deleted' && status === 404) return { reached: true };
        if (status !== 200) return { last: `HTTP ${status}` };
        const state = (body as { volume?: { status?: unknown } } | undefined)?.volume?.status;
        if (state === 'available' && until !== 'deleted') return { reached: true };
        if (until === 'deletable' && deletableDisk(state)) return { reached: true };
        if (until === 'available' && typeof state === 'string' && state.startsWith('error'))
          return { failed: `the disk went into ${this.shownStatus(state, '')}` };
        return { last: this.shownStatus(state, 'a disk status') };
      },
      `the disk did not become ${until}`,
      stop,
    );
  }

  /** The id of a disk the run made that only its job names: read from the job once it names it. */
  private async diskIdOf(disk: MadeDisk, stop: AbortSignal): Promise<string | 'none' | undefined> {
    if (disk.id !== undefined) return disk.id;
    if (disk.jobId === undefined) return 'none';
    let found: string | undefined;
    const problem = await this.poll(
      jobPath(this.options.projectId, disk.jobId),
      (status, body) => {
        found = madeDiskOf({ volume_ids: [(body as Json | undefined)?.entities?.volume_id] }, undefined).id;
        if (found !== undefined) return { reached: true };
        const state = (body as Json | undefined)?.status;
        // A job that ended without naming a disk made none this run can find.
        if (state === 'FAIL' || state === 'SUCCESS') return { failed: 'no disk' };
        return { last: `HTTP ${status}` };
      },
      'the job did not name its disk',
      stop,
    );
    disk.id = found;
    return found ?? (problem === 'no disk' ? 'none' : undefined);
  }

  /**
   * Deletes the disks the run made and did not delete itself, each once its state takes a delete,
   * and waits until it is gone: a disk restored from a snapshot may keep the snapshot from being
   * deleted (a linked clone), so the disks go first. Returns those left, as `disk <id>`.
   */
  private async cleanUpDisks(
    stop: AbortSignal,
    onDeleting: (id: string, index: number, total: number, what: 'disk' | 'snapshot') => void,
    total: number,
  ): Promise<{ deleted: number; leftovers: string[] }> {
    const leftovers: string[] = [];
    let deleted = 0;
    const todo = this.context.disks.filter((disk) => !disk.deleted);
    for (const [index, disk] of todo.entries()) {
      const named = disk.id ?? `of job ${disk.jobId}`;
      if (this.targetGone || stop.aborted) {
        leftovers.push(`disk ${named}`);
        continue;
      }
      onDeleting(this.redact(named), index + 1, total, 'disk');
      const id = await this.diskIdOf(disk, stop);
      // A create answered without a job or a disk, or a job that ended naming none, made no disk to find.
      if (id === 'none') continue;
      if (id === undefined) {
        leftovers.push(`disk ${named}`);
        continue;
      }
      await this.waitForDisk(id, 'deletable', stop);
      const path = `/v2/${this.options.projectId}/cloudvolumes/${encodeURIComponent(id)}`;
      const wire = await send(this.transport, { method: 'DELETE', path, authenticated: true }, stop).catch(
        (error: unknown) => {
          if (error instanceof NoAnswer && !error.stopped) this.noteNoAnswer(error);
          return undefined;
        },
      );
      // A delete accepted is not a disk gone: one still there when the wait ends (a 202 that started
      // nothing, a delete stuck in error_deleting) is left, and listed so that it is deleted by hand.
      const accepted = wire !== undefined && ((wire.status >= 200 && wire.status < 300) || wire.status === 404);
      if (accepted && (await this.waitForDisk(id, 'deleted', stop)) === undefined) {
        disk.deleted = true;
        deleted++;
        continue;
      }
      leftovers.push(`disk ${id}`);
    }
    return { deleted, leftovers };
  }

  /**
   * Deletes what the run created and did not delete itself (a case failed, a lax server accepted a
   * rule break, the run was interrupted): its disks first, then its snapshots. `onDeleting` is told
   * before each. Once the run was interrupted this ends when its time is up or on the clean-up
   * signal: the rest is listed.
   */
  async cleanUp(
    onDeleting: (id: string, index: number, total: number, what: 'disk' | 'snapshot') => void = () => undefined,
  ): Promise<{ deleted: number; disks: number; leftovers: string[] }> {
    const stop = this.hardStop.signal;
    const todo = this.context.created.filter((created) => !this.deleted.has(created.toLowerCase()));
    const disks = this.context.disks.filter((disk) => !disk.deleted).length;
    const total = disks + todo.length;
    const cleaned = await this.cleanUpDisks(stop, onDeleting, total);
    const leftovers: string[] = [...cleaned.leftovers];
    let deleted = cleaned.deleted;
    for (const [index, id] of todo.entries()) {
      // A target that stopped answering is not asked again, nor is
      // any after the clean-up was stopped: what is left is listed.
      if (this.targetGone || stop.aborted) {
        leftovers.push(id);
        continue;
      }
      onDeleting(this.redact(id), disks + index + 1, total, 'snapshot');
      const path = `/v2/${this.options.projectId}/cloudsnapshots/${encodeURIComponent(id)}`;
      // Even when the wait fails (a show that never says available), the delete is tried.
      await this.waitFor(id, 'deletable', stop);
      const wire = await send(this.transport, { method: 'DELETE', path, authenticated: true }, stop).catch(
        (error: unknown) => {
          if (error instanceof NoAnswer && !error.stopped) this.noteNoAnswer(error);
          return undefined;
        },
      );
      if (wire && ((wire.status >= 200 && wire.status < 300) || wire.status === 404)) {
        this.deleted.add(id.toLowerCase());
        deleted++;
        continue;
      }
      leftovers.push(id);
    }
    return { deleted, disks: cleaned.deleted, leftovers };
  }
}

type Json = { entities?: { volume_id?: unknown }; status?: unknown };

/**
 * The operations that make snapshots, in each family: the run's cap (maxSnapshots) counts their
 * answers, and refuses them past the cap; the clean-up deletes what they made.
 */
export const snapshotCreates: readonly OperationId[] = [
  'createSnapshot',
  'createCinderSnapshot',
  'createCinderSnapshotV3',
];
const snapshotUpdates: readonly OperationId[] = ['updateSnapshot', 'updateCinderSnapshot', 'updateCinderSnapshotV3'];
const snapshotDeletes: readonly OperationId[] = ['deleteSnapshot', 'deleteCinderSnapshot', 'deleteCinderSnapshotV3'];

/**
 * The id of the snapshot in a create answer, only when it is a UUID: any other value (`../..`, a
 * newline, a secret) is never put in a path or a report, whatever else the answer holds.
 */
export function createdId(answer: unknown): string | undefined {
  const id = (answer as { snapshot?: { id?: unknown } } | undefined)?.snapshot?.id;
  return isUuid(id) ? id : undefined;
}

function parsed(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
}
