// A front server for Prism (npm run mock, npm run proxy). Prism exits on a malformed escape in the
// path and answers some odd requests with a 5xx or a reset; the guard screens every request first
// (src/shared/http-front.ts), answers what it refuses with a documented 4xx, forwards the rest to a
// Prism it runs on an internal port, restarts that Prism if it ever dies, and for the mock turns
// Prism's own problem+json answers (unknown path, method, Accept) into the spec's error form.
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorBody } from '../../src/shared/error-body.js';
import { createFront, sendRefusal as send } from '../../src/shared/http-front.js';
import type { Refusal } from '../../src/shared/request-screen.js';
import { prismArgv } from './prism.js';

export interface GuardOptions {
  /** Prism's arguments without --host and --port (e.g. `mock <bundle>`). */
  prismArgs: readonly string[];
  host: string;
  port: number;
  /** Rewrite Prism's own problem+json answers into the spec's error form (the mock); the proxy keeps them, they list violations. */
  translateProblems: boolean;
  log?: (line: string) => void;
}

export interface Guard {
  url: string;
  close(): Promise<void>;
}

/** What the mock accepts in Prefer: Prism's code, example and dynamic keys, briefly. */
const preferPattern = /^\s*(code=\d{3}|example=[A-Za-z0-9_.-]{1,64}|dynamic=(true|false))(\s*,\s*(code=\d{3}|example=[A-Za-z0-9_.-]{1,64}|dynamic=(true|false)))*\s*$/;
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'content-length']);

/** Prism's problem types, as the wrapper and status of the spec's error form. */
const problemWrappers: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  409: 'conflictingRequest',
  415: 'badMediaType',
  501: 'notImplemented',
};

class Upstream {
  private child: ChildProcess | undefined;
  private ready: Promise<number> | undefined;
  private stopping = false;
  private current: number | undefined;
  readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });

  constructor(
    private readonly args: readonly string[],
    private readonly log: (line: string) => void,
  ) {}

  /** The port of a running Prism, starting (or restarting) one when needed. */
  port(): Promise<number> {
    this.ready ??= this.start();
    return this.ready;
  }

  private start(): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      // Port 0 is not accepted by Prism's CLI: let the kernel pick one, then hand it over.
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => {
          const child = spawn(process.execPath, prismArgv([...this.args, '--host', '127.0.0.1', '--port', String(port)]), { stdio: ['ignore', 'pipe', 'pipe'] });
          this.child = child;
          let output = '';
          let listening = false;
          const onData = (chunk: Buffer): void => {
            const text = chunk.toString();
            if (!listening) {
              output += text;
              if (output.includes('Prism is listening')) {
                listening = true;
                this.log(`guard: Prism (pid ${child.pid}) serves on 127.0.0.1:${port}, behind the guard`);
                this.current = port;
                resolve(port);
              }
              return;
            }
            for (const line of text.split('\n')) if (line.trim() !== '') this.log(line);
          };
          child.stdout?.on('data', onData);
          child.stderr?.on('data', onData);
          child.once('exit', (code, signal) => {
            if (this.child !== child) return;
            this.child = undefined;
            this.ready = undefined;
            this.current = undefined;
            if (!listening) return reject(new Error(`Prism exited with ${code ?? signal} before listening:\n${output}`));
            if (!this.stopping) this.log(`guard: Prism exited (${code ?? signal}); it is started again on the next request`);
          });
        });
      });
    });
  }

  /** Forgets a Prism that refused a connection (it died, its exit not yet seen), so the next port() starts a new one. */
  lost(port: number): void {
    if (this.current !== port) return;
    this.log(`guard: Prism (pid ${this.child?.pid}) refused a connection; another is started`);
    this.current = undefined;
    this.ready = undefined;
    this.child?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.agent.destroy();
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

export async function startGuard(options: GuardOptions): Promise<Guard> {
  const log = options.log ?? ((line: string) => console.log(line));
  const upstream = new Upstream(options.prismArgs, log);
  await upstream.port();

  const unavailable: Refusal = { status: 503, body: errorBody('serviceUnavailable', 'EVS.5503', 'Service unavailable.'), headers: { 'Retry-After': '1' } };

  async function forward(request: IncomingMessage, response: ServerResponse, body: Uint8Array, attempt = 1, replayedAfterLoss = false): Promise<void> {
    const port = await upstream.port();
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(request.headers)) if (value !== undefined && !hopByHop.has(name)) headers[name] = value;
    if (body.byteLength > 0) headers['content-length'] = String(body.byteLength);
    await new Promise<void>((resolve) => {
      // A retry takes a fresh connection: the pooled ones may all lead to a Prism that died.
      const agent = attempt === 1 ? upstream.agent : false;
      const outgoing = httpRequest({ host: '127.0.0.1', port, method: request.method, path: request.url, headers, agent }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('error', (error: NodeJS.ErrnoException) => {
          log(`guard: Prism's answer to ${request.method} ${request.url?.slice(0, 80)} broke off (${error.code ?? error.message}); answered 503`);
          resolve(send(response, unavailable));
        });
        answer.on('end', () => {
          const status = answer.statusCode ?? 502;
          const text = Buffer.concat(chunks);
          const type = String(answer.headers['content-type'] ?? '');
          // Prism's 5xx for a Prefer it cannot serve (an unknown example, a status without one) is the caller's mistake.
          if (options.translateProblems && type.startsWith('application/problem+json') && status >= 500 && request.headers.prefer !== undefined) {
            return resolve(
              send(response, {
                status: 400,
                body: errorBody(
                  'badRequest',
                  400,
                  `The mock cannot serve what Prefer asks for (${request.headers.prefer.toString().slice(0, 100)}): no such example or status for this operation.`,
                ),
              }),
            );
          }
          if (options.translateProblems && type.startsWith('application/problem+json')) {
            let title = 'the mock could not answer this request';
            try {
              const problem = JSON.parse(text.toString('utf8')) as { title?: unknown; detail?: unknown };
              title = [problem.title, problem.detail].filter((part) => typeof part === 'string').join(': ') || title;
            } catch {
              // keep the generic title
            }
            return resolve(send(response, { status, body: errorBody(problemWrappers[status] ?? (status >= 500 ? 'computeFault' : 'error'), status, title) }));
          }
          const out: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !hopByHop.has(name)) out[name] = value;
          out['content-length'] = String(text.byteLength);
          response.writeHead(status, answer.statusMessage, out);
          response.end(text);
          resolve();
        });
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        // A pooled connection that Prism had already closed (Node's reusedSocket rule) is tried
        // again on a fresh one. A fresh connection that is refused or reset means Prism is gone
        // (it died just now, or this request killed it): another is started and the request sent
        // once more, no more, so that one request costs Prism at most two lives.
        const stale = outgoing.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
        const lostPrism = !stale && (error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET' || error.code === 'EPIPE');
        if (lostPrism) upstream.lost(port);
        if (attempt < 3 && (stale || (lostPrism && !replayedAfterLoss))) return resolve(forward(request, response, body, attempt + 1, replayedAfterLoss || lostPrism));
        upstream.lost(port);
        log(
          `guard: Prism failed on ${request.method} ${request.url?.slice(0, 80)} (${error.code ?? error.message}, attempt ${attempt}${outgoing.reusedSocket ? ', pooled connection' : ''}); answered 503 and not sent again`,
        );
        resolve(send(response, unavailable));
      });
      outgoing.end(body);
    });
  }

  const server = createFront({
    name: 'The mock',
    screenExtra: (request) => {
      const preferred = request.headers.prefer;
      const prefer = Array.isArray(preferred) ? preferred.join(', ') : preferred;
      if (prefer === undefined || (prefer.length <= 256 && preferPattern.test(prefer))) return undefined;
      return {
        status: 400,
        body: errorBody('badRequest', 400, 'The mock reads Prefer as code=<status>, example=<name> or dynamic=true|false, comma-separated, at most 256 bytes.'),
      };
    },
    handle: (request, body, response) => forward(request, response, body),
    onError: (error) => log(`guard: ${(error as Error).message}`),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  }).catch(async (error: unknown) => {
    await upstream.stop();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await upstream.stop();
    },
  };
}
