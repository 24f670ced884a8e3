// The one way an operation is sent and read: the method and path template of the operations
// table, the checked request (operation-input.ts), openapi-fetch with the transport's per-attempt
// stages (sign, send, classify, retry) as its fetch, and the body its success status documents
// (answers.ts). The client's methods are thin wrappers over it.
import type { Client } from 'openapi-fetch';
import type { operations as Operations, paths } from '../../generated/schema.js';
import { type OperationId, operations } from '../../generated/spec-constants.js';
import { type Answer, successBody } from './answers.js';
import { EvsError, EvsNetworkError } from './errors.js';
import { type CheckedRequest, clientTokenHeader } from './operation-input.js';
import type { CallSettings, OperationFetch } from './transport.js';

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : undefined;
/** The JSON body of an operation's success status, as the generated types describe it; undefined for none. */
export type SuccessBody<Op extends OperationId> = JsonOf<
  Operations[Op]['responses'][(typeof operations)[Op]['successStatus'] & keyof Operations[Op]['responses']]
>;

export interface SenderSettings {
  raw: Client<paths>;
  transport: (operation?: string, call?: CallSettings) => OperationFetch;
  redact: (text: string) => string;
  projectId: string;
}

/** openapi-fetch's generic verb, without the per-path typing that a table-driven caller cannot use. */
type Request = (method: string, path: string, init: Record<string, unknown>) => Promise<Answer>;

/**
 * `send(operationId, request, operation)`: `operation` names the call in errors and retries (a helper such as
 * waitForSnapshot reports as itself).
 */
export function createSender({ raw, transport, redact, projectId }: SenderSettings) {
  const request = raw.request as unknown as Request;
  return async function send<Op extends OperationId>(
    operationId: Op,
    checked: CheckedRequest,
    operation: string = operationId,
  ): Promise<SuccessBody<Op>> {
    const { method, path } = operations[operationId];
    const { signal, body } = checked;
    // The body goes out as exactly this text: the JSON of the checked copy, never serialised again from the
    // caller's objects.
    const text = body === undefined ? undefined : JSON.stringify(body);
    let answer: Answer;
    try {
      answer = await request(method, path, {
        params: { path: { project_id: projectId, ...checked.path }, query: checked.query },
        ...(text === undefined ? {} : { body, bodySerializer: () => text }),
        ...(checked.headers ? { headers: checked.headers } : {}),
        parseAs: 'text',
        // A create with X-Client-Token may be sent again: every attempt carries the same token, so the service
        // answers a repeat with the first answer instead of making a second disk.
        // So may a POST the client knows to be repeatable (a metadata add sets the same keys again).
        fetch: transport(operation, {
          idempotencyKey: checked.headers?.[clientTokenHeader] !== undefined || checked.repeatable === true,
        }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      // An error thrown around the transport (a middleware's, added with `raw.use`) gets the client's error types.
      if (error instanceof EvsError || signal?.aborted) throw error;
      throw new EvsNetworkError(
        operation,
        `${operation} failed after the response arrived: ${(error as Error).message}`,
        { cause: error },
      );
    }
    return successBody(operationId, operation, answer, redact) as SuccessBody<Op>;
  };
}
