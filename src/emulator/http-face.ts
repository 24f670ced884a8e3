// The emulator on a socket: the project's hardened node:http front (src/shared/http-front.ts)
// screens each request, the core answers it, and faults act on the connection itself.
import type { AddressInfo } from 'node:net';
import { createFront } from '../shared/http-front.js';
import type { EmulatorCore } from './core.js';
import { unhandled } from './exchange.js';

export interface ListenOptions {
  /** Default 0: a free port, which `url` then names. */
  port?: number | undefined;
  /** Default 127.0.0.1; give 0.0.0.0 only on purpose, to serve other machines. */
  host?: string | undefined;
}

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export async function listenFace(
  core: EmulatorCore,
  options: ListenOptions,
  onError: (error: unknown) => void,
): Promise<Listening> {
  const host = options.host ?? '127.0.0.1';
  const stalls = new Set<ReturnType<typeof setTimeout>>();
  let origin = '';
  const server = createFront({
    name: 'The emulator',
    onError,
    handle: async (request, body, response) => {
      const target = request.url ?? '/';
      const at = target.indexOf('?');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers))
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      const answer = await core.handle(
        {
          method: request.method ?? 'GET',
          path: at < 0 ? target : target.slice(0, at),
          search: at < 0 ? '' : target.slice(at + 1),
          headers,
          body,
          origin,
        },
        true,
      );
      const { cut } = answer;
      if (cut?.kind === 'reset') return void request.socket.destroy();
      const length = answer.body === undefined ? 0 : Buffer.byteLength(answer.body);
      response.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(length) });
      // A string body leaves with the head in one write; a Buffer would cost a writev per answer.
      if (cut === undefined) return void response.end(answer.body);
      if (cut.kind !== 'stall') return unhandled(cut);
      response.write(Buffer.from(answer.body ?? '').subarray(0, Math.floor(length / 2)));
      const timer = setTimeout(() => {
        stalls.delete(timer);
        response.destroy();
      }, cut.ms);
      stalls.add(timer);
      response.once('close', () => {
        clearTimeout(timer);
        stalls.delete(timer);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of stalls) clearTimeout(timer);
        stalls.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
