// The benches start servers as detached process groups; each one is registered here so that any
// exit of the bench (a failed run included) kills every group it left behind.
import type { ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running)
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    } catch {
      // already gone
    }
});

/** Kills the child's process group at the bench's exit unless it has exited by then. */
export function reapAtExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
}
