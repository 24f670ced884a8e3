// A Vitest reporter for the mutation suite only: a test that a failed beforeAll (or a failed
// describe block) skipped is marked failed with that error. Vitest 4.1 leaves such tests
// `skip` with no parent suite in error at the top level, and @stryker-mutator/vitest-runner
// 9.5 counts only failed tests, so a mutant that breaks a test file's setup (a server that no
// longer starts) would be scored as survived although every test of the file was lost to it.
import type { Reporter, Vitest } from 'vitest/node';

interface Task {
  type: string;
  mode?: string;
  tasks?: Task[];
  result?: { state?: string; errors?: unknown[] };
}

/** Marks the skipped tests under every task in error; `error` is the nearest such task's errors. */
function failSkipped(task: Task, errors: unknown[] | undefined): void {
  const own = task.result?.state === 'fail' && task.result.errors?.length ? task.result.errors : errors;
  for (const child of task.tasks ?? []) {
    if (child.type === 'test') {
      if (own && child.result?.state !== 'pass' && child.result?.state !== 'fail') {
        child.mode = 'run';
        child.result = { ...child.result, state: 'fail', errors: own };
      }
    } else failSkipped(child, own);
  }
}

export class HookFailuresReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(): void {
    for (const file of this.vitest?.state.getFiles() ?? []) failSkipped(file as unknown as Task, undefined);
  }
}
