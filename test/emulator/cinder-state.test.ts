// Metadata and the state document: fixtures may carry system keys (the only way a snapshot gets
// one), the metadata calls change what state() gives, and a reset brings the fixtures' metadata
// back untouched (the calls replace a snapshot's metadata, never change the fixtures' objects).
import { describe, expect, it } from 'vitest';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { projectId, send, volumeId } from './exchange.js';

const v2 = `/v2/${projectId}/snapshots`;
const systemKey = '__system__encrypted';

async function fixturesWithSystemKey(): Promise<{ fixtures: ReturnType<ReturnType<typeof createEvsEmulator>['state']>; id: string }> {
  const maker = createEvsEmulator({ seed: 4, delays: { create: 0, delete: 0, rollback: 0 } });
  const made = await send(maker, 'POST', v2, { snapshot: { volume_id: volumeId, metadata: { owner: 'team-a' } } });
  const id = (made.json as { snapshot: { id: string } }).snapshot.id;
  const fixtures = maker.state();
  const snapshot = fixtures.projects[projectId]!.snapshots[0]!;
  snapshot.metadata = { ...(snapshot.metadata as Record<string, string>), [systemKey]: '1' };
  await maker.close();
  return { fixtures, id };
}

describe('metadata in the state', () => {
  it('loads fixtures whose snapshot has a system key, shows it, and keeps it through PUT-replace', async () => {
    const { fixtures, id } = await fixturesWithSystemKey();
    const emulator = createEvsEmulator({ seed: 4, fixtures });
    expect((await send(emulator, 'GET', `${v2}/${id}/metadata`)).json).toEqual({ metadata: { owner: 'team-a', [systemKey]: '1' } });
    expect((await send(emulator, 'PUT', `${v2}/${id}/metadata`, { metadata: { stage: 'prod' } })).json).toEqual({ metadata: { [systemKey]: '1', stage: 'prod' } });
    expect(emulator.state().projects[projectId]!.snapshots[0]!.metadata).toEqual({ [systemKey]: '1', stage: 'prod' });
    await emulator.close();
  });

  it('goes back to the fixtures metadata at a reset after metadata calls, and loads the state it saved', async () => {
    const { fixtures, id } = await fixturesWithSystemKey();
    const kept = structuredClone(fixtures);
    const emulator = createEvsEmulator({ seed: 4, fixtures });
    await send(emulator, 'POST', `${v2}/${id}/metadata`, { metadata: { added: 'x' } });
    await send(emulator, 'DELETE', `${v2}/${id}/metadata/owner`);
    const changed = emulator.state();
    expect((await send(emulator, 'POST', '/__emulator/reset')).status).toBe(200);
    expect(emulator.state()).toEqual(kept);
    const restarted = createEvsEmulator({ seed: 4, fixtures: changed });
    expect((await send(restarted, 'GET', `${v2}/${id}/metadata`)).json).toEqual({ metadata: { [systemKey]: '1', added: 'x' } });
    await Promise.all([emulator.close(), restarted.close()]);
  });
});
