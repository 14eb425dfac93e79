// The live writer process of browser-scale.bench.ts: `node --import tsx browser-scale-writer-child.ts <logdir>
// <runs> <tags> <intervalMs>` writes one step of every tag (`loss_00`, ...) to each of `runs` new runs
// (`live-00/train`, ...) every `intervalMs`, one SummaryWriter per run flushed every 50 ms, as a training of many
// trials would. Prints "ready" after the first step; on SIGTERM it flushes, closes and prints "steps N" (the steps
// written per run and tag), then exits 0. The first step is flushed before "ready".
import { join } from 'node:path';
import { createSummaryWriter } from '../../tfevents/node/summary-writer.ts';

const [logdir, runsArg, tagsArg, intervalArg] = process.argv.slice(2);
const runs = Number(runsArg);
const tags = Number(tagsArg);
const intervalMs = Number(intervalArg);
if (!logdir || !(runs > 0) || !(tags > 0) || !(intervalMs > 0))
  throw new Error(
    `usage: browser-scale-writer-child.ts <logdir> <runs> <tags> <intervalMs>, got ${process.argv.join(' ')}`,
  );
const writers = Array.from({ length: runs }, (_, i) =>
  createSummaryWriter(join(logdir, `live-${String(i).padStart(2, '0')}`, 'train'), { flushMs: 50 }),
);
const tagNames = Array.from({ length: tags }, (_, t) => `loss_${String(t).padStart(2, '0')}`);
let step = 0;

function tick(): void {
  for (const [r, w] of writers.entries())
    for (const [t, tag] of tagNames.entries())
      w.scalar(tag, Math.exp(-step / 500) * (1 + t / 10) + 0.02 * Math.sin(step * 0.3 + r), step);
  step++;
  if (step === 1) {
    for (const w of writers) w.flush(); // the first step is on disk before "ready": the runs have their tags
    process.stdout.write('ready\n');
  }
}

tick();
const timer = setInterval(tick, intervalMs);
process.on('SIGTERM', () => {
  clearInterval(timer);
  for (const w of writers) w.close();
  process.stdout.write(`steps ${step}\n`, () => process.exit(0));
});
