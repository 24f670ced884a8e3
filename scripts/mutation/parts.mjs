// The parts Stryker runs one at a time. A run writes its report and its incremental file only
// when it ends, so a run must end within a working session: each part holds about 600 mutants
// at most (about 30 to 50 minutes on 2 cores). Each product lists its parts by file; its last
// part, not listed, takes every file the listed ones do not, so a new file always belongs to one.
// Read by stryker.config.mjs and scripts/mutation.ts (types in parts.d.mts).
export const productParts = {
  shared: [],
  client: [
    // Signing, redirects and origins, the body's size limit: what a survivor must never hide.
    ['auth/**/*.ts', 'transport.ts', 'read-body.ts', 'request.ts', 'attempt.ts', 'network-errors.ts'],
    ['client.ts', 'options.ts', 'input.ts'],
  ],
  emulator: [
    ['options.ts', 'cli-args.ts'],
    ['operations/**/*.ts', 'store.ts', 'timeline.ts'],
    ['core.ts', 'auth.ts', 'refusals.ts'],
  ],
  contract: [
    ['schema-arbitrary.ts', 'generated-cases.ts'],
    ['semantics.ts', 'checker.ts'],
    ['session.ts', 'scenarios.ts'],
    ['options.ts', 'cli-args.ts'],
    ['run.ts', 'selection.ts', 'render.ts', 'command.ts'],
  ],
};

export const mutationProducts = Object.keys(productParts);

/** The parts of a product, in order: a one-part product is named and kept as the product itself. */
export function partsOf(product) {
  const listed = productParts[product];
  if (!listed) throw new Error(`unknown product ${JSON.stringify(product)}: one of ${mutationProducts.join(', ')}`);
  const base = `src/${product}/`;
  const count = listed.length + 1;
  return [...listed, undefined].map((files, i) => ({
    product,
    index: i + 1,
    count,
    name: count === 1 ? product : `${product}:${i + 1}`,
    dir: count === 1 ? product : `${product}-${i + 1}`,
    mutate: [...(files ? files.map((file) => base + file) : [`${base}**/*.ts`, ...listed.flat().map((file) => `!${base}${file}`)]), `!${base}**/index.ts`],
  }));
}

/** The part a name such as `emulator:2` (or `shared`) names, or undefined. */
export function partNamed(name) {
  const product = String(name).split(':')[0];
  if (!Object.hasOwn(productParts, product)) return undefined;
  return partsOf(product).find((part) => part.name === name);
}
