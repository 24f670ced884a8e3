// How the client reads an answer openapi-fetch handed over as text: the documented body of a 2xx,
// the reason a 2xx body will not do, and the error of a non-2xx, each with what it is known by.
import { describe, expect, it } from 'vitest';
import { jsonBody, listProblem, noBody, rollbackProblem, snapshotProblem } from '../../src/client/answers.js';
import { EvsApiError, EvsResponseError } from '../../src/client/index.js';

const keep = (text: string): string => text;
const answer = (status: number, data: string | undefined, init: { error?: unknown; statusText?: string; headers?: Record<string, string> } = {}) => ({
  ...(data === undefined ? {} : { data }),
  ...('error' in init ? { error: init.error } : {}),
  response: new Response(null, { status, statusText: init.statusText ?? '', headers: init.headers ?? {} }),
});
const thrown = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
};

describe('what a 2xx body must hold', () => {
  const snapshot = { id: 'a' };
  it.each<[string, (body: unknown) => string | undefined, unknown, string | undefined]>([
    ['a snapshot with an id', snapshotProblem, { snapshot }, undefined],
    ['a snapshot without an id', snapshotProblem, { snapshot: {} }, 'the body has no snapshot object with an id'],
    ['a list of snapshots with ids', listProblem, { snapshots: [snapshot, { id: 'b' }] }, undefined],
    ['an empty list', listProblem, { snapshots: [] }, undefined],
    ['a list that is not an array', listProblem, { snapshots: { 0: snapshot } }, 'the body has no snapshots array of objects with an id'],
    ['a list body that is an array', listProblem, [snapshot], 'the body has no snapshots array of objects with an id'],
    ['a list with one item that is not an object', listProblem, { snapshots: [snapshot, 'b'] }, 'the body has no snapshots array of objects with an id'],
    ['a list with one item without a string id', listProblem, { snapshots: [snapshot, { id: 7 }] }, 'the body has no snapshots array of objects with an id'],
    ['a list with a null item', listProblem, { snapshots: [null] }, 'the body has no snapshots array of objects with an id'],
    ['a rollback with a volume_id', rollbackProblem, { rollback: { volume_id: 'v' } }, undefined],
    ['a rollback body that is null', rollbackProblem, null, 'the body has no rollback object with a volume_id'],
    ['a rollback that is a string', rollbackProblem, { rollback: 'v' }, 'the body has no rollback object with a volume_id'],
    ['a rollback whose volume_id is a number', rollbackProblem, { rollback: { volume_id: 1 } }, 'the body has no rollback object with a volume_id'],
  ])('%s', (_case, problemWith, body, problem) => {
    expect(problemWith(body)).toBe(problem);
  });
});

describe('jsonBody', () => {
  it('returns the parsed body when nothing is wrong with it', () => {
    expect(jsonBody('listSnapshots', answer(200, '{"snapshots":[]}'), keep, listProblem)).toEqual({ snapshots: [] });
  });

  it('reports a 2xx with no body as not JSON, with an empty excerpt', () => {
    const error = thrown(() => jsonBody('showSnapshot', answer(200, undefined), keep, snapshotProblem)) as EvsResponseError;
    expect(error).toBeInstanceOf(EvsResponseError);
    expect([error.message, error.bodyExcerpt, error.requestId]).toEqual(['showSnapshot got HTTP 200 but the body is not valid JSON', '', undefined]);
  });

  it('reports the problem of a body that will not do, with the request id of the header', () => {
    const error = thrown(() => jsonBody('listSnapshots', answer(200, '{"snapshots":[1]}', { headers: { 'X-Request-Id': 'req-7' } }), keep, listProblem)) as EvsResponseError;
    expect([error.message, error.bodyExcerpt, error.requestId]).toEqual([
      'listSnapshots got HTTP 200 but the body has no snapshots array of objects with an id',
      '{"snapshots":[1]}',
      'req-7',
    ]);
  });
});

describe('the error of a non-2xx', () => {
  it('reads the EVS form without a code as a message with no code', () => {
    const error = thrown(() => noBody('deleteSnapshot', answer(404, undefined, { error: { itemNotFound: { message: 'gone' } } }), keep)) as EvsApiError;
    expect(error).toBeInstanceOf(EvsApiError);
    expect([error.message, error.code, error.wrapper, error.requestId, error.bodyExcerpt]).toEqual([
      'deleteSnapshot failed with HTTP 404: gone',
      undefined,
      'itemNotFound',
      undefined,
      undefined,
    ]);
  });

  it('says the body was empty when there was none, and "error" when there is no status text', () => {
    const error = thrown(() => noBody('deleteSnapshot', answer(500, undefined), keep)) as EvsApiError;
    expect([error.message, error.bodyExcerpt]).toEqual(['deleteSnapshot failed with HTTP 500: error (empty body)', undefined]);
  });

  it('gives the status text and an excerpt of a body in no documented form', () => {
    const error = thrown(() => noBody('deleteSnapshot', answer(502, undefined, { error: { oops: 1, and: 2 }, statusText: 'Bad Gateway' }), keep)) as EvsApiError;
    expect([error.message, error.bodyExcerpt]).toEqual(['deleteSnapshot failed with HTTP 502: Bad Gateway (body in no documented error form)', '{"oops":1,"and":2}']);
  });
});
