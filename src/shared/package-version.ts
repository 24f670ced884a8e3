// The package's version for the commands' --version, read at run time from its package.json so
// that it cannot drift from what npm installed. The file is found by walking up from this module:
// it is two folders up in a clone (src/shared/, run by tsx) and three in the package (dist/src/shared/).
import { readFileSync } from 'node:fs';

export const packageName = 'evs-snapshot-openapi';

/** How many folders up the walk looks: enough for dist/src/shared/, not so many that it finds another package. */
const deepest = 4;

function manifestIn(folder: URL): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(new URL('package.json', folder), 'utf8')) as { name?: unknown; version?: unknown };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The version in the nearest package.json named evs-snapshot-openapi above `from` (this module by default). */
export function packageVersion(from: string | URL = import.meta.url): string {
  let folder = new URL('.', from);
  for (let level = 0; level <= deepest; level++) {
    const manifest = manifestIn(folder);
    if (manifest?.name === packageName && typeof manifest.version === 'string') return manifest.version;
    folder = new URL('..', folder);
  }
  throw new Error(
    `${packageName}: no package.json of ${packageName} within ${deepest} folders above ${new URL('.', from).pathname}`,
  );
}
