// Values shared by the client tests.

import { pkiToken } from '../../scripts/lib/pki-token.js';
import type { EvsClientOptions } from '../../src/client/index.js';

/** An IAM token of the size the cloud hands out to a user with a few roles and projects. */
export const token = pkiToken(8192, 'client');
export const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
export const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
export const snapshotId = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';
/** The second snapshot of the spec's example story (listed after the first). */
export const olderSnapshotId = '3d2b6c1e-8a4f-4e0b-9c7d-5f1a2b3c4d5e';

export const snapshotBody = {
  snapshot: {
    status: 'creating',
    description: 'Daily backup',
    created_at: '2013-02-25T03:56:53.081642',
    metadata: {},
    volume_id: volumeId,
    size: 1,
    id: snapshotId,
    name: 'snap-001',
    updated_at: '2013-02-25T03:56:53.081642',
  },
};

/** Options for a client pointed at a local server, with fast retries. */
export const localOptions = (endpoint: string, extra: Partial<EvsClientOptions> = {}): EvsClientOptions =>
  ({ endpoint, projectId, auth: { token }, retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 2000 }, timeoutMs: 2000, ...extra }) as EvsClientOptions;
