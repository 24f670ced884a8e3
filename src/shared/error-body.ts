// The two error body forms the spec documents, read (client, contract suite) and written
// (the mock's guard, the emulator): `{<wrapper>: {code, message}}` and the gateway's flat
// `{error_code, error_msg, request_id?}`.
import { isRecord } from './is-record.js';

export interface ParsedErrorBody {
  code?: string;
  message?: string;
  wrapper?: string;
  requestId?: string;
}

/** Reads either documented form; undefined for anything else. An integer Cinder code is given as its decimal string. */
export function parseErrorBody(body: unknown): ParsedErrorBody | undefined {
  if (!isRecord(body)) return undefined;
  if (typeof body.error_code === 'string' && typeof body.error_msg === 'string') {
    return {
      code: body.error_code,
      message: body.error_msg,
      ...(typeof body.request_id === 'string' ? { requestId: body.request_id } : {}),
    };
  }
  const [wrapper, ...others] = Object.keys(body);
  if (wrapper === undefined || others.length > 0) return undefined;
  const detail = body[wrapper];
  if (isRecord(detail) && typeof detail.message === 'string') {
    const code = typeof detail.code === 'string' || typeof detail.code === 'number' ? String(detail.code) : undefined;
    return { wrapper, message: detail.message, ...(code ? { code } : {}) };
  }
  return undefined;
}

/** The EVS form; `code` is an EVS code where the reference has one, else the HTTP status (the Cinder form). */
export const errorBody = (wrapper: string, code: string | number, message: string): Record<string, unknown> => ({
  [wrapper]: { code, message },
});
