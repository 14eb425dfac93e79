// A server child for the event-loop tests: `node --import tsx loop-delay-server-child.ts <logdir> <reloadSecs>`
// starts the real app with the security layer on 127.0.0.1 port 0, prints "URL <url>", and measures its own
// event-loop delay with perf_hooks.monitorEventLoopDelay. On stdin, "reset" restarts the measurement and
// "stats" prints "STATS {p50Ms, p99Ms, maxMs}". Log lines go to stderr. TRAINBOARD_BENCH_CACHE_DIR: serve with
// the column cache in that directory (default: every point in memory). TRAINBOARD_BENCH_PROFILE_DIR: each
// measurement (reset to stats) is also CPU-profiled (node:inspector, 1 ms sampling) into <dir>/phase-<n>.cpuprofile,
// with the turns over 20 ms seen by a 5 ms timer ({endUs, ms}: the profile's monotonic clock) in phase-<n>.gaps.json.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createApp } from '../../../server/app.ts';
import { createSecurityLayer } from '../../../server/security/security-layer.ts';

const [logdir, reload] = process.argv.slice(2);
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const app = createApp({
  logdir: logdir!,
  reloadIntervalSecs: Number(reload ?? 1),
  log: (line) => process.stderr.write(`${line}\n`),
  security: createSecurityLayer({ loopbackOnly: true }),
  ...(process.env.TRAINBOARD_BENCH_CACHE_DIR ? { cacheDir: process.env.TRAINBOARD_BENCH_CACHE_DIR } : {}),
});
await new Promise<void>((ok) => app.httpServer.listen(0, '127.0.0.1', ok));
await app.ready();
const { port } = app.httpServer.address() as AddressInfo;
process.stdout.write(`URL http://127.0.0.1:${port}\n`);
const ms = (ns: number): number => Math.round(ns / 1e4) / 100;
const profileDir = process.env.TRAINBOARD_BENCH_PROFILE_DIR;
const inspector = profileDir ? new Session() : undefined;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 1000 });
}
let phase = 0;
let gaps: { endUs: number; ms: number }[] = [];
if (inspector) {
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 25) gaps.push({ endUs: Number(process.hrtime.bigint() / 1000n), ms: now - last - 5 });
    last = now;
  }, 5).unref();
}
createInterface({ input: process.stdin }).on('line', (line) => {
  void (async () => {
    if (line === 'reset') {
      if (inspector) await inspector.post('Profiler.start');
      gaps = [];
      delay.reset();
      process.stdout.write('RESET\n');
    } else if (line === 'stats') {
      const stats = {
        p50Ms: ms(delay.percentile(50)),
        p99Ms: ms(delay.percentile(99)),
        maxMs: ms(delay.max),
      };
      process.stdout.write(`STATS ${JSON.stringify(stats)}\n`);
      if (inspector && profileDir) {
        const { profile } = await inspector.post('Profiler.stop');
        writeFileSync(join(profileDir, `phase-${++phase}.cpuprofile`), JSON.stringify(profile));
        writeFileSync(join(profileDir, `phase-${phase}.gaps.json`), JSON.stringify(gaps));
      }
    }
  })();
});
process.on('SIGTERM', () => {
  setTimeout(() => process.exit(0), 2000).unref(); // a close that hangs must not keep the child alive
  void app.close().then(() => process.exit(0));
});
