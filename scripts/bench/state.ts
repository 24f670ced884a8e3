// The cost of --state with 100,000 snapshots: a save (the state as JSON, written beside the file,
// fsynced and renamed) and a load (read, parsed, checked against the spec's schemas, built into the
// store), each set against a baseline of the same data in the same run: JSON.stringify of the
// state for the save, JSON.parse of the file's text for the load. Rounds alternate with their
// baselines and the medians are compared, so drift of the machine weighs on both alike.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { writeStateFileSync } from '../../src/emulator/state-file.js';

const snapshotCount = 100_000;
const rounds = 5;
const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const timed = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/** A state as a user's fixtures could hold it: one disk, and its snapshots with a name and metadata each. */
function fixtures(): unknown {
  const hex = (n: number): string => n.toString(16).padStart(12, '0');
  return {
    version: 1,
    volumes: [{ id: volumeId, projectId, size: 40 }],
    projects: {
      [projectId]: {
        snapshots: Array.from({ length: snapshotCount }, (_, index) => ({
          id: `00000000-0000-4000-8000-${hex(index)}`,
          volume_id: volumeId,
          name: `nightly-${index}`,
          metadata: { team: 'storage', run: String(index) },
          created_at: '2026-12-01T09:00:00.000000',
        })),
      },
    },
  };
}

export async function benchState(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'evs-bench-state-'));
  try {
    const file = join(dir, 'state.json');
    const emulator = createEvsEmulator({ fixtures: fixtures(), maxSnapshots: snapshotCount });
    const save: number[] = [];
    const stringify: number[] = [];
    const load: number[] = [];
    const parse: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // The save as the saver does it: the state made, written whole, fsynced, renamed.
      save.push(timed(() => writeStateFileSync(file, JSON.stringify(emulator.state()))));
      const state = emulator.state();
      stringify.push(timed(() => JSON.stringify(state)));
      load.push(timed(() => createEvsEmulator({ state: file, maxSnapshots: snapshotCount })));
      const text = readFileSync(file, 'utf8');
      parse.push(timed(() => JSON.parse(text)));
    }
    const bytes = statSync(file).size;
    const ms = (value: number): string => `${value.toFixed(0)} ms`;
    console.log(`${snapshotCount} snapshots, ${rounds} rounds, medians`);
    console.log(`  file  ${(bytes / 1e6).toFixed(1)} MB (${(bytes / snapshotCount).toFixed(0)} bytes a snapshot)`);
    const ratio = (value: number[], baseline: number[]): string => (median(value) / median(baseline)).toFixed(2);
    console.log(`  save  ${ms(median(save))}  (JSON.stringify of the state: ${ms(median(stringify))}; ratio ${ratio(save, stringify)})`);
    console.log(`  load  ${ms(median(load))}  (JSON.parse of the file: ${ms(median(parse))}; ratio ${ratio(load, parse)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
