// Every example and default in the bundle must validate against the schema it illustrates,
// checked with Ajv's 2020-12 dialect rather than the linter's own validator.
import { describe, expect, it } from 'vitest';
import { document, isObject, type Json } from '../support/openapi-document.js';
import { SchemaValidator } from '../support/schema-validator.js';

interface ExampleCase {
  where: string;
  schema: Json;
  value: Json;
}

function collect(node: Json, where: string, found: ExampleCase[] = []): ExampleCase[] {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) collect(item, `${where}/${index}`, found);
    return found;
  }
  if (!isObject(node)) return found;
  // Media type, parameter or header objects: `schema` beside `example` / an `examples` map.
  if (node.schema !== undefined) {
    if (node.example !== undefined) found.push({ where: `${where}/example`, schema: node.schema, value: node.example });
    if (isObject(node.examples))
      for (const [name, example] of Object.entries(node.examples))
        if (isObject(example) && example.value !== undefined) found.push({ where: `${where}/examples/${name}`, schema: node.schema, value: example.value });
  }
  // Schema objects: an `examples` array and `default` illustrate the schema they sit in.
  if (Array.isArray(node.examples)) for (const [index, value] of node.examples.entries()) found.push({ where: `${where}/examples/${index}`, schema: node, value });
  if (node.default !== undefined && node.schema === undefined) found.push({ where: `${where}/default`, schema: node, value: node.default });
  for (const [key, value] of Object.entries(node)) collect(value, `${where}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, found);
  return found;
}

const cases = collect(document, '#');
const validator = new SchemaValidator();

describe('examples in the bundle', () => {
  it('finds the examples of both operations (the walk is not vacuous)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const where = cases.map((c) => c.where);
    expect(where).toContain('#/paths/~1v2~1{project_id}~1cloudsnapshots/post/requestBody/content/application~1json/examples/reference');
    expect(where).toContain('#/paths/~1v2~1{project_id}~1cloudsnapshots~1{snapshot_id}/put/responses/200/content/application~1json/examples/reference');
  });

  it.each(cases.map((c) => [c.where, c] as const))('%s validates against its schema', (_where, example) => {
    expect(validator.violations(example.schema, example.value)).toEqual([]);
  });
});
