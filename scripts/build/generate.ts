// Step 2 of the build: everything code needs from a bundle, written into one folder: the types,
// the runtime constants and the validators.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { constantsModule } from './constants.js';
import type { Node } from './document.js';
import { generatedFiles } from './generated-files.js';
import { requestSchemasModule } from './request-schemas.js';
import { typesModule } from './types.js';
import { requestValidatorsModule, responseValidatorsModule, urlQueryValidatorModule } from './validators.js';

export { generatedFiles };

/** Generates `generatedFiles` into `outDir` from the JSON bundle at `bundlePath`. */
export async function generate(bundlePath: string, outDir: string): Promise<void> {
  const document = JSON.parse(await readFile(bundlePath, 'utf8')) as Node;
  const modules: Record<(typeof generatedFiles)[number], string> = {
    'schema.d.ts': await typesModule(document),
    'spec-constants.ts': constantsModule(document),
    'request-validators.ts': requestValidatorsModule(document),
    'url-query-validator.ts': urlQueryValidatorModule(document),
    'response-validators.ts': responseValidatorsModule(document),
    'request-schemas.ts': requestSchemasModule(document),
  };
  await Promise.all(Object.entries(modules).map(([file, text]) => writeFile(path.join(outDir, file), text)));
}
