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
