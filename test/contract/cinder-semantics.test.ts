// The behaviour checks of the OpenStack-compatible family on their own: the run's record of what each
// metadata call changed, the metadata answers against it, the agreement of the two families (the
// status only once it was available), and the marker paging's end.
import { describe, expect, it } from 'vitest';
import { checkContextOf } from '../../src/contract/check-context.js';
import { applyMetadata, familiesAgree, markerPaging, metadataAsSet, nextMarker } from '../../src/contract/cinder-semantics.js';
import type { WireRequest } from '../../src/contract/http.js';
import { type Expected, newRunContext } from '../../src/contract/run-context.js';
import type { OperationId } from '../../src/contract/scenarios.js';

const P = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const S = 'aaaaaaaa-0000-4000-8000-00000000000c';
const metadataPath = `/v2/${P}/snapshots/${S}/metadata`;
const request = (method: WireRequest['method'], path: string, body?: unknown): WireRequest => ({
  method,
  path,
  authenticated: true,
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
const answer = (body: unknown) => ({ status: 200, contentType: 'application/json', bytes: new Uint8Array(), truncated: false, body });
const problems = (found: { pointer: string; problem: string }[]) => found.map((f) => `${f.pointer}: ${f.problem}`);

describe('applyMetadata', () => {
  it('merges a POST, replaces the user keys on a PUT (keeping __system__ keys), sets and removes one key', () => {
    const known: Expected = { volume_id: V, metadata: { owner: 'a', __system__encrypted: '1' } };
    applyMetadata(known, 'createSnapshotMetadata', request('POST', metadataPath, { metadata: { team: 't' } }));
    expect(known.metadata).toEqual({ owner: 'a', __system__encrypted: '1', team: 't' });
    applyMetadata(known, 'updateSnapshotMetadataV3', request('PUT', metadataPath, { metadata: { tier: 'g' } }));
    expect([known.metadata, known.removedKeys]).toEqual([{ __system__encrypted: '1', tier: 'g' }, ['owner', 'team']]);
    applyMetadata(known, 'updateSnapshotMetadataItem', request('PUT', `${metadataPath}/owner`, { meta: { owner: 'b' } }));
    applyMetadata(known, 'deleteSnapshotMetadataItem', request('DELETE', `${metadataPath}/contract%20suite%20key`));
    expect([known.metadata, known.removedKeys]).toEqual([{ __system__encrypted: '1', tier: 'g', owner: 'b' }, ['team', 'contract suite key']]);
  });

  it('keeps keys named like Object.prototype members (__proto__, constructor) as ordinary keys', () => {
    const known: Expected = { volume_id: V, metadata: {} };
    applyMetadata(known, 'createSnapshotMetadata', request('POST', metadataPath, { metadata: JSON.parse('{"__proto__": "p", "constructor": "c"}') }));
    expect(Object.entries(known.metadata ?? {})).toEqual([
      ['__proto__', 'p'],
      ['constructor', 'c'],
    ]);
    applyMetadata(known, 'updateSnapshotMetadata', request('PUT', metadataPath, { metadata: { tier: 'g' } }));
    expect([Object.entries(known.metadata ?? {}), known.removedKeys]).toEqual([[['tier', 'g']], ['__proto__', 'constructor']]);
  });
});

describe('metadataAsSet', () => {
  const run = () => {
    const context = newRunContext(P, V);
    context.expected.set(S, { volume_id: V, metadata: { owner: 'a' }, removedKeys: ['stage'] });
    return context;
  };
  const check = (operationId: OperationId, sent: WireRequest, body: unknown) =>
    problems(metadataAsSet(checkContextOf({ operationId, expectedStatus: 200 }, run()), sent, answer(body)));

  it('finds a POST answer that lost a kept key, a PUT answer that kept a key left out, a show holding a removed key', () => {
    expect(check('createSnapshotMetadata', request('POST', metadataPath, { metadata: { team: 't' } }), { metadata: { team: 't' } })).toEqual([
      '/metadata/owner: a POST merges, but its answer lost the key "owner" the snapshot had and the body left out',
    ]);
    expect(check('updateSnapshotMetadata', request('PUT', metadataPath, { metadata: { team: 't' } }), { metadata: { team: 't', owner: 'a', __system__x: '1' } })).toEqual([
      '/metadata/owner: a PUT replaces the metadata, but its answer kept the key "owner" the body left out',
    ]);
    expect(check('showSnapshotMetadataV3', request('GET', metadataPath), { metadata: { owner: 'a', stage: 'old' } })).toEqual([
      '/metadata/stage: the metadata still holds the key "stage" the run removed',
    ]);
    expect(check('showSnapshotMetadata', request('GET', metadataPath), { metadata: { owner: 'a', __system__x: '1' } })).toEqual([]);
  });

  it('finds a removed key named like an Object.prototype member (constructor) that the answer still holds', () => {
    const context = newRunContext(P, V);
    context.expected.set(S, { volume_id: V, metadata: { owner: 'a' }, removedKeys: ['constructor'] });
    const found = metadataAsSet(
      checkContextOf({ operationId: 'showSnapshotMetadata', expectedStatus: 200 }, context),
      request('GET', metadataPath),
      answer({ metadata: { owner: 'a', constructor: 'c' } }),
    );
    expect(problems(found)).toEqual(['/metadata/constructor: the metadata still holds the key "constructor" the run removed']);
  });

  it('finds a per-key answer of another value or with other keys', () => {
    expect(check('showSnapshotMetadataItem', request('GET', `${metadataPath}/owner`), { meta: { owner: 'z' } })).toEqual([
      '/meta/owner: the key "owner" is not what the run last set',
    ]);
    expect(check('updateSnapshotMetadataItem', request('PUT', `${metadataPath}/tier`, { meta: { tier: 'g' } }), { meta: { tier: 'g', owner: 'a' } })).toEqual([
      '/meta: the answer about the key "tier" holds other keys',
    ]);
  });
});

describe('familiesAgree', () => {
  const snapshot = { id: S, name: 'n', description: null, size: 10, volume_id: V, status: 'available' };
  const check = (seen: { operationId: string; snapshot: Record<string, unknown> }, shown: Record<string, unknown>) => {
    const context = newRunContext(P, V);
    context.seen.set(S, { family: 'cloudsnapshots (/v2/{project_id}/cloudsnapshots)', ...seen });
    const spec = { operationId: 'showCinderSnapshot' as const, expectedStatus: 200, knows: { agreesWithOtherFamily: true as const } };
    return problems(familiesAgree(checkContextOf(spec, context), request('GET', `/v2/${P}/snapshots/${S}`), answer({ snapshot: shown })));
  };
  it('compares the status only once the other family said available, and never against a create answer', () => {
    expect(check({ operationId: 'showSnapshot', snapshot: { ...snapshot, status: 'creating' } }, snapshot)).toEqual([]);
    expect(check({ operationId: 'createSnapshot', snapshot }, { ...snapshot, status: 'deleting' })).toEqual([]);
    expect(check({ operationId: 'showSnapshot', snapshot }, { ...snapshot, status: 'deleting', size: 11 })).toEqual([
      '/snapshot/size: the size differs between the families: Cinder v2 (/v2/{project_id}/snapshots) (showCinderSnapshot) answers another than cloudsnapshots (/v2/{project_id}/cloudsnapshots) answered (showSnapshot) just before',
      '/snapshot/status: the status differs between the families: Cinder v2 (/v2/{project_id}/snapshots) (showCinderSnapshot) answers another than cloudsnapshots (/v2/{project_id}/cloudsnapshots) answered (showSnapshot) just before',
    ]);
  });
});

describe('markerPaging', () => {
  it('on the page without a next link, names the run snapshots no page listed; reads the marker from an absolute next link', () => {
    const context = newRunContext(P, V);
    const knows = { markerPage: { mustFind: [S, 'bbbbbbbb-0000-4000-8000-00000000000d'] } };
    const page = (path: string, body: unknown) =>
      problems(markerPaging(checkContextOf({ operationId: 'listCinderSnapshotsDetail', expectedStatus: 200, knows }, context), request('GET', path), answer(body)));
    const first = { snapshots: [{ id: S }], snapshots_links: [{ rel: 'next', href: `https://evs.example.test/v2/${P}/snapshots/detail?limit=1&marker=${S}` }] };
    expect(nextMarker(first)).toBe(S);
    expect(page(`/v2/${P}/snapshots/detail?limit=1`, first)).toEqual([]);
    expect(page(`/v2/${P}/snapshots/detail?limit=1&marker=${S}`, { snapshots: [] })).toEqual([
      "/snapshots_links: the paging ended (no next link) after 2 pages without listing 1 of the run's snapshots on the disk",
    ]);
  });

  it('judges the last page it follows (maxPages) as the end, next link or not; unless the run has as many snapshots to find as pages followed', () => {
    const stranger = (n: number) => `cccccccc-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const walk = (mustFind: string[]) => {
      const context = newRunContext(P, V);
      const knows = { markerPage: { mustFind, maxPages: 3 } };
      return [1, 2, 3].map((n) =>
        problems(
          markerPaging(
            checkContextOf({ operationId: 'listCinderSnapshotsDetail', expectedStatus: 200, knows }, context),
            request('GET', `/v2/${P}/snapshots/detail?limit=1${n === 1 ? '' : `&marker=${stranger(n - 1)}`}`),
            answer({ snapshots: [{ id: stranger(n) }], snapshots_links: [{ rel: 'next', href: `?limit=1&marker=${stranger(n)}` }] }),
          ),
        ),
      );
    };
    expect(walk([S])).toEqual([
      [],
      [],
      ["/snapshots_links: the paging still had a next link after 3 pages, the most the tool follows, without listing 1 of the run's snapshots on the disk"],
    ]);
    expect(walk([S, stranger(7), stranger(8)])).toEqual([[], [], []]);
  });
});
