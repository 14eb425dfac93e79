// The writer process of load.bench.ts: `node --import tsx load-writer-child.ts <logdir> <runs> <rate> <base>`
// writes `rate` points per second to each of `runs` runs (tag `load`, one SummaryWriter per run, flushed every
// 50 ms) until killed; each value is the write time in ms since `base` (the bench's clock origin), so a client
// can compute the push latency; exact as float32 for 4.6 hours. Prints "ready" after the first tick.
import { join } from 'node:path';
import { createSummaryWriter } from '../../tfevents/node/summary-writer.ts';

const [logdir, runsArg, rateArg, baseArg] = process.argv.slice(2);
const runs = Number(runsArg);
const rate = Number(rateArg);
const base = Number(baseArg);
const writers = Array.from({ length: runs }, (_, i) =>
  createSummaryWriter(join(logdir!, `run-${String(i).padStart(3, '0')}`), { flushMs: 50 }),
);
const TICK_MS = 10;
const t0 = Date.now();
let written = 0;
let announced = false;

function tick(): void {
  const due = Math.floor(((Date.now() - t0) / 1000) * rate);
  while (written < due) {
    const v = Date.now() - base;
    for (const w of writers) w.scalar('load', v, written);
    written++;
  }
  if (!announced) {
    announced = true;
    process.stdout.write('ready\n');
  }
}
setInterval(tick, TICK_MS);
