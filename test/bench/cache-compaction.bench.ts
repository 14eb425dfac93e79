// The column cache's compaction at scale (issue 13's housekeeping): 1,000 series of 8,192 points, each purged
// at its half and written again (a restarted writer), leave columns.bin half dead; the cache then compacts it
// (cache-housekeeping.ts). Measured in one run: the compaction's wall time against copying the whole old file
// with copyFileSync (the anchor: the bytes a compaction at most reads), the bytes before and after, and the
// longest turn of the event loop while it runs (a sampler of setImmediate gaps; its swap turn copies what was
// sealed meanwhile and relocates every series, also timed alone) against the turn budget (wall clock: on a loaded
// machine a turn also counts the time the process waits for a core: the anchor is the same sampler over an idle
// second). TRAINBOARD_BENCH_COMPACT_SERIES sets
// the series (default 1,000).
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TURN_BUDGET_MS } from '../../server/runtime/turn-scheduler.ts';
import { openColumnCache } from '../../server/store/column-cache/column-cache.ts';
import type { BenchContext, BenchResult } from './bench-types.ts';

const POINTS = 8192;
const MIB = 2 ** 20;

export default async function cacheCompaction(ctx: BenchContext): Promise<BenchResult[]> {
  const seriesCount = Number(process.env.TRAINBOARD_BENCH_COMPACT_SERIES ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), 'tb-bench-compact-'));
  try {
    const cache = openColumnCache(dir, { compact: { deadFraction: 0.4, minDeadBytes: 1 } });
    const series = Array.from({ length: seriesCount }, () => cache.createSeries());
    const t0 = performance.now();
    for (const [k, s] of series.entries()) {
      for (let step = 0; step < POINTS; step++) s.append(step, 1.7e9 + step, Math.sin(step / 9 + k));
      s.purge(POINTS / 2); // a writer restarted at the half: its blocks dead, the kept points sealed anew
      for (let step = POINTS / 2; step < POINTS; step++) s.append(step, 1.8e9 + step, Math.cos(step / 9 + k));
      s.snapshot();
    }
    const writeSecs = (performance.now() - t0) / 1000;
    const columns = join(dir, 'columns.bin');
    const before = statSync(columns).size;
    const dead = cache.housekeeping().deadBytes;
    ctx.log(
      `${seriesCount} series written in ${writeSecs.toFixed(1)} s: columns.bin ${(before / MIB).toFixed(0)} MiB, ${(dead / MIB).toFixed(0)} MiB dead`,
    );

    const c0 = performance.now();
    copyFileSync(columns, join(dir, 'copy.bin'));
    const copySecs = (performance.now() - c0) / 1000;
    rmSync(join(dir, 'copy.bin'));

    // the longest gap between setImmediate callbacks while `work` runs
    const longestTurn = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      let longest = 0;
      let done = false;
      let last = performance.now();
      const sample = (): void => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (!done) setImmediate(sample);
      };
      setImmediate(sample);
      const out = await work();
      done = true;
      return [out, longest];
    };
    // the anchor: the same sampler over an idle second (what the machine's load alone does to a turn)
    const [, idleLongest] = await longestTurn(() => new Promise((r) => setTimeout(r, 1000)));
    const k0 = performance.now();
    const [ok, longest] = await longestTurn(() => cache.compactIfDue());
    const compactSecs = (performance.now() - k0) / 1000;
    if (!ok) throw new Error('the compaction did not run');
    const after = statSync(columns).size;
    const swapMs = cache.housekeeping().lastSwapMs;
    // every series still reads its last point (a relocated index)
    for (const [k, s] of series.entries())
      if (s.value(s.length - 1) !== Math.cos((POINTS - 1) / 9 + k))
        throw new Error(`series ${k}: wrong last point after the compaction`);
    await cache.close();
    ctx.log(
      `compacted in ${compactSecs.toFixed(2)} s (copyFileSync of the old file ${copySecs.toFixed(2)} s), ${(before / MIB).toFixed(0)} -> ${(after / MIB).toFixed(0)} MiB, longest turn ${longest.toFixed(1)} ms (idle ${idleLongest.toFixed(1)} ms), swap turn ${swapMs.toFixed(1)} ms`,
    );
    return [
      {
        name: 'compaction of a half-dead columns.bin: seconds',
        value: Number(compactSecs.toFixed(2)),
        unit: 's',
        note: `${(compactSecs / copySecs).toFixed(2)}x copyFileSync of the whole old file (${copySecs.toFixed(2)} s, ${(before / MIB).toFixed(0)} MiB)`,
      },
      {
        name: 'compaction: columns.bin after vs before',
        value: Number((after / before).toFixed(3)),
        unit: 'x',
        note: `${(after / MIB).toFixed(1)} MiB vs ${(before / MIB).toFixed(1)} MiB (${((before - dead) / MIB).toFixed(1)} MiB live)`,
      },
      {
        name: 'compaction: its swap turn (what was sealed meanwhile copied, every series relocated)',
        value: Number(swapMs.toFixed(1)),
        unit: 'ms',
        note: `${(swapMs / TURN_BUDGET_MS).toFixed(2)}x the turn budget (${TURN_BUDGET_MS} ms)`,
      },
      {
        name: 'compaction: longest event-loop turn while it runs',
        value: Number(longest.toFixed(1)),
        unit: 'ms',
        note: `${(longest / idleLongest).toFixed(2)}x the longest idle turn (${idleLongest.toFixed(1)} ms), ${(longest / TURN_BUDGET_MS).toFixed(2)}x the turn budget (${TURN_BUDGET_MS} ms); ${seriesCount} series, ${((seriesCount * POINTS) / 1e6).toFixed(1)}M live points`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
