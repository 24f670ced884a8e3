// The bin's non-blocking stdout writer against a scripted output: one write at a time and in
// order, partial writes and EAGAIN continued, a broken pipe ending the output quietly, a queue
// bounded with a count of what it dropped, and the synchronous flush for process 'exit'.

import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FdWrites, lineWriter } from '../../src/emulator/line-writer.js';

type Done = (error: NodeJS.ErrnoException | null, written: number) => void;

/** An output whose writes complete only when the test says, taking at most `take` bytes each. */
function scripted() {
  const written: string[] = [];
  const pending: { text: string; done: Done }[] = [];
  const io: FdWrites = {
    write: (_fd, buffer, offset, length, done) => pending.push({ text: buffer.subarray(offset, offset + length).toString(), done }),
    writeSync: (_fd, buffer, offset, length) => {
      written.push(buffer.subarray(offset, offset + length).toString());
      return length;
    },
  };
  /** Completes the oldest write, taking `bytes` of it (all by default) or failing with `code`. */
  const complete = (how: { bytes?: number; code?: string } = {}): void => {
    const write = pending.shift();
    if (!write) throw new Error('no write under way');
    if (how.code) {
      write.done(Object.assign(new Error(how.code), { code: how.code }), 0);
      return;
    }
    const bytes = how.bytes ?? write.text.length;
    written.push(write.text.slice(0, bytes));
    write.done(null, bytes);
  };
  return { io, written, pending, complete };
}

const line = (i: number) => `GET /v2/p/cloudsnapshots/${i} 200 0 ms showSnapshot\n`;

describe('lineWriter', () => {
  it('keeps one write under way and sends what arrived meanwhile together in the next, in order', async () => {
    const output = scripted();
    const writer = lineWriter(1, { io: output.io, lingerMs: 0 });
    writer.write(line(1));
    writer.write(line(2));
    writer.write(line(3));
    expect(output.pending.map((write) => write.text)).toEqual([line(1)]);
    output.complete();
    expect(output.pending.map((write) => write.text)).toEqual([line(2) + line(3)]);
    const drained = writer.drain();
    output.complete();
    await drained;
    expect(output.written.join('')).toBe(line(1) + line(2) + line(3));
  });

  it('writes the rest of a partial write, and retries after EAGAIN, before anything newer', async () => {
    const output = scripted();
    const writer = lineWriter(1, { io: output.io, lingerMs: 0 });
    writer.write(line(1));
    writer.write(line(2));
    output.complete({ bytes: 10 });
    expect(output.pending[0]?.text).toBe(line(1).slice(10));
    output.complete({ code: 'EAGAIN' });
    await expect.poll(() => output.pending.length, { timeout: 1000, interval: 1 }).toBe(1);
    expect(output.pending[0]?.text).toBe(line(1).slice(10));
    output.complete();
    output.complete();
    await writer.drain();
    expect(output.written.join('')).toBe(line(1) + line(2));
  });

  it('stops writing after EPIPE without throwing, and drain() still resolves', async () => {
    const output = scripted();
    const writer = lineWriter(1, { io: output.io, lingerMs: 0 });
    writer.write(line(1));
    writer.write(line(2));
    output.complete({ code: 'EPIPE' });
    await writer.drain();
    writer.write(line(3));
    writer.flushSync();
    expect(output.pending).toEqual([]);
    expect(output.written).toEqual([]);
  });

  it('drain(stallMs) gives up once no write has completed for stallMs, and waits while writes complete', async () => {
    const output = scripted();
    const writer = lineWriter(1, { io: output.io, lingerMs: 0 });
    writer.write(line(1));
    writer.write(line(2));
    const began = Date.now();
    let drained = false;
    const drain = writer.drain(60).then(() => {
      drained = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 40));
    output.complete(); // progress: the clock starts again, and line 2 is under way
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(drained).toBe(false);
    await drain;
    expect(Date.now() - began).toBeGreaterThanOrEqual(95);
    expect(output.pending.map((write) => write.text)).toEqual([line(2)]);
  });

  it('drops lines beyond maxQueued while the output is slow and tells how many once it takes text again', async () => {
    const output = scripted();
    const told: number[] = [];
    const writer = lineWriter(1, { io: output.io, lingerMs: 0, maxQueued: line(1).length * 2, onDropped: (lines) => told.push(lines) });
    for (let i = 1; i <= 6; i++) writer.write(line(i)); // 1 under way, 2 and 3 queued, 4 to 6 dropped
    output.complete();
    expect(told).toEqual([3]);
    writer.write(line(7));
    output.complete();
    output.complete();
    await writer.drain();
    expect(output.written.join('')).toBe(line(1) + line(2) + line(3) + line(7));
  });

  it('holds text for lingerMs and then writes it in one write, and drain() does not wait out the linger', async () => {
    const output = scripted();
    const writer = lineWriter(1, { io: output.io, lingerMs: 20 });
    writer.write(line(1));
    writer.write(line(2));
    expect(output.pending).toEqual([]);
    await expect.poll(() => output.pending.map((write) => write.text), { timeout: 2000, interval: 1 }).toEqual([line(1) + line(2)]);
    output.complete();
    const slow = lineWriter(1, { io: output.io, lingerMs: 60_000 });
    slow.write(line(3));
    const drained = slow.drain();
    expect(output.pending.map((write) => write.text)).toEqual([line(3)]);
    output.complete();
    await drained;
    expect(output.written.join('')).toBe(line(1) + line(2) + line(3));
  });

  it('drain(stallMs) giving up tells onDropped the lines it leaves unwritten, with those dropped before, so that a stop does not lose them silently', async () => {
    const output = scripted();
    const told: number[] = [];
    const writer = lineWriter(1, { io: output.io, lingerMs: 0, maxQueued: line(1).length * 2, onDropped: (lines) => told.push(lines) });
    for (let i = 1; i <= 5; i++) writer.write(line(i)); // 1 under way and never done, 2 and 3 queued, 4 and 5 dropped
    await writer.drain(20);
    expect(told).toEqual([4]);
  });

  it('flushSync() writes nothing once drain(stallMs) gave up on a stalled output: a synchronous write to a pipe nobody reads would block the exit forever', async () => {
    const output = scripted();
    const writer = lineWriter(1, { io: output.io, lingerMs: 0 });
    writer.write(line(1)); // under way, never completes: the reader stopped reading
    writer.write(line(2));
    await writer.drain(20);
    writer.flushSync();
    expect(output.written).toEqual([]);
  });

  it('flushSync() writes what is queued at once, for an exit that no callback outlives', () => {
    const output = scripted();
    const writer = lineWriter(1, { io: output.io, lingerMs: 0 });
    writer.write(line(1));
    writer.write(line(2));
    writer.flushSync();
    expect(output.written).toEqual([line(2)]);
    expect(output.pending.map((write) => write.text)).toEqual([line(1)]);
  });

  it('writes every line to a real file descriptor in order', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'evs-line-writer-'));
    try {
      const file = path.join(dir, 'out.log');
      const fd = openSync(file, 'w');
      const writer = lineWriter(fd);
      const expected = Array.from({ length: 5000 }, (_, i) => line(i));
      for (const text of expected) writer.write(text);
      await writer.drain();
      closeSync(fd);
      expect(await readFile(file, 'utf8')).toBe(expected.join(''));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
