// The file behind --fixtures: JSON, or YAML for a name ending .yaml or .yml, read as it is; its
// content is checked by the options (state-read.ts), which name the entry and field at fault.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Checker } from '../shared/input-problem.js';

/**
 * YAML is read by the `yaml` package, loaded only for a YAML file: the emulator's runtime needs it
 * for nothing else, so a JSON user does not need it installed.
 */
function parseYaml(check: Checker, flag: string, text: string): unknown {
  let yaml: typeof import('yaml');
  try {
    yaml = createRequire(import.meta.url)('yaml') as typeof yaml;
  } catch {
    return check.fail(
      flag,
      'format',
      'a YAML file',
      'needs the yaml package to be read (npm install yaml), or JSON instead',
    );
  }
  // Not yaml.parse: it prints each warning with the line it is on (a token's first 50 characters
  // included) and reads a tag it does not know (`!!js/function`) as a plain string. A warning
  // refuses the file here like an error; the caller shows the message's first line alone.
  const document = yaml.parseDocument(text);
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw problem;
  return document.toJS();
}

/** The document in `file`; a file that cannot be read or parsed is named with why. */
export function readFixturesFile(check: Checker, flag: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return check.fail(
      flag,
      'file',
      file,
      `must be a file that can be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const isYaml = /\.ya?ml$/i.test(file);
  try {
    return isYaml ? parseYaml(check, flag, text) : JSON.parse(text);
  } catch (error) {
    if ((error as Error).name === 'InputProblem') throw error;
    return check.fail(
      flag,
      'format',
      file,
      `must hold ${isYaml ? 'YAML' : 'JSON'} (${(error as Error).message.split('\n')[0]?.replace(/:$/, '')})`,
    );
  }
}
