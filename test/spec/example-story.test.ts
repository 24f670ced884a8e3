// The examples of the six operations tell one story, because consumers (and Prism, which serves
// them) read them as the truth: one snapshot of one disk is created, shown, renamed, listed with
// an older one, rolled back to and deleted.
import { describe, expect, it } from 'vitest';
import { at, isObject, type Json, type JsonObject, obj, operationById } from '../support/openapi-document.js';

const examplesAt = (pointer: string): Record<string, JsonObject> => {
  const examples = obj(pointer);
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, (example as JsonObject).value as JsonObject]));
};
const requestExamples = (operationId: string) => examplesAt(`${operationById(operationId).pointer}/requestBody/content/application~1json/examples`);
const responseExamples = (operationId: string, status: string) => examplesAt(`${operationById(operationId).pointer}/responses/${status}/content/application~1json/examples`);
const snapshotOf = (value: JsonObject): JsonObject => value.snapshot as JsonObject;

const created = snapshotOf(responseExamples('createSnapshot', '202').reference!);
const shown = Object.values(responseExamples('showSnapshot', '200')).map(snapshotOf);
const updated = responseExamples('updateSnapshot', '200');
const lists = responseExamples('listSnapshots', '200');
const story = String(created.id);
const disk = String(created.volume_id);

describe('the example story', () => {
  it('create, show and update answer about the same snapshot of the same disk', () => {
    for (const snapshot of [...shown, ...Object.values(updated).map(snapshotOf)]) expect([snapshot.id, snapshot.volume_id]).toEqual([story, disk]);
  });

  it('every request example names that disk', () => {
    for (const example of Object.values(requestExamples('createSnapshot'))) expect(snapshotOf(example).volume_id).toBe(disk);
    for (const example of Object.values(requestExamples('rollbackSnapshot'))) expect((example.rollback as JsonObject).volume_id).toBe(disk);
    for (const example of Object.values(responseExamples('rollbackSnapshot', '202'))) expect((example.rollback as JsonObject).volume_id).toBe(disk);
  });

  it('the create answer carries what the reference create request sent, and show what create answered', () => {
    const request = snapshotOf(requestExamples('createSnapshot').reference!);
    expect([created.name, created.description, created.status]).toEqual([request.name, request.description, 'creating']);
    for (const snapshot of shown) expect([snapshot.name, snapshot.created_at, snapshot.status]).toEqual([created.name, created.created_at, 'available']);
  });

  it('each update answer shows the name of one update request, and a later updated_at than create', () => {
    const requested = Object.values(requestExamples('updateSnapshot')).map((example) => snapshotOf(example).name);
    for (const answer of Object.values(updated).map(snapshotOf)) {
      expect(requested).toContain(answer.name);
      expect(String(answer.updated_at) >= String(created.updated_at)).toBe(true);
    }
  });

  it('the list shows the snapshot under its latest name, after the update', () => {
    const latest = Object.values(updated)
      .map(snapshotOf)
      .sort((a, b) => String(b.updated_at).localeCompare(String(a.updated_at)))[0]!;
    for (const page of Object.values(lists)) {
      const item = (page.snapshots as JsonObject[]).find((snapshot) => snapshot.id === story);
      expect(item).toMatchObject({ name: latest.name, updated_at: latest.updated_at, volume_id: disk });
    }
  });

  it.each(Object.entries(lists))('the %s list example counts what it holds, and its next link pages on from its last item', (_name, page) => {
    const items = page.snapshots as JsonObject[];
    const links = (page.snapshots_links ?? []) as JsonObject[];
    const next = links.find((link) => link.rel === 'next');
    expect(Number(page.count)).toBeGreaterThanOrEqual(items.length);
    if (!next) {
      expect(page.count).toBe(items.length);
      return;
    }
    const url = new URL(String(next.href));
    const projectId = String(items[0]!['os-extended-snapshot-attributes:project_id']);
    expect(url.pathname).toBe(operationById('listSnapshots').path.replace('{project_id}', projectId));
    expect(url.searchParams.get('marker')).toBe(items.at(-1)!.id);
    expect(Number(url.searchParams.get('limit'))).toBe(items.length);
    expect(Number(page.count)).toBeGreaterThan(items.length);
  });

  it('list items are newest first and carry the project of the example paths', () => {
    for (const page of Object.values(lists)) {
      const items = page.snapshots as JsonObject[];
      const times = items.map((item) => String(item.created_at));
      expect([...times].sort().reverse()).toEqual(times);
      for (const item of items) expect(item['os-extended-snapshot-attributes:project_id']).toBe(at('#/components/parameters/ProjectId/examples/project/value'));
    }
  });

  it('the X-Request-Id example is an identifier, not the word "string"', () => {
    const header = obj('#/components/headers/XRequestId');
    for (const value of [header.example, ...((isObject(header.schema) ? header.schema.examples : []) as Json[])]) expect(String(value)).toMatch(/^[0-9a-f]{32}$/);
  });
});
