// The OpenStack-compatible family, the snapshot metadata and the two families together, run against
// the fake EVS with the family served: no false alarm against a faithful one; a failure naming the
// scenario and the key against one whose metadata calls lose keys; one naming both families against
// one whose families disagree; the family skipped, with the reason, against a server without it.

import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { requestSchemas } from '../../generated/request-schemas.js';
import { caseDetails, caseLine } from '../../src/contract/report-text.js';
import type { CaseResult, ContractResult } from '../../src/contract/result.js';
import { runContract } from '../../src/contract/run.js';
import { scenarios } from '../../src/contract/scenarios.js';
import { breakages, type Schema, validValues } from '../../src/contract/schema-arbitrary.js';
import { type FakeEvs, type FakeReply, startFakeEvs } from '../support/fake-evs.js';

const token = 'cinder-contract-token-7c2e';
const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const servers: FakeEvs[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

type Request = { method: string; path: string; search: string; body: string; token: string };
type Mutation = (reply: FakeReply, request: Request, fake: FakeEvs) => FakeReply;

/** A run of the scenarios (no generated cases) against the fake, the family served unless `openstack` is false. */
async function runAgainst(
  mutate?: Mutation,
  extra: { openstack?: boolean; honourMarker?: boolean; options?: Record<string, unknown>; fake?: (fake: FakeEvs) => void } = {},
): Promise<ContractResult> {
  let fake: FakeEvs | undefined;
  fake = await startFakeEvs({
    token,
    projectId,
    openstack: extra.openstack ?? true,
    honourMarker: extra.honourMarker ?? true,
    ...(mutate ? { mutate: (reply, request) => (fake ? mutate(reply, request, fake) : reply) } : {}),
  });
  servers.push(fake);
  extra.fake?.(fake);
  return runContract({ baseUrl: fake.url, projectId, volumeId, auth: { token }, generate: 0, pollIntervalMs: 1, waitTimeoutMs: 500, ...extra.options });
}

const family = scenarios.filter((scenario) => scenario.family === 'openstack').map((scenario) => scenario.name);
const shown = (c: CaseResult): string => [caseLine(c), ...caseDetails(c)].join('\n');
const failed = (result: ContractResult): CaseResult[] => result.cases.filter((c) => c.outcome === 'failed');
const cinderPath = `/v2/${projectId}/snapshots`;
const isCinderShow = (request: Request) => request.method === 'GET' && new RegExp(`^${cinderPath}/[0-9a-f-]{36}$`).test(request.path);
const isCloudShow = (request: Request) => request.method === 'GET' && new RegExp(`^/v2/${projectId}/cloudsnapshots/[0-9a-f-]{36}$`).test(request.path);
const idOf = (request: Request) => request.path.split('/').at(-1) ?? '';

describe('the OpenStack-compatible scenarios against the fake EVS', () => {
  it('pass against a faithful server: every scenario of the family passed, nothing failed, nothing left', async () => {
    const result = await runAgainst();
    expect(failed(result).map(shown)).toEqual([]);
    const ran = result.cases.filter((c) => family.some((name) => c.name === name || c.name.startsWith(`${name} (page `)));
    expect(ran.filter((c) => c.outcome !== 'passed').map(shown)).toEqual([]);
    expect(family.every((name) => ran.some((c) => c.name === name))).toBe(true);
    // The marker paging followed the next links past the first page.
    expect(result.cases.some((c) => c.name === 'cinder: paging by marker (page 2)')).toBe(true);
    expect([result.exitCode, result.leftovers]).toEqual([0, []]);
  });

  it('fails naming the scenario and the key when a metadata POST loses a key the snapshot had', async () => {
    const dropOwner: Mutation = (reply, request, fake) => {
      if (request.method === 'POST' && request.path.endsWith('/metadata') && reply.status === 200) {
        for (const snapshot of fake.snapshots.values()) delete snapshot.metadata.owner;
        const { owner: _owner, ...rest } = (reply.body as { metadata: Record<string, string> }).metadata;
        return { ...reply, body: { metadata: rest } };
      }
      return reply;
    };
    const result = await runAgainst(dropOwner);
    const post = failed(result).find((c) => c.name === 'metadata: add (POST merges)');
    expect(post && shown(post)).toMatch(/a POST merges, but its answer lost the key "owner" the snapshot had .*\[behaviour\/metadata-as-set\]/);
    expect(post?.violations[0]?.pointer).toBe('/metadata/owner');
    expect(result.exitCode).toBe(1);
  });

  it('fails naming the scenario and the key when a metadata PUT loses a key its body named', async () => {
    const dropTier: Mutation = (reply, request, fake) => {
      if (request.method === 'PUT' && request.path.endsWith('/metadata') && reply.status === 200) {
        for (const snapshot of fake.snapshots.values()) delete snapshot.metadata.tier;
        const { tier: _tier, ...rest } = (reply.body as { metadata: Record<string, string> }).metadata;
        return { ...reply, body: { metadata: rest } };
      }
      return reply;
    };
    const result = await runAgainst(dropTier);
    const put = failed(result).find((c) => c.name === 'metadata: replace (PUT replaces)');
    expect(put && shown(put)).toMatch(/a PUT replaces the metadata, but its answer does not hold the key "tier" it sent/);
    // The later read finds the key missing too.
    const read = failed(result).find((c) => c.name === 'metadata: show after replace');
    expect(read && shown(read)).toMatch(/the metadata does not hold the key "tier" as the run last set it/);
  });

  it('fails naming the key when a metadata PUT keeps a key the body left out (a merge, not a replace)', async () => {
    const merge: Mutation = (reply, request, fake) => {
      if (request.method === 'PUT' && request.path.endsWith('/metadata') && reply.status === 200) {
        for (const snapshot of fake.snapshots.values()) if (snapshot.name?.startsWith('contract-suite-cinder')) snapshot.metadata.owner = 'contract-suite';
        return { ...reply, body: { metadata: { ...(reply.body as { metadata: object }).metadata, owner: 'contract-suite' } } };
      }
      return reply;
    };
    const result = await runAgainst(merge);
    const put = failed(result).find((c) => c.name === 'metadata: replace (PUT replaces)');
    expect(put && shown(put)).toMatch(/a PUT replaces the metadata, but its answer kept the key "owner" the body left out/);
  });

  it('fails naming both families when the Cinder show answers a stale name after a cloudsnapshots update', async () => {
    const stale: Mutation = (reply, request) => {
      const snapshot = (reply.body as { snapshot?: { name?: string } } | undefined)?.snapshot;
      if (isCinderShow(request) && snapshot?.name === 'contract-suite-cross') return { ...reply, body: { snapshot: { ...snapshot, name: 'contract-suite-cinder-renamed' } } };
      return reply;
    };
    const result = await runAgainst(stale);
    const read = failed(result).find((c) => c.name === 'cross-family: Cinder show after the cloudsnapshots update');
    expect(read && shown(read)).toMatch(
      /at \/snapshot\/name: the name differs between the families: Cinder v2 \(\/v2\/\{project_id\}\/snapshots\) \(showCinderSnapshot\) answers another than cloudsnapshots \(\/v2\/\{project_id\}\/cloudsnapshots\) answered \(updateSnapshot\) just before; expected "contract-suite-cross", got "contract-suite-cinder-renamed" \[behaviour\/families-agree\]/,
    );
  });

  it('fails naming both families when a snapshot deleted through Cinder is still shown by cloudsnapshots', async () => {
    const deletedThroughCinder = new Set<string>();
    const ghost: Mutation = (reply, request, fake) => {
      if (request.method === 'DELETE' && request.path.startsWith(`${cinderPath}/`) && reply.status === 202) deletedThroughCinder.add(idOf(request));
      if (isCloudShow(request) && reply.status === 404 && deletedThroughCinder.has(idOf(request))) {
        const snapshot = {
          id: idOf(request),
          status: 'available',
          name: 'contract-suite-cross',
          description: null,
          created_at: '2026-12-06T10:00:00.000000',
          updated_at: null,
          metadata: {},
          volume_id: volumeId,
          size: 10,
          'os-extended-snapshot-attributes:progress': '100%',
          'os-extended-snapshot-attributes:project_id': projectId,
        };
        return { ...reply, status: 200, body: { snapshot } };
      }
      void fake;
      return reply;
    };
    const result = await runAgainst(ghost);
    const read = failed(result).find((c) => c.name === 'cross-family: cloudsnapshots show after the Cinder delete');
    expect(read && shown(read)).toMatch(
      /the case expects HTTP 404: the snapshot was deleted through Cinder v2 \(\/v2\/\{project_id\}\/snapshots\), whose show answers 404, so cloudsnapshots \(\/v2\/\{project_id\}\/cloudsnapshots\) must not show it either/,
    );
  });

  it('fails the marker paging, naming the repeated snapshot, against a server whose Cinder list ignores the marker; and stops following its links', async () => {
    const result = await runAgainst(undefined, { honourMarker: false });
    const pages = result.cases.filter((c) => c.name.startsWith('cinder: paging by marker'));
    expect(pages.map((c) => `${c.name} ${c.outcome}`)).toEqual(['cinder: paging by marker passed', 'cinder: paging by marker (page 2) failed']);
    expect(shown(pages[1] as CaseResult)).toMatch(
      /at \/snapshots\/0\/id: this snapshot was already on an earlier page: the marker of the next link was not applied; .*\[behaviour\/marker-paging\]/,
    );
  });

  it('fails the last page it follows, naming the run snapshots no page listed, against a server whose marker paging never ends (a fresh snapshot and next link on every page)', async () => {
    const endless: Mutation = (reply, request, fake) => {
      if (request.method !== 'GET' || !request.path.endsWith('/snapshots/detail') || !request.search.includes('limit=1')) return reply;
      const stranger = { ...[...fake.snapshots.values()][0], id: randomUUID() };
      const href = `${fake.url}${request.path}?limit=1&marker=${randomUUID()}`;
      return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { snapshots: [stranger], snapshots_links: [{ rel: 'next', href }] } };
    };
    const result = await runAgainst(endless);
    const pages = result.cases.filter((c) => c.name.startsWith('cinder: paging by marker'));
    expect(pages).toHaveLength(12);
    expect(pages.slice(0, -1).map((c) => c.outcome)).toEqual(Array(11).fill('passed'));
    expect(shown(pages[11] as CaseResult)).toMatch(
      /at \/snapshots_links: the paging still had a next link after 12 pages, the most the tool follows, without listing 4 of the run's snapshots on the disk; .*\[behaviour\/marker-paging\]/,
    );
    expect(result.exitCode).toBe(1);
  });

  it('deletes the snapshot the Cinder create made when the run is interrupted right after it', async () => {
    const stop = new AbortController();
    let cinderMade: string | undefined;
    const deleted: string[] = [];
    const watch: Mutation = (reply, request) => {
      if (request.method === 'POST' && request.path === cinderPath && reply.status === 202) cinderMade = (reply.body as { snapshot: { id: string } }).snapshot.id;
      if (request.method === 'DELETE' && reply.status === 202) deleted.push(idOf(request));
      return reply;
    };
    const result = await runAgainst(watch, {
      options: {
        signal: stop.signal,
        onEvent: (event: { type: string; result?: CaseResult }) => {
          if (event.type === 'case' && event.result?.name === 'cinder: create') stop.abort('SIGINT');
        },
      },
    });
    expect([result.exitCode, result.interrupted, result.leftovers]).toEqual([130, 'SIGINT', []]);
    expect(result.cases.at(-1)?.name).toBe('cinder: create');
    expect(cinderMade).toBeDefined();
    expect(deleted).toContain(cinderMade);
  });

  it('plans the family in a dry run, the /v3 forms only with openstackV3, with the Cinder snapshot as a placeholder', async () => {
    const planned = async (openstackV3: boolean) =>
      (await runContract({ baseUrl: 'http://127.0.0.1:9', projectId: 'p1', volumeId, auth: { token }, dryRun: true, generate: 0, openstackV3 })).cases
        .filter((c) => c.operationId.includes('Cinder') || c.operationId.includes('Metadata'))
        .map((c) => `${c.request?.method} ${c.request?.path}`);
    expect((await planned(false)).filter((line) => line.includes('/v3/'))).toEqual([]);
    const withV3 = await planned(true);
    expect(withV3).toContain('PUT /v2/p1/snapshots/{cinder snapshot}/metadata/contract%20suite%20key');
    expect(withV3).toContain('DELETE /v3/p1/snapshots/{cinder snapshot}/metadata/release');
    expect(withV3).toContain(`GET /v3/p1/snapshots?volume_id=${volumeId}&with_count=true`);
  });

  it('skips the family with the reason, and fails nothing, against a server that does not serve it (its create answers 404)', async () => {
    const result = await runAgainst(undefined, { openstack: false });
    const create = result.cases.find((c) => c.name === 'cinder: create');
    expect([create?.outcome, create?.status, create?.reason]).toEqual([
      'skipped',
      404,
      'POST /v2/{project_id}/snapshots answered HTTP 404: the server does not serve the OpenStack-compatible snapshots, so their scenarios and generated cases are skipped (--no-openstack says so before a run)',
    ]);
    const rest = result.cases.filter((c) => family.includes(c.name) && c.name !== 'cinder: create');
    expect(rest.length).toBe(family.length - 1);
    expect(new Set(rest.map((c) => `${c.outcome}: ${c.reason}`))).toEqual(new Set([`skipped: ${create?.reason}`]));
    expect([failed(result).map(shown), result.exitCode, result.leftovers]).toEqual([[], 0, []]);
  });

  it('leaves the family out with --no-openstack, and sends nothing to its paths', async () => {
    const paths: string[] = [];
    const result = await runAgainst(
      (reply, request) => {
        paths.push(request.path);
        return reply;
      },
      { options: { openstack: false, generate: 12, seed: 3 } },
    );
    expect(result.cases.filter((c) => c.operationId.includes('Cinder') || c.operationId.includes('Metadata'))).toEqual([]);
    expect(paths.filter((path) => path.startsWith(cinderPath) || path.startsWith(`/v3/`))).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});

describe('the request schemas of the metadata, drawn and broken', () => {
  const metadata = requestSchemas.snapshotMetadataRequest as Schema;
  it('draws metadata whose keys never take the reserved __system__ prefix (an allOf of a lookahead pattern fast-check cannot draw from)', () => {
    const keys = fc.sample(validValues(metadata), { seed: 9, numRuns: 200 }).flatMap((value) => Object.keys((value as { metadata: object }).metadata));
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((key) => key.startsWith('__system__'))).toEqual([]);
  });

  it('breaks the key names with a __system__ key (the pattern takes "bad key!"), a strictness rule, and the values with a non-string (EVS.1018)', () => {
    const found = breakages(metadata, { inQuery: false });
    const keyBreak = found.find((b) => b.rule === 'propertyNames');
    expect([keyBreak?.path, keyBreak?.refusal?.class]).toEqual([['metadata', '__system__contract'], 'strictness']);
    const valueBreak = found.find((b) => b.rule === 'type' && b.path.join('/') === 'metadata/contract');
    expect(valueBreak?.refusal).toMatchObject({ class: 'documented-refusal', code: 'EVS.1018' });
  });
});
