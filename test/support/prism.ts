// Starts Prism (the pinned CLI) on a free loopback port and stops it, with its whole process group.
import { spawn, type ChildProcess } from 'node:child_process';
import { fromRoot } from '../../scripts/lib/paths.js';
import { closedPort } from './local-server.js';

export interface PrismServer {
  url: string;
  stop(): Promise<void>;
}

const cli = fromRoot('node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');

export async function startPrism(args: readonly string[] = ['mock', fromRoot('generated', 'openapi.yaml')]): Promise<PrismServer> {
  const port = await closedPort();
  const child: ChildProcess = spawn(process.execPath, [cli, ...args, '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}
