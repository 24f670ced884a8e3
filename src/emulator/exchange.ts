// The request and answer the emulator's core works on: plain data, so that the fetch face and the
// node:http face each adapt to it cheaply and the core itself does no I/O.

export interface EmulatorRequest {
  method: string;
  /** The path as it arrived, percent-encoding and all. */
  path: string;
  /** The query string as it arrived, without `?`. */
  search: string;
  /** Lower-case names; a repeated header's values joined with `, `. */
  headers: Readonly<Record<string, string | undefined>>;
  body: Uint8Array;
  /** Scheme and authority the request was addressed to, for the links of a list page. */
  origin: string;
}

/**
 * How a fault breaks the connection instead of answering in full;
 * each face handles every kind (a new one fails to compile there).
 */
export type Cut = { kind: 'reset' } | { kind: 'stall'; ms: number };

export interface EmulatorAnswer {
  status: number;
  headers: Record<string, string>;
  /** JSON text; undefined for no body. */
  body: string | undefined;
  cut?: Cut | undefined;
}

export const jsonAnswer = (status: number, body: unknown, headers: Record<string, string> = {}): EmulatorAnswer => ({
  status,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const emptyAnswer = (status: number): EmulatorAnswer => ({ status, headers: {}, body: undefined });

/** A branch the compiler proves unreachable: a new case of a union must be handled where this is called. */
export function unhandled(value: never): never {
  throw new Error(`evs-emulator: unhandled case ${JSON.stringify(value)}`);
}
