// The file evs-emulator writes its URL to (--url-file), for a CI step to wait for. A reader must
// never see it half written, nor see a URL an earlier run left: a stale file is removed before
// listening, the URL is written to a temporary file beside it and renamed over it (a rename is
// atomic within a folder), and the file is removed again once the emulator has stopped.
import { access, constants, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const temporaryOf = (file: string): string => join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);

/** Removes what an earlier run left and checks that the file can be written; resolves with why not, or undefined. */
export async function prepareUrlFile(file: string): Promise<string | undefined> {
  if ((await stat(file).catch(() => undefined))?.isDirectory()) return 'it is a folder';
  const folder = dirname(file);
  try {
    await rm(file, { force: true });
    await access(folder, constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? `the folder ${folder} does not exist`
      : `it cannot be written (${code ?? (error as Error).message})`;
  }
}

/** Writes `url` and a newline to `file` at once: a reader sees no file or the whole URL. */
export async function writeUrlFile(file: string, url: string): Promise<void> {
  const temporary = temporaryOf(file);
  try {
    await writeFile(temporary, `${url}\n`);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Removes the file after the stop: the URL no longer answers. */
export async function removeUrlFile(file: string): Promise<void> {
  await rm(file, { force: true });
}
