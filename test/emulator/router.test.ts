// The emulator's router on its own: the spec's table of operations, literal segments before
// parameters, no empty parameter, and Allow from the best-matching path only.
import { describe, expect, it } from 'vitest';
import { route } from '../../src/emulator/router.js';

const id = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';

describe('route', () => {
  it.each<[string, string, string, ReturnType<typeof route>]>([
    ['the list, not a snapshot called detail', 'GET', '/v2/p1/cloudsnapshots/detail', { operation: 'listSnapshots', params: { project_id: 'p1' } }],
    ['a snapshot', 'GET', `/v2/p1/cloudsnapshots/${id}`, { operation: 'showSnapshot', params: { project_id: 'p1', snapshot_id: id } }],
    ['a rollback', 'POST', `/v2/p1/cloudsnapshots/${id}/rollback`, { operation: 'rollbackSnapshot', params: { project_id: 'p1', snapshot_id: id } }],
    ['create', 'POST', '/v2/p1/cloudsnapshots', { operation: 'createSnapshot', params: { project_id: 'p1' } }],
    ['another method on the list: Allow names the list only', 'PUT', '/v2/p1/cloudsnapshots/detail', { allow: ['GET'] }],
    ['another method on a snapshot', 'POST', `/v2/p1/cloudsnapshots/${id}`, { allow: ['DELETE', 'GET', 'PUT'] }],
    ['an empty project', 'GET', '/v2//cloudsnapshots/detail', undefined],
    ['an empty snapshot ID', 'GET', '/v2/p1/cloudsnapshots/', undefined],
    ['a path one segment longer', 'GET', `/v2/p1/cloudsnapshots/${id}/rollback/x`, undefined],
    ['another version', 'GET', '/v3/p1/cloudsnapshots/detail', undefined],
  ])('routes %s', (_case, method, path, expected) => {
    expect(route(method, path)).toEqual(expected);
  });
});
