// npm run build: every derived file from spec/, step by step, each step taking the previous
// one's output as its input: lint, bundle, generate (types, constants, validators), docs, lib.
import path from 'node:path';
import { bundle } from './build/bundle.js';
import { buildDocs } from './build/docs.js';
import { generate } from './build/generate.js';
import { buildLib } from './build/lib.js';
import { docsDir, fromRoot, generatedDir, specRoot } from './lib/paths.js';
import { redocly } from './lib/redocly.js';

const steps = process.argv.slice(2);
const only = (step: string): boolean => steps.length === 0 || steps.includes(step);
const known = ['lint', 'bundle', 'generate', 'docs', 'lib'];
const unknown = steps.filter((step) => !known.includes(step));
if (unknown.length) {
  console.error(`npm run build: unknown step ${unknown.join(', ')}; the steps are ${known.join(', ')} (all by default)`);
  process.exit(2);
}
const bundlePath = path.join(generatedDir, 'openapi.json');
const relative = (file: string): string => path.relative(fromRoot(), file);

if (only('lint')) await redocly(['lint']).then(() => console.log('lint: spec/ has no problems'));
if (only('bundle')) await bundle(specRoot, generatedDir).then((file) => console.log(`bundle: ${relative(file)} and openapi.yaml`));
if (only('generate')) await generate(bundlePath, generatedDir).then(() => console.log(`generate: types, constants and validators in ${relative(generatedDir)}/`));
if (only('docs')) await buildDocs(bundlePath, docsDir).then(() => console.log(`docs: ${relative(docsDir)}/index.html and zh-CN.html`));
if (only('lib')) await buildLib().then(() => console.log('lib: src/ compiled to dist/'));
