// npm start as a real process, as package.json runs it: it prints both URLs, each on a line of its
// own; the docs (both languages) and the emulator answer; a stop (SIGINT to the script, SIGTERM to
// npm itself) leaves no process and no open port, also while the first docs build is running;
// and a port in use ends it with the reason, exit 2, nothing left behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fromRoot, repoRoot } from '../../scripts/lib/paths.js';
import { pkiToken } from '../../scripts/lib/pki-token.js';
import { processGroup, processTree, running } from '../support/process-tree.js';

interface Started {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in the output, rejects if the process exits first or after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpExecArray>;
  /** The exit code, or 128 + the signal's number. */
  exited: Promise<number>;
}

const signalNumbers: Record<string, number> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
const started = new Set<ChildProcess>();

/** Runs `command args` in a process group of its own (so that the test can always end all of it), with PORT variables unset. */
function start(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Started {
  const { EVS_DOCS_PORT: _docs, EVS_EMULATOR_PORT: _emulator, ...inherited } = process.env;
  const child = spawn(command, args, { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...inherited, ...env } });
  started.add(child);
  let output = '';
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number>((resolve) => child.once('exit', (code, signal) => resolve(code ?? 128 + (signalNumbers[signal ?? ''] ?? 0))));
  let ended = false;
  void exited.then(() => {
    ended = true;
  });
  const waitFor = async (pattern: RegExp, ms = 30_000): Promise<RegExpExecArray> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const match = pattern.exec(output);
      if (match) return match;
      if (ended) throw new Error(`exited before printing ${pattern}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`no ${pattern} within ${ms} ms:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return { child, output: () => output, waitFor, exited };
}

afterEach(() => {
  // The whole group, also when its first process is gone and a child of it lives on.
  for (const child of started) if (child.pid && processGroup(child.pid).length > 0) process.kill(-child.pid, 'SIGKILL');
  started.clear();
});

/** npm start's script as package.json spells it, run with this Node: `node --import tsx scripts/start.ts`. */
function startScript(args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Started {
  const line = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
  const [node, ...rest] = line.split(' ');
  expect(node).toBe('node');
  return start(process.execPath, [...rest, ...args], env);
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
const listening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Polls `check` every 25 ms until it holds, at most `ms`; resolves with whether it held. */
async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 25))) if (check()) return true;
  return check();
}

const project = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const token = pkiToken(32_768);

/** Reads both URLs, fetches both docs pages and an emulator list, and resolves with the two ports. */
async function checkServing(process: Started): Promise<{ docsPort: number; emulatorPort: number }> {
  const docsUrl = (await process.waitFor(/^docs: (http:\/\/127\.0\.0\.1:\d+\/)$/m))[1]!;
  const emulatorUrl = (await process.waitFor(/^emulator: (http:\/\/127\.0\.0\.1:\d+)$/m))[1]!;
  for (const [page, lang] of [
    ['', 'en'],
    ['zh-CN.html', 'zh-CN'],
  ] as const) {
    const response = await fetch(`${docsUrl}${page}`);
    const html = await response.text();
    expect(response.status, page).toBe(200);
    expect(html, page).toContain(`<html lang="${lang}">`);
    expect(html, page).toContain("new EventSource('/__reload')");
  }
  const list = await fetch(`${emulatorUrl}/v2/${project}/cloudsnapshots/detail`, { headers: { 'X-Auth-Token': token } });
  expect(list.status).toBe(200);
  expect(await list.json()).toEqual({ count: 0, snapshots: [] });
  expect(process.output()).not.toContain(token.slice(0, 40));
  return { docsPort: Number(new URL(docsUrl).port), emulatorPort: Number(new URL(emulatorUrl).port) };
}

describe('npm start', () => {
  it('serves the docs in both languages and the emulator, and on SIGINT during the first docs build stops with 130, leaving no process and no port open', async () => {
    const script = startScript();
    const pid = script.child.pid!;
    const { docsPort, emulatorPort } = await checkServing(script);
    // The docs are served from generated/ at once and built from spec/ behind: the stop comes while Redocly runs.
    expect(await eventually(() => processTree(pid).some((entry) => entry.command.includes('@redocly/cli')), 15_000), script.output()).toBe(true);
    const tree = processTree(pid);
    const stoppedAt = Date.now();
    process.kill(pid, 'SIGINT');
    expect(await script.exited).toBe(130);
    const stopMs = Date.now() - stoppedAt;
    expect(await eventually(() => processGroup(pid).length === 0, 5_000), JSON.stringify(processGroup(pid))).toBe(true);
    expect(tree.filter((entry) => running(entry.pid))).toEqual([]);
    expect(await listening(docsPort)).toBe(false);
    expect(await listening(emulatorPort)).toBe(false);
    expect(stopMs).toBeLessThan(2_000);
  });

  it('run by npm itself, stops both and leaves nothing behind when npm gets SIGTERM (npm passes it to sh only)', async () => {
    const npm = start(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start', '--silent']);
    const pid = npm.child.pid!;
    const { docsPort, emulatorPort } = await checkServing(npm);
    process.kill(pid, 'SIGTERM');
    await npm.exited;
    expect(await eventually(() => processGroup(pid).length === 0, 5_000), JSON.stringify(processGroup(pid))).toBe(true);
    expect(npm.output()).toContain('npm start: the process that started it');
    expect(await listening(docsPort)).toBe(false);
    expect(await listening(emulatorPort)).toBe(false);
  });

  it('exits 2 naming the port when the docs port (EVS_DOCS_PORT) or the emulator port (--emulator-port) is in use, leaving nothing running', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const docsTaken = startScript([], { EVS_DOCS_PORT: String(port) });
      const emulatorTaken = startScript(['--emulator-port', String(port)]);
      const [docsCode, emulatorCode] = await Promise.all([docsTaken.exited, emulatorTaken.exited]);
      expect(docsCode, docsTaken.output()).toBe(2);
      expect(docsTaken.output()).toContain(
        `npm start: the docs cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE); choose another with --docs-port or EVS_DOCS_PORT`,
      );
      expect(emulatorCode, emulatorTaken.output()).toBe(2);
      expect(emulatorTaken.output()).toContain(`evs-emulator: cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE)`);
      expect(emulatorTaken.output()).toContain('npm start: the emulator did not start (see above)');
      for (const { child } of [docsTaken, emulatorTaken]) expect(processGroup(child.pid!)).toEqual([]);
      expect(docsTaken.output() + emulatorTaken.output()).not.toMatch(/^(docs|emulator): http/m);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
