// Runs the TypeScript code samples named on the command line one after the other, in one process
// (one tsx start instead of six), each output framed so the test can tell them apart.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

for (const file of process.argv.slice(2)) {
  console.log(`<<< ${path.basename(file)}`);
  try {
    await import(pathToFileURL(path.resolve(file)).href);
  } catch (error) {
    console.log(`!!! ${(error as Error).stack ?? String(error)}`);
  }
  console.log(`>>> ${path.basename(file)}`);
}
