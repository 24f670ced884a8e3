// One contract run's connection to the target and its bookkeeping: it sends a case, checks the
// answer (schema, then behaviour), tracks what the run created and set, enforces the cap on
// creates, waits for snapshot states, and deletes what is left at the end.
import { type OperationId, uuidPattern } from '../../generated/spec-constants.js';
import { createRedactor, excerpt } from '../shared/redact.js';
import { type ContractViolation, checkResponse } from './checker.js';
import type { Refusal, RefusalCheck } from './checks.js';
import { secretsOf } from './credentials.js';
import { emptyClassCounts, settle } from './findings.js';
import { NoAnswer, send, type Transport, type WireAnswer, type WireRequest } from './http.js';
import type { ResolvedOptions } from './options.js';
import type { CaseRequest, CaseResult } from './result.js';
import type { ScenarioContext } from './scenarios.js';
import { type Expected, pathSnapshotId, sentFields } from './semantics.js';

/** After this many requests in a row without an answer, the run sends nothing more. */
const maxUnanswered = 3;

/** A body bigger than this is cut and reported: a list page of 1,000 snapshots is about 1 MB. */
const maxBodyBytes = 8 * 1024 * 1024;

export interface CaseSpec {
  name: string;
  kind: CaseResult['kind'];
  operationId: OperationId;
  request: WireRequest;
  /** One status, or a check of the status (generated rule breaks: any documented 4xx). */
  expectedStatus: number | { test: (status: number) => boolean; text: string };
  expect?: ((answer: unknown) => ContractViolation[]) | undefined;
  preferOnMock?: string | undefined;
  /** A rule-breaking request: the check of its refusal and the rule's record (its class, from the spec). */
  refusal?: { check: RefusalCheck; record: Refusal } | undefined;
}

/** The finding of an unexpected status: a refused valid request (conformance), or an accepted rule break (its refusal class). */
function statusViolation(spec: CaseSpec, expected: string | number, status: number): ContractViolation {
  const base = { pointer: '(status)', expected: String(expected), actual: String(status) };
  if (!spec.refusal) return { ...base, check: 'accepts-valid', class: 'conformance', problem: `the case expects HTTP ${expected}` };
  const { check, record } = spec.refusal;
  const why =
    record.class === 'documented-refusal'
      ? `the reference documents that this request is refused (${[record.source, record.code].filter(Boolean).join(', ')})`
      : 'only this description refuses this request; the reference documents no refusal';
  return { ...base, check, class: record.class, problem: `the case expects HTTP ${expected}: ${why}` };
}

export class Session {
  readonly context: ScenarioContext;
  readonly redact: (text: string) => string;
  /** Creates answered 2xx, or not answered at all (they may have made one): what the cap counts. */
  snapshotsMade = 0;
  /** Requests checked per class, and cases with findings per class. */
  readonly classCounts = emptyClassCounts();
  private readonly deleted = new Set<string>();
  /** Set when the run must send nothing more: the credentials were refused, or the target stopped answering. */
  stopReason: string | undefined;
  credentialsRefused = false;
  private authenticatedAnswered = false;
  private unanswered = 0;
  private readonly transport: Transport;

  constructor(readonly options: ResolvedOptions) {
    this.redact = createRedactor(secretsOf(options.auth)).text;
    this.context = { projectId: options.projectId, volumeId: options.volumeId, snapshotId: undefined, others: [], created: [], expected: new Map(), pages: [] };
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

  /** The cap is reached: this create is not sent. */
  capReached(): boolean {
    return this.snapshotsMade >= this.options.maxSnapshots;
  }

  /** A report line's view of a request: the body cut only after secrets were removed. */
  shownRequest(request: WireRequest): CaseRequest {
    return { method: request.method, path: excerpt(request.path, this.redact, 300), ...(request.body === undefined ? {} : { body: excerpt(request.body, this.redact, 300) }) };
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
    const isCreate = spec.operationId === 'createSnapshot';
    if (isCreate && this.capReached())
      return { result: this.skipped(spec, `the cap of ${this.options.maxSnapshots} snapshots per run is reached (maxSnapshots)`, request), answer: undefined };
    const expectedText = typeof spec.expectedStatus === 'number' ? spec.expectedStatus : spec.expectedStatus.text;
    const base = { name: spec.name, kind: spec.kind, operationId: spec.operationId, expectedStatus: expectedText, request: this.shownRequest(request) };
    let wire: WireAnswer;
    try {
      wire = await this.withPrefer(spec.preferOnMock, () => send(this.transport, request));
    } catch (error) {
      if (!(error instanceof NoAnswer)) throw error;
      if (isCreate) this.snapshotsMade++;
      if (++this.unanswered >= maxUnanswered) this.stopReason = `not sent: the target gave no answer to ${maxUnanswered} requests in a row (the last: ${error.reason})`;
      const violation = { pointer: '(request)', problem: `no answer from ${this.options.baseUrl}`, expected: 'an HTTP response', actual: error.reason };
      return { result: { ...base, outcome: 'failed', violations: [violation], ms: 0 }, answer: undefined };
    }
    this.unanswered = 0;
    if (request.authenticated && !this.authenticatedAnswered) {
      this.authenticatedAnswered = true;
      if (wire.status === 401) {
        this.credentialsRefused = true;
        this.stopReason = 'not sent: the credentials were refused (the first authenticated request was answered HTTP 401)';
      }
    }
    const violations = checkResponse(spec.operationId, { status: wire.status, contentType: wire.contentType, body: wire.bytes, truncated: wire.truncated }, this.redact);
    const statusOk = typeof spec.expectedStatus === 'number' ? wire.status === spec.expectedStatus : spec.expectedStatus.test(wire.status);
    if (!statusOk) violations.unshift(statusViolation(spec, expectedText, wire.status));
    this.classCounts.conformance.checked++;
    if (spec.refusal) this.classCounts[spec.refusal.record.class].checked++;
    const answer = parsed(wire.bytes);
    const successful = wire.status >= 200 && wire.status < 300;
    if (isCreate && successful) {
      this.snapshotsMade++;
      this.recordCreate(answer, request);
    }
    let note: string | undefined;
    if (statusOk && violations.length === 0 && spec.expect) {
      if (this.options.stateless) note = 'behaviour checks skipped: a stateless mock answers from its examples';
      else {
        this.classCounts.behaviour.checked++;
        violations.push(...spec.expect(answer));
      }
    }
    if (spec.operationId === 'updateSnapshot' && successful) this.recordUpdate(request);
    if (spec.operationId === 'deleteSnapshot' && successful) this.recordDelete(request);
    const settled = settle(
      violations.map((v) => this.clean(v)),
      this.options,
    );
    return {
      result: { ...base, outcome: settled.outcome, status: wire.status, violations: settled.violations, ms: wire.ms, ...(note ? { reason: note } : {}) },
      answer,
    };
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

  private recordCreate(answer: unknown, request: WireRequest): void {
    const id = createdId(answer);
    if (id === undefined || this.options.stateless) return;
    this.context.created.push(id);
    const sent = (sentFields(request) ?? {}) as Partial<Expected>;
    this.context.expected.set(id.toLowerCase(), { ...sent, volume_id: String(sent.volume_id ?? this.options.volumeId) });
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

  /** Polls the snapshot until it is available, gone, or in a state a delete takes (available or error); returns a problem, or undefined. */
  async waitFor(id: string, until: 'available' | 'deleted' | 'deletable'): Promise<string | undefined> {
    // Prism's show always answers with its example, which is available; it never answers 404 unasked.
    if (this.options.stateless) return undefined;
    if (this.stopReason) return this.stopReason;
    const path = `/v2/${this.options.projectId}/cloudsnapshots/${encodeURIComponent(id)}`;
    const deadline = Date.now() + this.options.waitTimeoutMs;
    let last = 'nothing yet';
    for (let polls = 0; ; polls++) {
      let wire: WireAnswer;
      try {
        wire = await send(this.transport, { method: 'GET', path, authenticated: true });
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error;
        if (++this.unanswered >= maxUnanswered) this.stopReason = `not sent: the target gave no answer to ${maxUnanswered} requests in a row (the last: ${error.reason})`;
        return `polling ${path} got no answer: ${error.reason}`;
      }
      this.unanswered = 0;
      if (until === 'deleted' && wire.status === 404) return undefined;
      if (wire.status === 200) {
        const status = (parsed(wire.bytes) as { snapshot?: { status?: unknown } } | undefined)?.snapshot?.status;
        if (status === 'available' && until !== 'deleted') return undefined;
        if (status === 'error' && until === 'deletable') return undefined;
        last = typeof status === 'string' ? `status ${JSON.stringify(this.redact(status).slice(0, 40))}` : 'a body without a snapshot status';
      } else last = `HTTP ${wire.status}`;
      if (Date.now() + this.options.pollIntervalMs > deadline || polls > 100_000)
        return `the snapshot did not become ${until} within ${this.options.waitTimeoutMs} ms (last: ${last})`;
      await new Promise((resolve) => setTimeout(resolve, this.options.pollIntervalMs));
    }
  }

  /** Deletes what the run created and did not delete itself (a case failed, or a lax server accepted a rule break). */
  async cleanUp(): Promise<{ deleted: number; leftovers: string[] }> {
    const leftovers: string[] = [];
    let deleted = 0;
    for (const id of this.context.created.filter((created) => !this.deleted.has(created.toLowerCase()))) {
      // A target that stopped answering is not asked again: what is left is listed.
      if (this.stopReason && !this.credentialsRefused) {
        leftovers.push(id);
        continue;
      }
      const path = `/v2/${this.options.projectId}/cloudsnapshots/${encodeURIComponent(id)}`;
      // Even when the wait fails (a show that never says available), the delete is tried.
      await this.waitFor(id, 'deletable');
      const wire = await send(this.transport, { method: 'DELETE', path, authenticated: true }).catch(() => undefined);
      if (wire && ((wire.status >= 200 && wire.status < 300) || wire.status === 404)) {
        this.deleted.add(id.toLowerCase());
        deleted++;
        continue;
      }
      leftovers.push(id);
    }
    return { deleted, leftovers };
  }
}

const uuid = new RegExp(uuidPattern);

/**
 * The id of the snapshot in a create answer, only when it is a UUID: any other value (`../..`, a
 * newline, a secret) is never put in a path or a report, whatever else the answer holds.
 */
export function createdId(answer: unknown): string | undefined {
  const id = (answer as { snapshot?: { id?: unknown } } | undefined)?.snapshot?.id;
  return typeof id === 'string' && uuid.test(id) ? id : undefined;
}

function parsed(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
}
