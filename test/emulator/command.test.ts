// evs-emulator's command in-process (what the bin runs): help, version, bad options, the URL
// line and the URL file, one line per request in its exact form, quiet, the stop and its exit
// code, a port in use.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { usage } from '../../src/emulator/cli-args.js';
import { requestLine, runEmulatorCommand } from '../../src/emulator/command.js';
import { projectId } from './fixtures.js';

interface Run {
  out: string;
  err: string;
  /** Resolves with the exit code. */
  done: Promise<number>;
  /** Set once the command serves: stops it as a signal would. */
  stop?: (exitCode: number) => void;
}

let running: Run | undefined;
let blocker: Server | undefined;
afterEach(async () => {
  running?.stop?.(143);
  await running?.done;
  running = undefined;
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  blocker = undefined;
});

function run(argv: string[], env: NodeJS.ProcessEnv = {}): Run {
  const state: Run = { out: '', err: '', done: Promise.resolve(0) };
  state.done = runEmulatorCommand(argv, env, {
    stdout: (text) => {
      state.out += text;
    },
    stderr: (text) => {
      state.err += text;
    },
    onStop: (stop) => {
      state.stop = stop;
    },
  });
  running = state;
  return state;
}

/** Waits, bounded, until `ready` holds. */
async function until(ready: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000 && !ready(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!ready()) throw new Error(`still waiting for ${what} after 10 s`);
}

const listening = async (state: Run): Promise<string> => {
  await until(() => state.out.includes('listening on'), 'the listening line');
  return /listening on (\S+)/.exec(state.out)?.[1] ?? '';
};

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-emulator-command-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('evs-emulator in-process', () => {
  it('prints the usage for --help and exits 0', async () => {
    const state = run(['--help']);
    expect([await state.done, state.out, state.err]).toEqual([0, `${usage}\n`, '']);
  });

  it('prints the usage for -h and exits 0', async () => {
    const state = run(['-h']);
    expect([await state.done, state.out, state.err]).toEqual([0, `${usage}\n`, '']);
  });

  it('prints its name and the package.json version for --version and exits 0, whatever else is given', async () => {
    const { version } = JSON.parse(await readFile(fromRoot('package.json'), 'utf8')) as { version: string };
    const state = run(['--version', '--port', '0']);
    expect([await state.done, state.out, state.err]).toEqual([0, `evs-emulator ${version}\n`, '']);
  });

  it('exits 2 on a mistyped flag, naming it and the flag meant, in words of its own', async () => {
    const state = run(['--create_ms', '0']);
    expect(await state.done).toBe(2);
    expect(state.err).toBe('evs-emulator: --create_ms is not a flag of evs-emulator; did you mean --create-ms?\nRun evs-emulator --help for the options.\n');
  });

  it('exits 2 on a bad option, with the rule it breaks and where to look', async () => {
    const state = run(['--seed', 'x']);
    expect(await state.done).toBe(2);
    expect(state.err).toMatch(/^evs-emulator: .*seed.*\nRun evs-emulator --help for the options\.\n$/);
    expect(state.out).toBe('');
  });

  it('says where it listens and the seed, prints a line per request, and exits with the stop code', async () => {
    const state = run(['--port', '0', '--seed', '77', '--token', 'command-token']);
    const url = await listening(state);
    expect(state.out).toBe(`${url}\nevs-emulator: listening on ${url} (seed 77; --seed 77 repeats this run)\n`);
    const answer = await fetch(`${url}/v2/${projectId}/cloudsnapshots/detail?limit=5`, { headers: { 'X-Auth-Token': 'command-token' } });
    expect(answer.status).toBe(200);
    await until(() => state.out.includes('listSnapshots'), 'the request line');
    expect(state.out.split('\n')[2]).toMatch(new RegExp(`^GET /v2/${projectId}/cloudsnapshots/detail\\?limit=5 200 \\d+ ms listSnapshots$`));
    state.stop?.(130);
    expect(await state.done).toBe(130);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('prints no request line with --quiet', async () => {
    const state = run(['--port', '0', '--quiet']);
    const url = await listening(state);
    await fetch(`${url}/v2/${projectId}/cloudsnapshots/detail`, { headers: { 'X-Auth-Token': 't' } });
    state.stop?.(143);
    expect(await state.done).toBe(143);
    expect(state.out.trim().split('\n')).toHaveLength(2);
  });

  it('prints its URL alone on the first line, for a script to read', async () => {
    const state = run(['--port', '0', '--quiet']);
    const url = await listening(state);
    expect(state.out.split('\n')[0]).toBe(url);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('writes its URL to --url-file once it listens, over a file an earlier run left, leaves no other file, and removes it after the stop', async () => {
    const file = path.join(scratch, 'emulator.url');
    await writeFile(file, 'http://127.0.0.1:9\n');
    const state = run(['--port', '0', '--quiet', '--url-file', file]);
    await until(() => state.out.includes('listening on'), 'the listening line');
    const written = await readFile(file, 'utf8');
    expect(written).not.toBe('http://127.0.0.1:9\n');
    expect(written).toBe(`${state.out.split('\n')[0]}\n`);
    expect((await fetch(`${written.trim()}/v2/${projectId}/cloudsnapshots/detail`, { headers: { 'X-Auth-Token': 'url-file-token' } })).status).toBe(200);
    expect(await readdir(scratch)).toEqual(['emulator.url']);
    state.stop?.(143);
    expect(await state.done).toBe(143);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('exits 2 before it listens when the URL file cannot be written', async () => {
    const missing = path.join(scratch, 'no-such-folder', 'emulator.url');
    const state = run(['--port', '0', '--url-file', missing]);
    expect(await state.done).toBe(2);
    expect(state.out).toBe('');
    expect(state.err).toMatch(
      /^evs-emulator: cannot write --url-file .*no-such-folder\/emulator\.url: the folder .*no-such-folder does not exist\nRun evs-emulator --help for the options\.\n$/,
    );
  });

  it('exits 2 when the port is in use, saying so', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      blocker = server;
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
    const state = run(['--port', String(port)]);
    expect(await state.done).toBe(2);
    expect(state.err).toBe(`evs-emulator: cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE)\n`);
  });
});

describe('the request line', () => {
  const entry = { time: 0, method: 'GET', path: '/v2/p/cloudsnapshots/detail', query: '', operation: 'listSnapshots' as const, status: 200, ms: 3, requestId: 'r' };

  it('gives method, path, status, time and operation', () => {
    expect(requestLine(entry)).toBe('GET /v2/p/cloudsnapshots/detail 200 3 ms listSnapshots');
  });

  it('adds the query, the fault, and cuts path and query at 200 characters', () => {
    const long = { ...entry, path: `/${'p'.repeat(300)}`, query: `a=${'q'.repeat(300)}`, fault: 'latency 5 ms' };
    expect(requestLine(long)).toBe(`GET /${'p'.repeat(199)}?a=${'q'.repeat(198)} 200 3 ms listSnapshots [fault: latency 5 ms]`);
  });

  it('shows a reset connection as reset, and no operation when none was found', () => {
    expect(requestLine({ ...entry, status: undefined, operation: undefined, fault: 'reset' })).toBe('GET /v2/p/cloudsnapshots/detail reset 3 ms [fault: reset]');
  });
});
