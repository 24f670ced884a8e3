// evs-emulator's command in-process (what the bin runs): help, bad options, the listening line,
// one line per request in its exact form, quiet, the stop and its exit code, a port in use.
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
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

describe('evs-emulator in-process', () => {
  it('prints the usage for --help and exits 0', async () => {
    const state = run(['--help']);
    expect([await state.done, state.out, state.err]).toEqual([0, `${usage}\n`, '']);
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
    expect(state.out).toBe(`evs-emulator: listening on ${url} (seed 77; --seed 77 repeats this run)\n`);
    const answer = await fetch(`${url}/v2/${projectId}/cloudsnapshots/detail?limit=5`, { headers: { 'X-Auth-Token': 'command-token' } });
    expect(answer.status).toBe(200);
    await until(() => state.out.includes('listSnapshots'), 'the request line');
    expect(state.out.split('\n')[1]).toMatch(new RegExp(`^GET /v2/${projectId}/cloudsnapshots/detail\\?limit=5 200 \\d+ ms listSnapshots$`));
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
    expect(state.out.trim().split('\n')).toHaveLength(1);
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
