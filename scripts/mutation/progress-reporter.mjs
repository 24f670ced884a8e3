// A Stryker reporter that appends each mutant's result to reports/mutation/<part>/progress.jsonl
// the moment it is known. Stryker writes its own reports only when a run ends; a run stopped
// half-way (a closed session, a machine restarted) would otherwise leave nothing to read.
// npm run test:mutation -- --summary scores such a partial log, marked as partial.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commonTokens, declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

class ProgressReporter {
  static inject = [commonTokens.options];

  constructor(options) {
    this.file = path.join(path.dirname(options.jsonReporter.fileName), 'progress.jsonl');
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, '');
  }

  onMutantTested(result) {
    const { id, fileName, mutatorName, replacement, location, status } = result;
    appendFileSync(this.file, `${JSON.stringify({ id, fileName: path.relative(process.cwd(), fileName), mutatorName, replacement, location, status })}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'evs-progress', ProgressReporter)];
