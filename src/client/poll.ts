// The one polling loop of the waiting helpers (a snapshot, a job, a new disk): read, judge what
// was read, pause, and give up at a deadline with the last status seen. A read that hangs or
// retries cannot carry the wait past its deadline: each read gets what is left of it.
import { sleep } from './sleep.js';

/** What a judge makes of one read: the wait is over with `value`, or goes on from `status`. */
export type Verdict<Result> = { done: true; value: Result } | { done: false; status: string };

export interface PollSettings<Read, Result> {
  /** One read; its signal ends it at the deadline or when the caller aborts. */
  read: (signal: AbortSignal) => Promise<Read>;
  /** Decides on what was read; throws when the awaited state can no longer come. */
  judge: (value: Read, poll: number, elapsedMs: number) => Verdict<Result>;
  /** When the wait began (the clock of `now`) and how long it may last from then. */
  startedAt: number;
  timeoutMs: number;
  intervalMs: number;
  signal: AbortSignal | undefined;
  /** The error that ends the wait at its deadline, given the last status seen (or `none (no answer yet)`). */
  timedOut: (lastStatus: string) => Error;
  now: () => number;
}

export const noAnswerYet = 'none (no answer yet)';

export async function poll<Read, Result>(settings: PollSettings<Read, Result>): Promise<Result> {
  const { read, judge, startedAt, timeoutMs, intervalMs, signal, timedOut, now } = settings;
  let last = noAnswerYet;
  for (let count = 1; ; count++) {
    const deadline = AbortSignal.timeout(Math.max(1, timeoutMs - (now() - startedAt)));
    let value: Read;
    try {
      value = await read(signal ? AbortSignal.any([signal, deadline]) : deadline);
    } catch (error) {
      if (deadline.aborted && !signal?.aborted) throw timedOut(last);
      throw error;
    }
    const verdict = judge(value, count, now() - startedAt);
    if (verdict.done) return verdict.value;
    last = verdict.status;
    if (now() - startedAt + intervalMs > timeoutMs) throw timedOut(last);
    await sleep(intervalMs, signal);
  }
}
