// The request log: what arrived and what was answered, for assertions in tests and the CLI's
// lines. It keeps no header and no body, and its path and query come redacted of the configured
// secrets and of the request's own credentials, so it holds no token, key or signature; it is
// bounded, dropping the oldest entries.
import type { OperationId } from '../../generated/spec-constants.js';

export interface EmulatorLogEntry {
  /** When the request arrived, in ms since the epoch (the emulator's clock). */
  time: number;
  method: string;
  path: string;
  /** The query string, without `?`. */
  query: string;
  operation: OperationId | undefined;
  /** undefined when a reset fault cut the connection. */
  status: number | undefined;
  ms: number;
  /** The fault that hit, if any: `throttle`, `latency 200 ms`, `create-error`, ... */
  fault?: string;
  requestId: string;
}

export class RequestLog {
  private entries: EmulatorLogEntry[] = [];
  private first = 0;

  constructor(private readonly limit: number) {}

  add(entry: EmulatorLogEntry): void {
    // A limit of 0 keeps nothing: the entry is dropped as soon as it is added.
    this.entries.push(entry);
    // Compact now and then rather than shift() on every entry.
    if (this.entries.length - this.first > this.limit) this.first++;
    if (this.first > this.limit) {
      this.entries = this.entries.slice(this.first);
      this.first = 0;
    }
  }

  list(): EmulatorLogEntry[] {
    return this.entries.slice(this.first).map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.entries = [];
    this.first = 0;
  }
}
