// A deadline that keeps the process alive while it runs. AbortSignal.timeout's timer is unref'd:
// when the only pending work is a request whose connection the server dropped, Node finds nothing
// to wait for and exits mid-call (an unsettled top-level await, exit 13) instead of failing the
// request when its time is up.

export interface Deadline {
  /** Aborts with a TimeoutError DOMException (as AbortSignal.timeout's does) once the time is up. */
  readonly signal: AbortSignal;
  /** Stops the timer: call it as soon as the work it guards has settled. */
  clear(): void;
}

export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`The operation timed out after ${ms} ms.`, 'TimeoutError')),
    ms,
  );
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
