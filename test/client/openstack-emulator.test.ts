// evs.cinder and evs.metadata end to end against the emulator over a socket (a real server parses
// and decodes the path), on /v2 and on /v3: the one set of snapshots both families see, the walk by
// marker across pages, and metadata keys with spaces, slashes, colons, percent signs and unicode.
import { afterEach, describe, expect, it } from 'vitest';
import { createEvsClient, type EvsClient, type OpenStackApi } from '../../src/client/index.js';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { localOptions, volumeId } from './fixtures.js';

const zeroDelays = { create: 0, delete: 0, rollback: 0, restore: 0, volumeDelete: 0 };
const fast = { intervalMs: 1, timeoutMs: 5000 } as const;

let listening: EvsEmulator | undefined;
afterEach(async () => {
  await listening?.close();
  listening = undefined;
});

async function overSocket(openStackApi: OpenStackApi): Promise<EvsClient> {
  listening = createEvsEmulator({ delays: zeroDelays, seed: 11 });
  return createEvsClient(localOptions(await listening.listen(), { openStackApi }));
}

describe.each(['v2', 'v3'] as const)('the OpenStack-compatible namespaces on the emulator (%s)', (api) => {
  it('a snapshot made by evs.cinder is the one the cloudsnapshots methods wait on, list and see deleted', async () => {
    const evs = await overSocket(api);
    const created = await evs.cinder.createSnapshot({ volume_id: volumeId, name: 'cinder-made', metadata: { a: 'b' } });
    await evs.waitForSnapshot(created.id, { until: 'available', ...fast });
    const renamed = await evs.cinder.updateSnapshot(created.id, { name: 'renamed' });
    expect([renamed.name, (await evs.showSnapshot(created.id)).name]).toEqual(['renamed', 'renamed']);
    expect((await evs.cinder.showSnapshot(created.id)).metadata).toEqual({ a: 'b' });
    await evs.cinder.deleteSnapshot(created.id);
    await expect(evs.waitForSnapshot(created.id, { until: 'deleted', ...fast })).resolves.toBeUndefined();
  });

  it('listAllSnapshots walks every snapshot by marker, summary and detail, pages of 2', async () => {
    const evs = await overSocket(api);
    const made = new Set<string>();
    for (let i = 0; i < 5; i++) made.add((await evs.cinder.createSnapshot({ volume_id: volumeId, name: `walk-${i}` })).id);
    const walked = async (detail: boolean) => {
      const ids: string[] = [];
      for await (const item of evs.cinder.listAllSnapshots({ volume_id: volumeId }, { detail, pageSize: 2 })) ids.push(item.id);
      return ids;
    };
    const summary = await walked(false);
    expect(new Set(summary)).toEqual(new Set([...made, ...(await evs.cinder.listSnapshots({ volume_id: volumeId })).snapshots.map((s) => s.id)]));
    expect(summary).toHaveLength(new Set(summary).size);
    expect(await walked(true)).toEqual(summary);
  });

  it('metadata: add merges, replace replaces, set/get/delete one key, keys of any characters round-trip', async () => {
    const evs = await overSocket(api);
    const { id } = await evs.cinder.createSnapshot({ volume_id: volumeId, metadata: { keep: 'x' } });
    await expect(evs.metadata.add(id, { one: '1' })).resolves.toEqual({ keep: 'x', one: '1' });
    await expect(evs.metadata.replace(id, { two: '2' })).resolves.toEqual({ two: '2' });
    for (const key of ['with space', 'a/b', 'a:b', '100%', 'ключ-鍵', '%2e%2e']) {
      await expect(evs.metadata.set(id, key, `v ${key}`)).resolves.toBe(`v ${key}`);
      await expect(evs.metadata.get(id, key)).resolves.toBe(`v ${key}`);
      await evs.metadata.delete(id, key);
      await expect(evs.metadata.get(id, key)).rejects.toMatchObject({ name: 'EvsApiError', status: 404 });
    }
    await expect(evs.metadata.list(id)).resolves.toEqual({ two: '2' });
    // The snapshot itself is untouched by the refused dot-segment key.
    await expect(evs.metadata.delete(id, '..')).rejects.toMatchObject({ name: 'EvsValidationError', rule: 'dotSegment' });
    await expect(evs.cinder.showSnapshot(id)).resolves.toMatchObject({ id, metadata: { two: '2' } });
  });
});
