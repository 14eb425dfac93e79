// Long turns in a CPU profile (a .cpuprofile from the event-loop bench's TRAINBOARD_BENCH_PROFILE_DIR, or from
// node --cpu-prof): every stretch of consecutive non-idle samples over a threshold, with the project frames
// that held it (the innermost frame of the stack under server/, tfevents/, runstore/ or contract/) and the
// share of garbage collection. With FILE.gaps.json beside it (the bench child's 5 ms timer: the real turns over
// 20 ms), each such turn is listed instead, with the samples inside it (a busy stretch may be many short turns).
// Usage: node --import tsx test/bench/long-turns.ts FILE.cpuprofile [thresholdMs=20]
import { existsSync, readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, thresholdArg] = process.argv.slice(2);
if (!file) throw new Error('usage: long-turns.ts FILE.cpuprofile [thresholdMs]');
const threshold = Number(thresholdArg ?? 20) * 1000;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const project = /\/(server|tfevents|runstore|contract)\//;

function frameName(n: ProfileNode): string {
  const url = n.callFrame.url.replace(/^.*\/(server|tfevents|runstore|contract|node_modules)\//, '$1/');
  return `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber + 1}`;
}

/** The innermost project frame of a sample's stack, else its leaf (a builtin, GC, program). */
function owner(id: number): string {
  const leaf = byId.get(id)!;
  if (leaf.callFrame.functionName.startsWith('(')) return leaf.callFrame.functionName;
  const chain: string[] = [];
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    if (project.test(n.callFrame.url)) {
      chain.push(frameName(n));
      if (chain.length === 2) break;
    }
  }
  return chain.length ? chain.join(' < ') : frameName(leaf);
}

const stretches: { start: number; us: number; owners: Map<string, number> }[] = [];
let t = 0;
let cur: { start: number; us: number; owners: Map<string, number> } | undefined;
let totalBusy = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  t += dt;
  const n = byId.get(profile.samples[i]!)!;
  const idle = n.callFrame.functionName === '(idle)';
  if (idle) {
    if (cur && cur.us >= threshold) stretches.push(cur);
    cur = undefined;
    continue;
  }
  const step = Math.min(profile.timeDeltas[i + 1] ?? dt, 5000);
  totalBusy += step;
  cur ??= { start: t, us: 0, owners: new Map() };
  cur.us += step;
  const o = owner(n.id);
  cur.owners.set(o, (cur.owners.get(o) ?? 0) + step);
}
if (cur && cur.us >= threshold) stretches.push(cur);
const gapsFile = file.replace(/\.cpuprofile$/, '.gaps.json');
if (existsSync(gapsFile)) {
  // the real turns: every sample inside [end - length, end] of a gap the timer saw
  const gaps = JSON.parse(readFileSync(gapsFile, 'utf8')) as { endUs: number; ms: number }[];
  stretches.length = 0;
  const times: number[] = [];
  let at = profile.startTime;
  for (const d of profile.timeDeltas) times.push((at += d));
  for (const g of gaps.filter((x) => x.ms * 1000 >= threshold)) {
    const s = {
      start: g.endUs - g.ms * 1000 - profile.startTime,
      us: g.ms * 1000,
      owners: new Map<string, number>(),
    };
    for (let i = 0; i < times.length; i++) {
      if (times[i]! < g.endUs - g.ms * 1000 || times[i]! > g.endUs) continue;
      const o = owner(profile.samples[i]!);
      s.owners.set(o, (s.owners.get(o) ?? 0) + (profile.timeDeltas[i + 1] ?? 1000));
    }
    stretches.push(s);
  }
}

console.log(
  `${file}: ${(t / 1e6).toFixed(1)} s profiled, busy ${((100 * totalBusy) / t).toFixed(0)} %, ${stretches.length} stretches over ${threshold / 1000} ms`,
);
const summary = new Map<string, { us: number; n: number }>();
for (const s of stretches) {
  const top = [...s.owners].sort((a, b) => b[1] - a[1]);
  const line = top
    .slice(0, 4)
    .map(([o, us]) => `${(us / 1000).toFixed(0)}ms ${o}`)
    .join(' | ');
  console.log(`  @${(s.start / 1e6).toFixed(2)}s ${(s.us / 1000).toFixed(0)} ms: ${line}`);
  for (const [o, us] of top) {
    const e = summary.get(o) ?? { us: 0, n: 0 };
    e.us += us;
    e.n++;
    summary.set(o, e);
  }
}
console.log('in long stretches, by owner:');
for (const [o, e] of [...summary].sort((a, b) => b[1].us - a[1].us).slice(0, 25))
  console.log(`  ${(e.us / 1000).toFixed(0)} ms in ${e.n} stretches: ${o}`);
