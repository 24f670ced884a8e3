// The emulator's timeline: changes apply in the order they are due, those due together in the
// order they were scheduled, only once, and only when the clock has reached them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/emulator/timeline.js';

describe('Timeline', () => {
  it('applies every change due, in (time, scheduling) order, whatever order they came in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 0, max: 25 }), (times, now) => {
        const timeline = new Timeline();
        const applied: number[] = [];
        for (const [index, at] of times.entries()) timeline.schedule(at, () => applied.push(index));
        expect(timeline.size).toBe(times.length);
        timeline.settle(now);
        const due = times
          .map((at, index) => ({ at, index }))
          .filter(({ at }) => at <= now)
          .sort((a, b) => a.at - b.at || a.index - b.index)
          .map(({ index }) => index);
        expect(applied).toEqual(due);
        expect(timeline.size).toBe(times.length - due.length);
        // The rest comes later, in order, and nothing twice.
        timeline.settle(Number.POSITIVE_INFINITY);
        expect(applied.length).toBe(times.length);
        expect(new Set(applied).size).toBe(times.length);
        expect(timeline.size).toBe(0);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('applies a change scheduled by a change at once when it is due', () => {
    const timeline = new Timeline();
    const applied: string[] = [];
    timeline.schedule(5, () => {
      applied.push('first');
      timeline.schedule(5, () => applied.push('scheduled by the first'));
      timeline.schedule(9, () => applied.push('later'));
    });
    timeline.settle(5);
    expect(applied).toEqual(['first', 'scheduled by the first']);
    timeline.settle(8);
    expect(applied).toHaveLength(2);
    timeline.settle(9);
    expect(applied.at(-1)).toBe('later');
  });

  it('forgets everything on clear', () => {
    const timeline = new Timeline();
    const applied: number[] = [];
    for (let i = 0; i < 10; i++) timeline.schedule(i, () => applied.push(i));
    timeline.clear();
    timeline.settle(100);
    expect([applied, timeline.size]).toEqual([[], 0]);
  });
});
