// The emulator's disk create against input meant to make it echo a secret: an image or backup ID
// that is the request's own token is not repeated in the 404 that says the emulator has none.
import { describe, expect, it } from 'vitest';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { pkiToken, projectId, send, violations } from './fixtures.js';

describe('a disk create that names the caller’s token as its source', () => {
  it.each(['imageRef', 'backup_id'])('answers a %s that is the X-Auth-Token with a documented 404 that holds no piece of it', async (field) => {
    const emulator = createEvsEmulator({ seed: 7 });
    const secret = pkiToken(8192, 'restore-hostile');
    const answer = await send(
      emulator,
      'POST',
      `/v2/${projectId}/cloudvolumes`,
      { volume: { availability_zone: 'eu-de-01', volume_type: 'SSD', size: 10, [field]: secret } },
      { 'X-Auth-Token': secret },
    );
    expect([answer.status, violations('createVolume', answer)]).toEqual([404, []]);
    expect(answer.text).not.toContain(secret.slice(0, 12));
    expect(answer.text).toContain('[redacted]');
  });
});

describe('a job read whose job ID is a piece of the caller’s token', () => {
  it('answers the documented 400 Common.0011 without repeating that piece', async () => {
    const emulator = createEvsEmulator({ seed: 7 });
    const secret = pkiToken(8192, 'restore-hostile-job');
    // The longest run of letters and digits in the token: a job ID may hold only those (and hyphens).
    const piece = (secret.match(/[A-Za-z0-9]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, 60);
    expect(piece.length).toBeGreaterThanOrEqual(30);
    const answer = await send(emulator, 'GET', `/v1/${projectId}/jobs/${piece}`, undefined, { 'X-Auth-Token': secret });
    expect([answer.status, violations('showJob', answer)]).toEqual([400, []]);
    expect(answer.text).toContain('Common.0011');
    expect(answer.text).not.toContain(piece.slice(0, 23));
  });
});
