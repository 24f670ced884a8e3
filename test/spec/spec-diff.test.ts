// The breaking-change gate: each rule classed on the side where it matters, the committed
// description checked against the last released one, and the gate failing on a breaking change
// and passing a compatible one.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { documentChanges, versionAllowsBreaking } from '../../scripts/spec-diff/document-changes.js';
import { gate } from '../../scripts/spec-diff/gate.js';

type Node = Record<string, unknown>;

/** A one-operation description: `PUT /things/{id}` taking `request` and answering `response` with 200. */
function described(request: Node, response: Node, extra: { parameters?: Node[]; statuses?: string[] } = {}): Node {
  const json = (schema: Node) => ({ content: { 'application/json': { schema } } });
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1.0.0' },
    paths: {
      '/things/{id}': {
        put: {
          operationId: 'putThing',
          parameters: extra.parameters ?? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, ...json(request) },
          responses: Object.fromEntries(['200', ...(extra.statuses ?? [])].map((status) => [status, { description: status, ...json(response) }])),
        },
      },
    },
  };
}

const object = (properties: Node, more: Node = {}): Node => ({ type: 'object', properties, ...more });
const base = object({ name: { type: 'string', maxLength: 10 }, kind: { type: 'string', enum: ['a', 'b'] }, size: { type: 'integer', minimum: 1 } }, { required: ['name'] });

/** How a change to the schema is classed when it is the request body, and when it is the response body. */
function classed(change: (schema: Node) => Node): { request: string[]; response: string[] } {
  const request = documentChanges(described(base, object({})), described(change(structuredClone(base)), object({})));
  const response = documentChanges(described(object({}), base), described(object({}), change(structuredClone(base))));
  return { request: request.map((c) => `${c.severity}: ${c.rule}`), response: response.map((c) => `${c.severity}: ${c.rule}`) };
}

const at = (schema: Node, name: string): Node => (schema.properties as Record<string, Node>)[name] as Node;
/** The schema with one keyword of one property set. */
const set = (schema: Node, name: string, keyword: string, value: unknown): Node => {
  at(schema, name)[keyword] = value;
  return schema;
};

describe('the rules of the breaking-change gate, on each side', () => {
  it.each<[string, (schema: Node) => Node, string, string]>([
    ['a new required property', (s) => ({ ...s, required: ['name', 'kind'] }), 'breaking: property became required', 'compatible: property became required'],
    ['a property no longer required', (s) => ({ ...s, required: [] }), 'compatible: property became optional', 'potentially breaking: property became optional'],
    [
      'a removed property',
      (s) => object({ name: at(s, 'name'), kind: at(s, 'kind') }, { required: ['name'] }),
      'potentially breaking: property removed',
      'breaking: property removed',
    ],
    [
      'an added optional property',
      (s) => object({ ...(s.properties as Node), note: { type: 'string' } }, { required: ['name'] }),
      'compatible: property added',
      'compatible: property added',
    ],
    ['a lower maxLength', (s) => set(s, 'name', 'maxLength', 5), 'breaking: maxLength tightened', 'compatible: maxLength tightened'],
    ['a higher maxLength', (s) => set(s, 'name', 'maxLength', 50), 'compatible: maxLength loosened', 'potentially breaking: maxLength loosened'],
    ['a higher minimum', (s) => set(s, 'size', 'minimum', 5), 'breaking: minimum tightened', 'compatible: minimum tightened'],
    ['an enum value removed', (s) => set(s, 'kind', 'enum', ['a']), 'breaking: enum value removed', 'compatible: enum value removed'],
    ['an enum value added', (s) => set(s, 'kind', 'enum', ['a', 'b', 'c']), 'compatible: enum value added', 'potentially breaking: enum value added'],
    ['a type change', (s) => set(s, 'size', 'type', 'string'), 'breaking: type changed', 'breaking: type changed'],
    ['a type widened to null', (s) => set(s, 'name', 'type', ['string', 'null']), 'compatible: type widened', 'potentially breaking: type widened'],
    ['unknown properties refused', (s) => ({ ...s, additionalProperties: false }), 'breaking: unknown properties refused', 'compatible: unknown properties refused'],
    ['a new byte limit', (s) => set(s, 'name', 'x-maxBytes', 30), 'breaking: x-maxBytes added', 'compatible: x-maxBytes added'],
    ['a changed pattern', (s) => set(s, 'name', 'pattern', '^[a-z]+$'), 'potentially breaking: pattern changed', 'potentially breaking: pattern changed'],
  ])('%s', (_change, change, request, response) => {
    const result = classed(change);
    expect(result.request).toEqual(request ? [request] : []);
    expect(result.response).toEqual(response ? [response] : []);
  });

  it('reordering the alternatives of a oneOf is no change', () => {
    const flat = object({ error_code: { type: 'string' } }, { required: ['error_code'] });
    const wrapped = object({ error: object({ code: { type: 'string' } }) });
    expect(documentChanges(described(object({}), { oneOf: [flat, wrapped] }), described(object({}), { oneOf: [wrapped, flat] }))).toEqual([]);
  });

  it('a removed operation breaks; an added one does not', () => {
    const one = described(base, base);
    const none = { ...one, paths: {} };
    expect(documentChanges(one, none).map((c) => `${c.severity}: ${c.rule}`)).toEqual(['breaking: operation removed']);
    expect(documentChanges(none, one).map((c) => `${c.severity}: ${c.rule}`)).toEqual(['compatible: operation added']);
  });

  it('a new required parameter breaks, a new optional one does not, and a new status code may break', () => {
    const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
    const before = described(base, base, { parameters: [id] });
    const required = described(base, base, { parameters: [id, { name: 'q', in: 'query', required: true, schema: { type: 'string' } }] });
    const optional = described(base, base, { parameters: [id, { name: 'q', in: 'query', schema: { type: 'string' } }] });
    const status = described(base, base, { parameters: [id], statuses: ['409'] });
    expect(documentChanges(before, required).map((c) => `${c.severity}: ${c.rule}`)).toEqual(['breaking: required parameter added']);
    expect(documentChanges(before, optional).map((c) => `${c.severity}: ${c.rule}`)).toEqual(['compatible: optional parameter added']);
    expect(documentChanges(before, status).map((c) => `${c.severity}: ${c.rule}`)).toEqual(['potentially breaking: response status added']);
  });

  it.each([
    ['0.1.0', '0.2.0', true],
    ['0.1.0', '0.1.1', false],
    ['1.4.2', '2.0.0', true],
    ['1.4.2', '1.5.0', false],
    ['1.4.2', '1.4.2', false],
  ])('a step from %s to %s allows breaking changes: %s', (before, after, allowed) => {
    expect(versionAllowsBreaking(before, after)).toBe(allowed);
  });
});

describe('npm run diff:spec, the gate on this description', () => {
  const gateOn = async (oldBundle: string, newBundle: string) => {
    const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Node;
    const { code, report } = gate(await read(oldBundle), await read(newBundle));
    return { code, stdout: report };
  };

  it('finds no breaking change in the committed description since the last release, unless the version allows it', async () => {
    const released = JSON.parse(await readFile(fromRoot('spec', 'released', 'openapi.json'), 'utf8')) as Node;
    const current = JSON.parse(await readFile(fromRoot('generated', 'openapi.json'), 'utf8')) as Node;
    const breaking = documentChanges(released, current).filter((c) => c.severity === 'breaking');
    const versions = [(released.info as Node).version, (current.info as Node).version] as [string, string];
    if (breaking.length && !versionAllowsBreaking(...versions))
      throw new Error(
        `${breaking.length} breaking changes since ${versions[0]}, without a version that allows them:\n${breaking.map((c) => `${c.rule}: ${c.where} ${c.pointer}: ${c.detail}`).join('\n')}`,
      );
  });

  it('fails on a breaking change and passes a compatible one, naming each', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-gate-'));
    try {
      const current = await readFile(fromRoot('generated', 'openapi.json'), 'utf8');
      const narrowed = JSON.parse(current) as { components: { schemas: Record<string, Node> } };
      narrowed.components.schemas.SnapshotName = { ...narrowed.components.schemas.SnapshotName, maxLength: 64 };
      const widened = JSON.parse(current) as { components: { schemas: Record<string, Node> } };
      const snapshot = widened.components.schemas.Snapshot as { properties: Node };
      snapshot.properties.encrypted = { type: 'boolean', description: 'new' };
      await writeFile(path.join(scratch, 'narrowed.json'), JSON.stringify(narrowed));
      await writeFile(path.join(scratch, 'widened.json'), JSON.stringify(widened));
      const base = fromRoot('generated', 'openapi.json');
      const bad = await gateOn(base, path.join(scratch, 'narrowed.json'));
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/breaking \(\d+ in \d+ kinds\)\n {2}maxLength tightened: \/snapshot\/name: maxLength 255 became 64/);
      expect(bad.stdout).toContain('is not a major bump (or a minor one while 0.x)');
      const good = await gateOn(base, path.join(scratch, 'widened.json'));
      expect(good.code, good.stdout).toBe(0);
      expect(good.stdout).not.toContain('breaking');
      // Snapshot is the body of 9 answers (both families' show, create, update), the base of 3 summary/list items and the item of 2 detailed lists.
      expect(good.stdout).toMatch(/compatible \(14 in 3 kinds\)\n {2}property added: \/snapshot\/encrypted: encrypted is new and optional/);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
