// The behaviour checks of the contract tool, each on answers made to break it: which violation
// (pointer, problem, expected, actual) a create, show, update, rollback, list and paging answer
// earns, and which answers it lets pass. Each is run from the registry, as the session runs it,
// through an adapter named after the function it once was. The self-test runs the same checks
// against live servers.
import { describe, expect, it } from 'vitest';
import { type CaseKnowledge, checkContextOf } from '../../src/contract/check-context.js';
import { checkRegistry, findingsOf } from '../../src/contract/check-registry.js';
import type { ContractViolation } from '../../src/contract/checker.js';
import type { CheckName } from '../../src/contract/checks.js';
import type { WireRequest } from '../../src/contract/http.js';
import { listQueryOf } from '../../src/contract/list-expectations.js';
import { type Expected, type ListPage, newRunContext } from '../../src/contract/run-context.js';
import { pageOf, pathSnapshotId, sentFields } from '../../src/contract/semantics.js';

/** A registered check run on an answer body, as the session runs it: what the run knows, what the case knows. */
const run = (
  name: CheckName,
  answer: unknown,
  request: WireRequest,
  known: { expected?: Expected | undefined; knows?: CaseKnowledge; pages?: ListPage[] } = {},
): ContractViolation[] => {
  const entry = checkRegistry.find((check) => check.name === name);
  if (!entry) throw new Error(`no check ${name}`);
  const context = newRunContext('p', V);
  const id = pathSnapshotId(request);
  if (known.expected && id) context.expected.set(id.toLowerCase(), known.expected);
  context.pages.push(...(known.pages ?? []));
  const operationId = entry.appliesTo[0] ?? 'listSnapshots';
  return findingsOf(entry, checkContextOf({ operationId, expectedStatus: 200, knows: known.knows ?? {} }, context), request, {
    status: 200,
    contentType: 'application/json',
    bytes: new Uint8Array(),
    truncated: false,
    body: answer,
  });
};
const expectCreated = (answer: unknown, request: WireRequest) => run('created-as-sent', answer, request);
const expectShown = (answer: unknown, request: WireRequest, expected: Expected | undefined) => run('shown-as-set', answer, request, { expected });
const expectUpdated = (answer: unknown, request: WireRequest, expected: Expected | undefined) => run('updated-as-sent', answer, request, { expected });
const expectRolledBack = (answer: unknown, request: WireRequest) => run('rollback-echo', answer, request);
const list = { method: 'GET', path: '/v2/p/cloudsnapshots/detail', authenticated: true } as const;
const expectListed = (answer: unknown, request: WireRequest) => run('list-matches-query', answer, request);
const expectIncludes = (answer: unknown, id: string | undefined, what: string) => run('list-includes', answer, list, { knows: { listIncludes: { id, what } } });
const expectCountAtLeast = (answer: unknown, atLeast: number, what: string) => run('list-count', answer, list, { knows: { listCount: { atLeast, what } } });
const expectNextPage = (answer: unknown, pages: ListPage[]) => run('list-paging', answer, list, { knows: { nextPage: true }, pages });

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const post = (body: unknown): WireRequest => ({ method: 'POST', path: '/v2/p/cloudsnapshots', body: typeof body === 'string' ? body : JSON.stringify(body), authenticated: true });
const get = (path: string): WireRequest => ({ method: 'GET', path, authenticated: true });
const put = (id: string, body: unknown): WireRequest => ({ method: 'PUT', path: `/v2/p/cloudsnapshots/${id}`, body: JSON.stringify(body), authenticated: true });

describe('the behaviour checks', () => {
  it.each<[string, () => unknown, unknown]>([
    [
      'created as sent',
      () =>
        expectCreated(
          { snapshot: { id: A, volume_id: V.toUpperCase(), name: 'n', description: 'd', metadata: { k: 'v' } } },
          post({ snapshot: { volume_id: V, name: 'n', description: 'd', metadata: { k: 'v' } } }),
        ),
      [],
    ],
    [
      'created with other fields',
      () =>
        expectCreated(
          { snapshot: { id: A, volume_id: B, name: 'm', description: null, metadata: { k: 'w', 'a/b~c': 'x' } } },
          post({ snapshot: { volume_id: V, name: 'n', description: 'd', metadata: { k: 'v', 'a/b~c': 'y' } } }),
        ),
      [
        { pointer: '/snapshot/name', problem: 'the name differs from what the create sent', expected: '"n"', actual: '"m"' },
        { pointer: '/snapshot/description', problem: 'the description differs from what the create sent', expected: '"d"', actual: 'null' },
        {
          pointer: '/snapshot/volume_id',
          problem: 'the volume_id differs from what the create sent',
          expected: '"5aa119a8-d25b-45a7-8d1b-88e127885635"',
          actual: '"bbbbbbbb-0000-4000-8000-000000000002"',
        },
        { pointer: '/snapshot/metadata/k', problem: 'the metadata differs from what the create sent', expected: '"v"', actual: '"w"' },
        { pointer: '/snapshot/metadata/a~1b~0c', problem: 'the metadata differs from what the create sent', expected: '"y"', actual: '"x"' },
      ],
    ],
    [
      'created without metadata in the answer',
      () => expectCreated({ snapshot: { id: A, volume_id: V, metadata: 'none' } }, post({ snapshot: { volume_id: V, metadata: { k: 'v' } } })),
      [{ pointer: '/snapshot/metadata/k', problem: 'the metadata differs from what the create sent', expected: '"v"', actual: 'nothing' }],
    ],
    ['created: malformed body sent', () => expectCreated({ snapshot: { id: A, volume_id: B } }, post('{"snapshot":')), []],
    ['created: body without snapshot', () => expectCreated({ snapshot: { id: A, volume_id: B } }, post({ volume_id: V })), []],
    ['created: answer without snapshot', () => expectCreated({ id: A }, post({ snapshot: { volume_id: V } })), []],
    ['created: name undefined in expectation', () => expectCreated({ snapshot: { id: A, volume_id: V, name: 'x' } }, post({ snapshot: { volume_id: V } })), []],
    [
      'shown, the one asked for',
      () => expectShown({ snapshot: { id: A.toUpperCase(), volume_id: V, name: 'n' } }, get(`/v2/p/cloudsnapshots/${A}`), { volume_id: V, name: 'n' }),
      [],
    ],
    [
      'shown, another',
      () => expectShown({ snapshot: { id: B, volume_id: V } }, get(`/v2/p/cloudsnapshots/${A}`), { volume_id: V }),
      [
        {
          pointer: '/snapshot/id',
          problem: 'the answer is another snapshot than the one asked for',
          expected: '"aaaaaaaa-0000-4000-8000-000000000001"',
          actual: '"bbbbbbbb-0000-4000-8000-000000000002"',
        },
      ],
    ],
    [
      'shown, stale fields',
      () =>
        expectShown({ snapshot: { id: A, volume_id: V, name: 'old', description: 'old' } }, get(`/v2/p/cloudsnapshots/${A}?x=1`), {
          volume_id: V,
          name: 'new',
          description: 'new',
        }),
      [
        { pointer: '/snapshot/name', problem: 'the name is not what the run last set on this snapshot', expected: '"new"', actual: '"old"' },
        { pointer: '/snapshot/description', problem: 'the description is not what the run last set on this snapshot', expected: '"new"', actual: '"old"' },
      ],
    ],
    ['shown, nothing known', () => expectShown({ snapshot: { id: A, volume_id: B, name: 'x' } }, get(`/v2/p/cloudsnapshots/${A}`), undefined), []],
    ['shown, not a snapshot', () => expectShown({ snapshots: [] }, get(`/v2/p/cloudsnapshots/${A}`), { volume_id: V }), []],
    [
      'shown, id not a string',
      () => expectShown({ snapshot: { id: 5 } }, get(`/v2/p/cloudsnapshots/${A}`), undefined),
      [{ pointer: '/snapshot/id', problem: 'the answer is another snapshot than the one asked for', expected: '"aaaaaaaa-0000-4000-8000-000000000001"', actual: '5' }],
    ],
    [
      'updated as sent, the rest kept',
      () =>
        expectUpdated({ snapshot: { id: A, volume_id: V, name: 'new', description: 'kept' } }, put(A, { snapshot: { name: 'new' } }), {
          volume_id: V,
          name: 'old',
          description: 'kept',
        }),
      [],
    ],
    [
      'updated, name not applied, description lost',
      () =>
        expectUpdated({ snapshot: { id: A, volume_id: V, name: 'old', description: 'other' } }, put(A, { snapshot: { name: 'new' } }), {
          volume_id: V,
          name: 'old',
          description: 'kept',
        }),
      [
        { pointer: '/snapshot/name', problem: 'the name is not the value the update sent', expected: '"new"', actual: '"old"' },
        { pointer: '/snapshot/description', problem: 'the description changed although the update did not send it', expected: '"kept"', actual: '"other"' },
      ],
    ],
    [
      'updated, name changed though only the description was sent',
      () =>
        expectUpdated({ snapshot: { id: A, volume_id: V, name: 'changed', description: 'd2' } }, put(A, { snapshot: { description: 'd2' } }), {
          volume_id: V,
          name: 'old',
          description: null,
        }),
      [{ pointer: '/snapshot/name', problem: 'the name changed although the update did not send it', expected: '"old"', actual: '"changed"' }],
    ],
    [
      'updated, a description the run never set left unchecked (a server may show none as "")',
      () => expectUpdated({ snapshot: { id: A, volume_id: V, name: 'n', description: '' } }, put(A, { snapshot: { name: 'n' } }), { volume_id: V, name: 'old', description: null }),
      [],
    ],
    [
      'updated, another snapshot',
      () => expectUpdated({ snapshot: { id: B, volume_id: V } }, put(A, { snapshot: { name: 'n' } }), undefined),
      [
        {
          pointer: '/snapshot/id',
          problem: 'the update answers another snapshot than the one in the path',
          expected: '"aaaaaaaa-0000-4000-8000-000000000001"',
          actual: '"bbbbbbbb-0000-4000-8000-000000000002"',
        },
      ],
    ],
    ['updated, nothing known', () => expectUpdated({ snapshot: { id: A, volume_id: V, name: 'x', description: 'y' } }, put(A, { snapshot: { name: 'x' } }), undefined), []],
    ['updated, no snapshot answered', () => expectUpdated({}, put(A, { snapshot: { name: 'x' } }), undefined), []],
    [
      'rolled back to the disk sent',
      () =>
        expectRolledBack({ rollback: { volume_id: V.toUpperCase() } }, { method: 'POST', path: '/x', body: JSON.stringify({ rollback: { volume_id: V } }), authenticated: true }),
      [],
    ],
    [
      'rolled back to another disk',
      () => expectRolledBack({ rollback: { volume_id: B } }, { method: 'POST', path: '/x', body: JSON.stringify({ rollback: { volume_id: V } }), authenticated: true }),
      [
        {
          pointer: '/rollback/volume_id',
          problem: 'the rollback answers another disk than the one sent',
          expected: '"5aa119a8-d25b-45a7-8d1b-88e127885635"',
          actual: '"bbbbbbbb-0000-4000-8000-000000000002"',
        },
      ],
    ],
    ['rolled back, malformed body', () => expectRolledBack({ rollback: { volume_id: B } }, { method: 'POST', path: '/x', body: '{', authenticated: true }), []],
    [
      'rolled back, no rollback answered',
      () => expectRolledBack({}, { method: 'POST', path: '/x', body: JSON.stringify({ rollback: { volume_id: V } }), authenticated: true }),
      [],
    ],
    [
      'listed, matching filters',
      () =>
        expectListed(
          {
            count: 2,
            snapshots: [
              { id: A, name: 'n', status: 'available', volume_id: V.toUpperCase() },
              { id: B, name: 'n', status: 'available', volume_id: V },
            ],
          },
          get(`/v2/p/cloudsnapshots/detail?name=n&status=available&volume_id=${V}`),
        ),
      [],
    ],
    [
      'listed, items off every filter',
      () =>
        expectListed(
          { count: 1, snapshots: [{ id: A, name: 'm', status: 'error', volume_id: B }] },
          get(`/v2/p/cloudsnapshots/detail?name=n&status=available&volume_id=${V}&id=${B}&id=${V}`),
        ),
      [
        { pointer: '/snapshots/0/name', problem: 'the item does not match the name filter', expected: '"n"', actual: '"m"' },
        { pointer: '/snapshots/0/status', problem: 'the item does not match the status filter', expected: '"available"', actual: '"error"' },
        {
          pointer: '/snapshots/0/volume_id',
          problem: 'the item does not match the volume_id filter',
          expected: '"5aa119a8-d25b-45a7-8d1b-88e127885635"',
          actual: '"bbbbbbbb-0000-4000-8000-000000000002"',
        },
        {
          pointer: '/snapshots/0/id',
          problem: 'the item is none of the ids asked for',
          expected: '["bbbbbbbb-0000-4000-8000-000000000002","5aa119a8-d25b-45a7-8d1b-88e127885635"]',
          actual: '"aaaaaaaa-0000-4000-8000-000000000001"',
        },
      ],
    ],
    ['listed, id filter matched in another case', () => expectListed({ count: 1, snapshots: [{ id: A.toUpperCase() }] }, get(`/v2/p/cloudsnapshots/detail?id=${B}&id=${A}`)), []],
    [
      'listed, a page past limit',
      () => expectListed({ count: 3, snapshots: [{ id: A }, { id: B }, { id: V }] }, get('/v2/p/cloudsnapshots/detail?limit=2')),
      [
        { pointer: '/snapshots', problem: 'the page holds more snapshots than limit=2', expected: '"at most 2 items"', actual: '"3 items"' },
        { pointer: '/snapshots', problem: 'with count 3, offset 0 and limit 2 the page must hold 2 snapshots', expected: '"2 items"', actual: '"3 items"' },
      ],
    ],
    [
      'listed, a short page',
      () => expectListed({ count: 5, snapshots: [{ id: A }] }, get('/v2/p/cloudsnapshots/detail?limit=2&offset=1')),
      [{ pointer: '/snapshots', problem: 'with count 5, offset 1 and limit 2 the page must hold 2 snapshots', expected: '"2 items"', actual: '"1 items"' }],
    ],
    ['listed, the last page', () => expectListed({ count: 5, snapshots: [{ id: A }] }, get('/v2/p/cloudsnapshots/detail?limit=2&offset=4')), []],
    [
      'listed, past the end',
      () => expectListed({ count: 5, snapshots: [{ id: A }] }, get('/v2/p/cloudsnapshots/detail?offset=9')),
      [{ pointer: '/snapshots', problem: 'with count 5, offset 9 and limit 1000 the page must hold 0 snapshots', expected: '"0 items"', actual: '"1 items"' }],
    ],
    ['listed, a marker page of any length', () => expectListed({ count: 5, snapshots: [{ id: A }] }, get(`/v2/p/cloudsnapshots/detail?limit=2&marker=${B}`)), []],
    [
      'listed, a limit that is not a number',
      () => expectListed({ count: 1001, snapshots: Array.from({ length: 1000 }, () => ({ id: A })) }, get('/v2/p/cloudsnapshots/detail?limit=x&offset=-1')),
      [],
    ],
    ['listed, not a list', () => expectListed({ count: '2', snapshots: [] }, get('/v2/p/cloudsnapshots/detail')), []],
    ['listed, an item that is not an object', () => expectListed({ count: 1, snapshots: ['x'] }, get('/v2/p/cloudsnapshots/detail?name=n')), []],
    ['includes it', () => expectIncludes({ count: 1, snapshots: [{ id: A.toUpperCase() }] }, A, 'the snapshot made'), []],
    [
      'leaves it out',
      () => expectIncludes({ count: 11, snapshots: Array.from({ length: 11 }, (_, i) => ({ id: `id-${i}` })) }, A, 'the snapshot made'),
      [
        {
          pointer: '/snapshots',
          problem: 'the list leaves out the snapshot made',
          expected: '"an item with id aaaaaaaa-0000-4000-8000-000000000001"',
          actual: '"ids [\\"id-0\\",\\"id-1\\",\\"id-2\\",\\"id-3\\",\\"id-4\\",\\"id-5\\",\\"id-6\\",\\"id-7\\",\\"id-8\\",\\"id-9\\"]"',
        },
      ],
    ],
    ['includes, no id known', () => expectIncludes({ count: 0, snapshots: [] }, undefined, 'x'), []],
    ['count enough', () => expectCountAtLeast({ count: 3, snapshots: [] }, 3, 'snapshots made'), []],
    [
      'count too low',
      () => expectCountAtLeast({ count: 2, snapshots: [] }, 3, 'snapshots made'),
      [{ pointer: '/count', problem: 'count is lower than the snapshots made', expected: '"at least 3"', actual: '2' }],
    ],
    ['next page, fine', () => expectNextPage({ count: 4, snapshots: [{ id: B }] }, [{ count: 4, ids: [A.toLowerCase()] }]), []],
    [
      'next page, count changed and a repeat',
      () =>
        expectNextPage({ count: 5, snapshots: [{ id: B }, { id: A.toUpperCase() }] }, [
          { count: 4, ids: [A] },
          { count: 5, ids: ['c'] },
        ]),
      [
        { pointer: '/count', problem: 'count changed from one page to the next', expected: '4', actual: '5' },
        {
          pointer: '/snapshots/1/id',
          problem: 'this snapshot was already on an earlier page: the offset was not applied',
          expected: '"a snapshot not listed before"',
          actual: '"aaaaaaaa-0000-4000-8000-000000000001"',
        },
      ],
    ],
    ['next page, no earlier page', () => expectNextPage({ count: 5, snapshots: [{ id: B }] }, []), []],
    ['next page, not a list', () => expectNextPage({ count: 5 }, [{ count: 4, ids: [] }]), []],
    ['created: no answer at all', () => expectCreated(null, post({ snapshot: { volume_id: V } })), []],
    ['created: a snapshot that is text', () => expectCreated({ snapshot: 'text' }, post({ snapshot: { volume_id: V } })), []],
    ['shown: no answer at all', () => expectShown(null, get(`/v2/p/cloudsnapshots/${A}`), { volume_id: V }), []],
    ['shown: a snapshot that is text', () => expectShown({ snapshot: 'text' }, get(`/v2/p/cloudsnapshots/${A}`), { volume_id: V }), []],
    [
      'shown: a path with no id',
      () => expectShown({ snapshot: { id: A } }, get('/v2/p/cloudsnapshots'), undefined),
      [{ pointer: '/snapshot/id', problem: 'the answer is another snapshot than the one asked for', expected: 'nothing', actual: '"aaaaaaaa-0000-4000-8000-000000000001"' }],
    ],
    [
      'shown: a name the run never set',
      () => expectShown({ snapshot: { id: A, volume_id: V, name: 'x' } }, get(`/v2/p/cloudsnapshots/${A}`), { volume_id: V, name: undefined }),
      [],
    ],
    ['updated: no answer at all', () => expectUpdated(null, put(A, { snapshot: { name: 'x' } }), undefined), []],
    ['updated: a snapshot that is text', () => expectUpdated({ snapshot: 'text' }, put(A, { snapshot: { name: 'x' } }), undefined), []],
    ['rolled back: no answer at all', () => expectRolledBack(null, { method: 'POST', path: '/x', body: JSON.stringify({ rollback: { volume_id: V } }), authenticated: true }), []],
    [
      'rolled back: a rollback that is text',
      () => expectRolledBack({ rollback: 'text' }, { method: 'POST', path: '/x', body: JSON.stringify({ rollback: { volume_id: V } }), authenticated: true }),
      [],
    ],
    [
      'rolled back: a body without rollback',
      () => expectRolledBack({ rollback: { volume_id: B } }, { method: 'POST', path: '/x', body: '{}', authenticated: true }),
      [{ pointer: '/rollback/volume_id', problem: 'the rollback answers another disk than the one sent', expected: 'nothing', actual: '"bbbbbbbb-0000-4000-8000-000000000002"' }],
    ],
    ['listed: no answer at all', () => expectListed(null, get('/v2/p/cloudsnapshots/detail')), []],
    ['listed: no count', () => expectListed({ snapshots: [{ id: A }] }, get('/v2/p/cloudsnapshots/detail?limit=0')), []],
    ['listed: no snapshots', () => expectListed({ count: 3 }, get('/v2/p/cloudsnapshots/detail')), []],
    [
      'listed: a negative offset read as none',
      () => expectListed({ count: 5, snapshots: Array.from({ length: 5 }, () => ({ id: A })) }, get('/v2/p/cloudsnapshots/detail?offset=-1')),
      [],
    ],
    [
      'listed: a two-digit limit',
      () => expectListed({ count: 20, snapshots: Array.from({ length: 13 }, () => ({ id: A })) }, get('/v2/p/cloudsnapshots/detail?limit=12')),
      [
        { pointer: '/snapshots', problem: 'the page holds more snapshots than limit=12', expected: '"at most 12 items"', actual: '"13 items"' },
        { pointer: '/snapshots', problem: 'with count 20, offset 0 and limit 12 the page must hold 12 snapshots', expected: '"12 items"', actual: '"13 items"' },
      ],
    ],
    ['next page: no answer at all', () => expectNextPage(null, [{ count: 4, ids: [] }]), []],
    ['includes: no snapshots list', () => expectIncludes({ count: 3 }, A, 'x'), []],
    ['count: no snapshots list', () => expectCountAtLeast({ count: 0 }, 3, 'x'), []],
  ])('%s', (_case, check, violations) => {
    const found = check() as ContractViolation[];
    expect(found.map(({ check: _check, class: _class, ...rest }) => rest)).toEqual(violations);
    // Every finding is a behaviour finding, named by the check that made it.
    for (const violation of found) expect([violation.class, typeof violation.check]).toEqual(['behaviour', 'string']);
  });

  it.each<[string, () => ContractViolation[], string]>([
    ['created', () => expectCreated({ snapshot: { volume_id: V, name: 'other' } }, post({ snapshot: { volume_id: V, name: 'sent' } })), 'created-as-sent'],
    ['listed', () => expectListed({ count: 1, snapshots: [{ id: A, status: 'error' }] }, get('/v2/p/cloudsnapshots/detail?status=available')), 'list-matches-query'],
    ['counted', () => expectCountAtLeast({ count: 0, snapshots: [] }, 3, 'x'), 'list-count'],
  ])('names the behaviour check of what was %s', (_case, check, name) => {
    expect(check().map((violation) => violation.check)).toContain(name);
  });
});

describe('what the checks read from a request and an answer', () => {
  it.each<[string, () => unknown, unknown]>([
    [
      'listQueryOf',
      () => listQueryOf(get('/x?limit=5&offset=2&marker=m&name=n&status=s&volume_id=v&id=a&id=b')),
      { limit: 5, offset: 2, marker: 'm', filters: { name: 'n', status: 's', volume_id: 'v', id: ['a', 'b'] } },
    ],
    ['listQueryOf', () => listQueryOf(get('/x')), { limit: 1000, offset: 0, filters: {} }],
    ['listQueryOf', () => listQueryOf(get('/x?limit=5a&offset=&name=')), { limit: 1000, offset: 0, filters: { name: '' } }],
    ['pageOf', () => pageOf({ count: 2, snapshots: [{ id: 'AB' }, { id: 5 }, 'x'] }), { count: 2, ids: ['ab', '', ''] }],
    ['pageOf', () => pageOf({ count: 2, snapshots: {} }), undefined],
    ['pathSnapshotId', () => pathSnapshotId(get('/v2/p/cloudsnapshots/abc?x=1')), 'abc'],
    ['pathSnapshotId', () => pathSnapshotId(get('/v2/p/cloudsnapshots/abc/rollback')), 'abc'],
    ['pathSnapshotId', () => pathSnapshotId(get('/v2/p/cloudsnapshots?x=1')), undefined],
    ['sentFields', () => sentFields(post({ snapshot: [1] })), undefined],
    ['sentFields', () => sentFields(post({ snapshot: { a: 1 } })), { a: 1 }],
    ['sentFields', () => sentFields({ method: 'GET', path: '/', authenticated: true }), undefined],
  ])('%s', (_name, read, value) => {
    expect(read()).toEqual(value);
  });
});
