// Sends bytes to a server over a plain TCP socket and reads one HTTP/1.1 answer, so a test can
// send what no HTTP client would (malformed escapes, garbage request lines, oversized heads).
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Resolves with the first complete answer, or rejects when none comes within `timeoutMs` (a reset counts as none). */
export function rawExchange(port: number, request: string | Buffer, timeoutMs = 10_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = (outcome: RawAnswer | Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const parse = (ended: boolean): void => {
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) {
        if (ended) finish(new Error(`the connection closed after ${received.length} bytes without a complete head`));
        return;
      }
      const [statusLine = '', ...lines] = received.subarray(0, end).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const at = line.indexOf(':');
        headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
      const body = received.subarray(end + 4);
      const length = headers['content-length'] === undefined ? undefined : Number(headers['content-length']);
      if (length !== undefined && body.length >= length) {
        finish({ status, headers, body: body.subarray(0, length).toString('utf8') });
        return;
      }
      if (ended) finish(length === undefined ? { status, headers, body: body.toString('utf8') } : new Error(`the body ended after ${body.length} of ${length} bytes`));
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      parse(false);
    });
    socket.on('end', () => parse(true));
    socket.on('close', () => parse(true));
    // A server that answers before reading everything resets the rest of the upload: what it answered still counts.
    socket.on('error', () => parse(true));
    socket.write(request);
  });
}
