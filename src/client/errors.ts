// The errors the client rejects with. Each says which operation failed and how many times its
// request was sent (`attempts`: 0 when it was refused before anything left the machine).
import { type ProblemFields, problemMessage } from '../shared/options-error.js';

interface Sent {
  /** How many attempts were sent: 1 without retries, 0 when nothing was sent. */
  attempts?: number | undefined;
}

/** Base class of every error this client throws; `instanceof EvsError` catches them all. */
export class EvsError extends Error {
  /** operationId of the call that failed (e.g. `createSnapshot`), or `createEvsClient`. */
  readonly operation: string;
  /** How many times the request was sent; 0 when it was refused before sending. */
  readonly attempts: number;

  constructor(operation: string, message: string, options: { cause?: unknown } & Sent = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.operation = operation;
    this.attempts = options.attempts ?? 0;
  }
}

/** The service answered with a non-2xx status. */
export class EvsApiError extends EvsError {
  readonly status: number;
  /**
   * `EVS.5404`, `APIGW.0301`, ...; an integer Cinder code is given
   * as its decimal string. Undefined for undocumented bodies.
   */
  readonly code: string | undefined;
  /** The wrapper key of the EVS form (`error`, `itemNotFound`, ...); undefined for the gateway's flat form. */
  readonly wrapper: string | undefined;
  /** From the `X-Request-Id` header, else the body's `request_id`. */
  readonly requestId: string | undefined;
  /** The start of the raw body when it is not one of the documented forms (or not JSON). */
  readonly bodyExcerpt: string | undefined;

  constructor(
    init: {
      operation: string;
      status: number;
      message: string;
      code?: string | undefined;
      wrapper?: string | undefined;
      requestId?: string | undefined;
      bodyExcerpt?: string | undefined;
    } & Sent,
  ) {
    const code = init.code ? ` ${init.code}` : '';
    const request = init.requestId ? ` (request ${init.requestId})` : '';
    super(init.operation, `${init.operation} failed with HTTP ${init.status}${code}: ${init.message}${request}`, init);
    ({
      status: this.status,
      code: this.code,
      wrapper: this.wrapper,
      requestId: this.requestId,
      bodyExcerpt: this.bodyExcerpt,
    } = init);
  }
}

/**
 * The service answered with a redirect (3xx). The client never follows one: a redirect to another
 * origin would carry the token, the signature or the body there, and EVS documents none.
 */
export class EvsRedirectError extends EvsApiError {
  /** Where the answer pointed, resolved against the request URL; undefined when it gave no usable Location. */
  readonly location: string | undefined;
  constructor(
    init: {
      operation: string;
      status: number;
      location: string | undefined;
      requestId: string | undefined;
      origin: string;
    } & Sent,
  ) {
    const where = init.location === undefined ? 'without a usable Location' : `to ${init.location}`;
    super({
      ...init,
      message:
        `a redirect ${where}, which the client does not follow: requests, their credentials and bodies go ` +
        `only to ${init.origin}`,
    });
    this.location = init.location;
  }
}

/** The request could not be sent or its response not received (DNS, refused or reset connection, ...). */
export class EvsNetworkError extends EvsError {}

/** No response arrived within `timeoutMs`. */
export class EvsTimeoutError extends EvsError {
  readonly timeoutMs: number;
  constructor(operation: string, timeoutMs: number, sent: Sent = {}) {
    super(operation, `${operation} timed out after ${timeoutMs} ms without a response`, sent);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A response the client cannot use: a 2xx whose body is not what the spec describes, or any body too large or not text.
 */
export class EvsResponseError extends EvsError {
  readonly status: number;
  readonly requestId: string | undefined;
  readonly bodyExcerpt: string;
  constructor(
    init: {
      operation: string;
      status: number;
      problem: string;
      requestId: string | undefined;
      bodyExcerpt: string;
    } & Sent,
  ) {
    super(init.operation, `${init.operation} got HTTP ${init.status} but ${init.problem}`, init);
    ({ status: this.status, requestId: this.requestId, bodyExcerpt: this.bodyExcerpt } = init);
  }
}

/**
 * Input rejected before anything was sent: names the field, the rule and the offending value. The
 * same shape and message as the emulator's and the contract tool's option errors (src/shared/options-error.ts).
 */
export class EvsValidationError extends EvsError implements ProblemFields {
  readonly field: string;
  readonly rule: string;
  /** A short, safe rendering of the rejected value (never a secret). */
  readonly value: string;
  /** What the value must be, e.g. `must be an integer from 1 to 1000`. */
  readonly detail: string;
  constructor(init: { operation: string } & ProblemFields) {
    super(init.operation, problemMessage(init.operation, init));
    ({ field: this.field, rule: this.rule, value: this.value, detail: this.detail } = init);
  }
}

/**
 * The snapshot is in a state that rules out what was asked: while waiting, a state from which the awaited one cannot
 * follow (or it vanished); for restoreSnapshot, a status from which the service refuses a restore.
 */
export class EvsSnapshotStateError extends EvsError {
  readonly snapshotId: string;
  readonly status: string;
  /** The snapshot as last read; undefined when it is gone. */
  readonly snapshot: unknown;
  constructor(
    snapshotId: string,
    until: string,
    status: string,
    snapshot: unknown,
    /** Another operation than waitForSnapshot, with its own account of what the status rules out. */
    instead?: { operation: string; message: string },
  ) {
    const why = status === 'deleted' ? 'it no longer exists (404)' : `it is ${status}`;
    super(
      instead?.operation ?? 'waitForSnapshot',
      instead?.message ?? `snapshot ${snapshotId} will not become ${until}: ${why}`,
    );
    [this.snapshotId, this.status, this.snapshot] = [snapshotId, status, snapshot];
  }
}

/** What a wait was following. */
export type WaitedResource = 'snapshot' | 'job' | 'volume';

/** The awaited state did not come in time. */
export class EvsWaitTimeoutError extends EvsError {
  /** The snapshot waited on (waitForSnapshot) or restored (restoreSnapshot); undefined for waitForJob. */
  readonly snapshotId: string | undefined;
  /** What the last poll read: the snapshot, the job or the new disk. */
  readonly resource: WaitedResource;
  /** Its ID. */
  readonly resourceId: string;
  readonly timeoutMs: number;
  /** The status seen at the last poll. */
  readonly lastStatus: string;
  constructor(
    resourceId: string,
    until: string,
    timeoutMs: number,
    lastStatus: string,
    waited: { operation: string; resource: WaitedResource; snapshotId: string | undefined } = {
      operation: 'waitForSnapshot',
      resource: 'snapshot',
      snapshotId: resourceId,
    },
  ) {
    super(
      waited.operation,
      `${waited.resource} ${resourceId} did not become ${until} within ${timeoutMs} ms; ` +
        `last status: ${lastStatus}`,
    );
    [this.resourceId, this.timeoutMs, this.lastStatus] = [resourceId, timeoutMs, lastStatus];
    [this.resource, this.snapshotId] = [waited.resource, waited.snapshotId];
  }
}

/** An EVS job ended in `FAIL`: its `error_code` and `fail_reason`, and the disk it worked on when it names one. */
export class EvsJobFailedError extends EvsError {
  readonly jobId: string;
  readonly jobType: string | undefined;
  /** The job's `error_code` (e.g. `EVS.2024`); undefined when it gave none. */
  readonly errorCode: string | undefined;
  /** The job's `fail_reason`; undefined when it gave none. */
  readonly failReason: string | undefined;
  /** The disk the job created or worked on (`entities.volume_id`), when it says. */
  readonly volumeId: string | undefined;
  /** The job as last read. */
  readonly job: unknown;
  constructor(
    operation: string,
    init: {
      jobId: string;
      jobType: string | undefined;
      errorCode: string | undefined;
      failReason: string | undefined;
      volumeId: string | undefined;
      job: unknown;
    },
  ) {
    const type = init.jobType === undefined ? 'job' : `${init.jobType} job`;
    const disk = init.volumeId === undefined ? '' : ` (disk ${init.volumeId})`;
    super(
      operation,
      `${operation}: ${type} ${init.jobId}${disk} failed with ${init.errorCode ?? 'no error_code'}: ` +
        `${init.failReason ?? 'no fail_reason given'}`,
    );
    ({
      jobId: this.jobId,
      jobType: this.jobType,
      errorCode: this.errorCode,
      failReason: this.failReason,
      volumeId: this.volumeId,
      job: this.job,
    } = init);
  }
}

/** While waiting for a disk, it reached a status from which it will not become available, or stayed gone (404). */
export class EvsVolumeStateError extends EvsError {
  readonly volumeId: string;
  /** The disk's status, or `deleted` when the service kept answering 404. */
  readonly status: string;
  /** The disk as last read; undefined when it is gone. */
  readonly volume: unknown;
  constructor(operation: string, volumeId: string, status: string, volume: unknown, why: string) {
    super(operation, `${operation}: disk ${volumeId} will not become available: ${why}`);
    [this.volumeId, this.status, this.volume] = [volumeId, status, volume];
  }
}

/** A restore that cannot go on for a reason about what it read (the snapshot's source disk is gone or has no type). */
export class EvsRestoreError extends EvsError {
  readonly snapshotId: string;
  constructor(operation: string, snapshotId: string, message: string) {
    super(operation, `${operation}: snapshot ${snapshotId} ${message}`);
    this.snapshotId = snapshotId;
  }
}
