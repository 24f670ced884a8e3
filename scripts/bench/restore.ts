// A whole restore through the client (restoreSnapshot: read the snapshot and its disk, create,
// follow the job and the disk) against the emulator with zero delays, by its fetch and over a
// loopback socket. Each restore is set against one showSnapshot round trip through the same client
// and emulator in the same run, interleaved, so the figure is a ratio: about how many round trips
// of client and emulator work one restore costs (five requests when nothing has to be waited for).
import { performance } from 'node:perf_hooks';
import { createEvsClient, type EvsClient } from '../../src/client/index.js';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';

const restores = 400;
const warmup = 50;
const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const zeroDelays = { create: 0, delete: 0, rollback: 0, restore: 0, volumeDelete: 0 };

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};

interface Figures {
  restore: { median: number; p99: number };
  show: { median: number; p99: number };
}

async function measure(client: EvsClient): Promise<Figures> {
  const created = await client.createSnapshot({ volume_id: volumeId, name: 'bench-restore' });
  const snapshot = await client.waitForSnapshot(created.id, { until: 'available', intervalMs: 1 });
  const restoreOnce = async (): Promise<number> => {
    const start = performance.now();
    const disk = await client.restoreSnapshot(snapshot.id, { intervalMs: 1 });
    const ms = performance.now() - start;
    // Untimed: the disk goes again, so the project does not grow by one disk per restore.
    await client.deleteVolume(disk.id);
    return ms;
  };
  const showOnce = async (): Promise<number> => {
    const start = performance.now();
    await client.showSnapshot(snapshot.id);
    return performance.now() - start;
  };
  for (let i = 0; i < warmup; i++) {
    await restoreOnce();
    await showOnce();
  }
  const restoreMs: number[] = [];
  const showMs: number[] = [];
  // Interleaved, so that drift of the machine and GC weigh on both alike.
  for (let i = 0; i < restores; i++) {
    restoreMs.push(await restoreOnce());
    showMs.push(await showOnce());
  }
  return {
    restore: { median: quantile(restoreMs, 0.5), p99: quantile(restoreMs, 0.99) },
    show: { median: quantile(showMs, 0.5), p99: quantile(showMs, 0.99) },
  };
}

function report(face: string, { restore, show }: Figures): void {
  const ms = (value: number): string => `${value.toFixed(2)} ms`;
  console.log(`  ${face}`);
  console.log(`    restore       median ${ms(restore.median)}  p99 ${ms(restore.p99)}`);
  console.log(`    showSnapshot  median ${ms(show.median)}  p99 ${ms(show.p99)}`);
  console.log(`    restore / showSnapshot  median ${(restore.median / show.median).toFixed(2)}  p99 ${(restore.p99 / show.p99).toFixed(2)}`);
}

export async function benchRestore(): Promise<void> {
  console.log(`restores: ${restores} per face, each followed by one showSnapshot (the baseline), zero delays`);
  const emulator: EvsEmulator = createEvsEmulator({ delays: zeroDelays, seed: 1 });
  const options = { projectId, auth: { token: 'bench' } };
  report('by fetch', await measure(createEvsClient({ ...options, endpoint: 'http://evs.emulator', fetch: emulator.fetch })));
  const socketEmulator = createEvsEmulator({ delays: zeroDelays, seed: 2 });
  try {
    const url = await socketEmulator.listen();
    report('over a loopback socket', await measure(createEvsClient({ ...options, endpoint: url })));
  } finally {
    await socketEmulator.close();
  }
}
