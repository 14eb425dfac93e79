// The cost of TensorBoard's run order (the store's tensorboardRuns(), ingest/walk-order.ts) at 10,000 runs
// (100 directories of 100 runs, so 101 readdirs): recomputed after a run is added, and cached otherwise.
// Anchor, in the same run: the store's runs() (name order), which every /api listing calls per request.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sortInWalkOrder } from '../../server/ingest/walk-order.ts';
import { createSeriesStore } from '../../server/store/series-store.ts';
import type { BenchContext, BenchResult } from './bench-types.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeMs(f: () => void, repeat: number): number {
  const t = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) f();
  return Number(process.hrtime.bigint() - t) / 1e6 / repeat;
}

export default function runOrderBench(ctx: BenchContext): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-run-order-bench-'));
  try {
    const names: string[] = [];
    for (let g = 0; g < 100; g++)
      for (let r = 0; r < 100; r++) {
        const name = `group-${g}/run-${(r * 37) % 100}`;
        mkdirSync(join(dir, name), { recursive: true });
        names.push(name);
      }
    const store = createSeriesStore({ logdir: dir, tensorboardOrder: (runs) => sortInWalkOrder(dir, runs) });
    for (const n of names) store.ensureRun(n);
    const anchor = median([1, 2, 3, 4, 5].map(() => timeMs(() => store.runs(), 20)));
    const recompute = median(
      [1, 2, 3, 4, 5].map((i) =>
        timeMs(() => {
          store.ensureRun(`extra-${i}-${Math.random()}`); // a run added: the order is computed again
          store.tensorboardRuns();
        }, 3),
      ),
    );
    const cached = median([1, 2, 3, 4, 5].map(() => timeMs(() => store.tensorboardRuns(), 20)));
    const runs = store.runs().length;
    ctx.log(
      `run order at ${runs} runs: recompute ${recompute.toFixed(2)} ms, cached ${cached.toFixed(4)} ms`,
    );
    const note = `${runs} runs; anchor: runs() in name order per call, ${anchor.toFixed(3)} ms`;
    return Promise.resolve([
      {
        name: 'run order recomputed after a run is added',
        value: recompute / anchor,
        unit: 'x anchor',
        note,
      },
      { name: 'run order, cached (per request)', value: cached / anchor, unit: 'x anchor', note },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
