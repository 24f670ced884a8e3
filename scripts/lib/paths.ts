// Where things live, resolved from this file so scripts work from any working directory.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fromRoot = (...segments: string[]): string => path.join(repoRoot, ...segments);

/** The root of the hand-written description. */
export const specRoot = fromRoot('spec', 'openapi.yaml');
export const generatedDir = fromRoot('generated');
export const docsDir = fromRoot('generated', 'docs');
