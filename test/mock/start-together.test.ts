// The helper the mock tests start their Prism pairs with: all or nothing.
import { describe, expect, it } from 'vitest';
import { startTogether } from '../support/start-together.js';

describe('startTogether', () => {
  it('stops the servers that started when another fails, then throws its error', async () => {
    const stopped: string[] = [];
    const server = (name: string) => async () => ({ name, stop: async () => void stopped.push(name) });
    const failing = async (): Promise<{ name: string; stop(): Promise<void> }> => {
      throw new Error('port taken');
    };
    await expect(startTogether([server('first'), failing, server('third')])).rejects.toThrow('port taken');
    expect(stopped.sort()).toEqual(['first', 'third']);
  });

  it('gives every server, in order, when all start', async () => {
    const servers = await startTogether([async () => ({ n: 1, stop: async () => undefined }), async () => ({ n: 2, stop: async () => undefined })]);
    expect(servers.map((s) => s.n)).toEqual([1, 2]);
  });
});
