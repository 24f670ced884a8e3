// The emulator's core: one request in, one answer out, no I/O. In order: the screen (sizes,
// encoding, media type, JSON), the emulator's own control paths, the route, content negotiation,
// the lifecycle changes now due, the faults that hit, the path's parameters (the gateway's
// authentication with the project), the body and query, and the operation.
// Every answer carries an X-Request-Id and is written to the request log.
import type { OperationId } from '../../generated/spec-constants.js';
import { errorBody } from '../shared/error-body.js';
import { Checker, InputProblem } from '../shared/input-problem.js';
import { createRedactor } from '../shared/redact.js';
import { mediaTypeOf, screenBody, screenHead } from '../shared/request-screen.js';
import { unserved, unservedOperations } from './cloud.js';
import { type EmulatorAnswer, type EmulatorRequest, jsonAnswer } from './exchange.js';
import { FaultPlan } from './faults.js';
import { readOperationInput } from './input.js';
import { type EmulatorLogEntry, RequestLog } from './log.js';
import type { OperationContext } from './operations/context.js';
import { handlers } from './operations/handlers.js';
import type { ResolvedOptions } from './options.js';
import { readPath } from './path-parameters.js';
import { requestIdFrom, type SeededRandom, seededRandom, uuidFrom } from './random.js';
import { route } from './router.js';
import { type EmulatorState, stateOf } from './state-format.js';
import { type LoadedState, readState } from './state-read.js';
import { Store } from './store.js';

/** A shorter credential is not looked for in what the emulator writes: it would mangle ordinary text. */
const minEchoedSecret = 4;
/** How many requests' credentials keep a redactor ready (a CI run sends one token, a test a few). */
const keptRedactors = 16;

/** The paths of the emulator itself, beside the API: a reset that costs nothing and a dump of the state. */
export const controlPrefix = '/__emulator/';

const acceptsJson = (accept: string | undefined): boolean =>
  accept === undefined ||
  accept.trim() === '' ||
  accept.split(',').some((range) => {
    const type = mediaTypeOf(range)?.type;
    return type === 'application/json' || type === '*/*' || type === 'application/*';
  });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class EmulatorCore {
  readonly store: Store;
  readonly log: RequestLog;
  private readonly faults: FaultPlan;
  private random: SeededRandom;
  /** Called when the state may have changed (a request other than GET, a change applied, a load): --state saves. */
  onChange: (() => void) | undefined;
  /** The redactors of the credentials requests carried lately, the least lately used first. */
  private readonly ownRedactors = new Map<string, (text: string) => string>();

  constructor(
    readonly options: ResolvedOptions,
    private readonly redact: (text: string) => string,
  ) {
    this.store = new Store(options);
    this.log = new RequestLog(options.logLimit);
    this.faults = new FaultPlan(options.faults, options.seed);
    this.random = seededRandom(options.fixtures?.random ?? options.seed);
  }

  /** Applies the changes due, and says so to onChange when there were any. */
  private settle(now: number): void {
    if (this.store.settle(now) > 0) this.onChange?.();
  }

  reset(): void {
    this.onChange?.();
    this.store.reset();
    this.log.clear();
    this.faults.reset();
    this.random = seededRandom(this.options.fixtures?.random ?? this.options.seed);
  }

  state(): EmulatorState {
    this.settle(this.options.now());
    return stateOf(this.store, this.random.position());
  }

  /** Replaces the state with one read and checked already (a --state file, PUT /__emulator/state). */
  load(state: LoadedState): void {
    this.onChange?.();
    this.store.load(state);
    this.faults.reset();
    if (state.random !== undefined) this.random = seededRandom(state.random);
  }

  /** Answers one request; `screened` when the HTTP face has already screened it. */
  async handle(request: EmulatorRequest, screened: boolean): Promise<EmulatorAnswer> {
    const started = this.options.now();
    const redact = this.redactorFor(request);
    const requestId = requestIdFrom(this.random);
    let operation: OperationId | undefined;
    let fault: string | undefined;
    let answer: EmulatorAnswer;
    const refusal = screened ? undefined : this.screen(request);
    if (refusal) answer = refusal;
    else if (request.path.startsWith(controlPrefix)) answer = this.control(request);
    else {
      const skipped = unservedOperations[this.options.cloud];
      const found = route(request.method, request.path, skipped);
      const absent = found === undefined && skipped.size > 0 ? route(request.method, request.path) : undefined;
      if (absent !== undefined && 'operation' in absent) answer = unserved(absent.operation, this.options.cloud);
      else if (found === undefined)
        answer = jsonAnswer(
          404,
          errorBody(
            'itemNotFound',
            404,
            `No operation of the EVS API is at ${request.path.slice(0, 200)}; the emulator serves ` +
              `/v2/{project_id}/cloudsnapshots, snapshots, cloudvolumes, os-vendor-volumes, os-quota-sets, ` +
              `/v3/{project_id}/snapshots and /v1/{project_id}/jobs.`,
          ),
        );
      else if ('allow' in found)
        answer = jsonAnswer(
          405,
          errorBody(
            'badMethod',
            405,
            `${request.method} is not an operation of ${request.path.slice(0, 200)}; use ${found.allow.join(' or ')}.`,
          ),
          {
            Allow: found.allow.join(', '),
          },
        );
      else if (!acceptsJson(request.headers.accept))
        answer = jsonAnswer(
          406,
          errorBody(
            'error',
            406,
            `The emulator answers application/json only; the Accept header asks for ` +
              `${JSON.stringify(request.headers.accept?.slice(0, 100))}.`,
          ),
        );
      else {
        operation = found.operation;
        const draw = this.faults.draw(operation);
        if (draw.latencyMs > 0) {
          fault = `latency ${draw.latencyMs} ms`;
          await sleep(draw.latencyMs);
        }
        const now = this.options.now();
        this.settle(now);
        const hit = draw.answer;
        // An answering fault stands in for the operation; a cutting
        // one cuts the real answer, so the operation takes effect.
        if (hit?.behaviour.effect === 'answer') answer = hit.behaviour.answer(hit.rule);
        else
          answer = this.operate(
            request,
            operation,
            found.params,
            now,
            draw.failsLater !== undefined,
            requestId,
            redact,
          );
        if (hit?.behaviour.effect === 'cut') answer.cut = hit.behaviour.cut(hit.rule);
        if (hit) fault = hit.rule.kind;
        if (draw.failsLater) fault = draw.failsLater.kind;
      }
    }
    answer.headers['X-Request-Id'] = requestId;
    const entry = entryOf(request, operation, answer, started, this.options.now(), fault, redact);
    this.log.add(entry);
    if (request.method !== 'GET' && request.method !== 'HEAD') this.onChange?.();
    this.options.onRequest?.({ ...entry });
    return answer;
  }

  /**
   * The redactor of one request: the configured secrets and the credentials the request itself
   * carries. Taking any token, the emulator knows a request's token only from its header, and a
   * client that puts it in a query or a field too must not find it in the log or the answer.
   */
  private redactorFor(request: EmulatorRequest): (text: string) => string {
    const own = [request.headers['x-auth-token'], request.headers['x-security-token']].filter(
      (value): value is string =>
        value !== undefined && value.length >= minEchoedSecret && !this.options.secrets.includes(value),
    );
    if (own.length === 0) return this.redact;
    // A client sends the same token again and again: its redactor is kept for the next request.
    const key = own.join('\n');
    // Taken out and put back, so that the oldest in the map is the one used least lately.
    const redact = this.ownRedactors.get(key) ?? createRedactor([...this.options.secrets, ...own]).text;
    this.ownRedactors.delete(key);
    if (this.ownRedactors.size >= keptRedactors)
      this.ownRedactors.delete(this.ownRedactors.keys().next().value as string);
    this.ownRedactors.set(key, redact);
    return redact;
  }

  private screen(request: EmulatorRequest): EmulatorAnswer | undefined {
    const rawHeaders: string[] = [];
    for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) rawHeaders.push(name, value);
    // A fetch Request has no Host header to count: the head is screened as HTTP/2 would be.
    const refusal =
      screenHead(`${request.path}${request.search === '' ? '' : `?${request.search}`}`, rawHeaders, '2') ??
      screenBody(request.headers['content-type'], request.body);
    return refusal ? jsonAnswer(refusal.status, refusal.body, refusal.headers) : undefined;
  }

  /** The path's parameters (the gateway's checks with the project), then the body and the query, then the operation. */
  private operate(
    request: EmulatorRequest,
    operation: OperationId,
    params: Record<string, string>,
    now: number,
    failsLater: boolean,
    requestId: string,
    redact: (text: string) => string,
  ): EmulatorAnswer {
    const { store, options } = this;
    const path = readPath(operation, params, { request, options, store, now, requestId, redact });
    if ('refusal' in path) return path.refusal;
    const input = readOperationInput(operation, request, redact);
    if ('refusal' in input) return input.refusal;
    const newId = (): string => uuidFrom(this.random);
    const newJobId = (): string => requestIdFrom(this.random);
    const context = {
      request,
      ...path.value,
      ...input.value,
      now,
      store,
      options,
      newId,
      newJobId,
      failsLater,
      redact,
    };
    // The handler of `operation` takes the context of `operation`; TypeScript cannot relate the two through a union.
    return (handlers[operation] as (context: OperationContext) => EmulatorAnswer)(context as OperationContext);
  }

  private control(request: EmulatorRequest): EmulatorAnswer {
    const action = request.path.slice(controlPrefix.length);
    if (action === 'reset' && request.method === 'POST') {
      this.reset();
      return jsonAnswer(200, { reset: true });
    }
    if (action === 'state' && request.method === 'GET') return jsonAnswer(200, this.state());
    if (action === 'state' && request.method === 'PUT') return this.putState(request);
    return jsonAnswer(
      404,
      errorBody(
        'itemNotFound',
        404,
        `The emulator's control paths are POST ${controlPrefix}reset, GET ${controlPrefix}state and PUT ` +
          `${controlPrefix}state.`,
      ),
    );
  }

  /** PUT /__emulator/state: the body, in the format GET gives, replaces the whole state, or nothing changes. */
  private putState(request: EmulatorRequest): EmulatorAnswer {
    let document: unknown;
    try {
      document = JSON.parse(new TextDecoder().decode(request.body));
    } catch (error) {
      return jsonAnswer(400, errorBody('badRequest', 400, `The state is not JSON: ${(error as Error).message}`));
    }
    try {
      const { maxSnapshots, maxVolumes } = this.options;
      const loaded = readState(new Checker(this.redact), document, {
        now: this.options.now(),
        maxSnapshots,
        maxVolumes,
      });
      this.load(loaded);
      return jsonAnswer(200, {
        loaded: true,
        volumes: loaded.volumes.length,
        snapshots: loaded.snapshots.length,
        jobs: loaded.jobs.length,
        changes: loaded.changes.length,
      });
    } catch (error) {
      if (!(error instanceof InputProblem)) throw error;
      return jsonAnswer(400, errorBody('badRequest', 400, `The state is refused, nothing changed: ${error.message}`));
    }
  }
}

function entryOf(
  request: EmulatorRequest,
  operation: OperationId | undefined,
  answer: EmulatorAnswer,
  started: number,
  ended: number,
  fault: string | undefined,
  redact: (text: string) => string,
): EmulatorLogEntry {
  return {
    time: started,
    method: request.method,
    path: redact(request.path),
    query: redact(request.search),
    operation,
    status: answer.cut?.kind === 'reset' ? undefined : answer.status,
    ms: ended - started,
    ...(fault === undefined ? {} : { fault }),
    requestId: answer.headers['X-Request-Id'] ?? '',
  };
}

export type { EmulatorLogEntry };
