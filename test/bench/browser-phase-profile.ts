// Where a browser benchmark's time goes, one phase at a time: a Chromium performance trace (CDP `Tracing`:
// the renderer main thread's tasks, script, style, layout, paint) and a JavaScript CPU profile (CDP
// `Profiler`) recorded around a phase, saved to a directory and summarized as the main thread's busiest trace
// events and the functions with the most self time. Used by browser-scale.bench.ts when
// TRAINBOARD_BROWSER_SCALE_PROFILE names a directory; never part of the figures (tracing costs time).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface PhaseProfiler {
  /** Stops recording, writes `<name>.trace.json` and `<name>.cpuprofile`, returns a few summary lines. */
  stop(): Promise<string[]>;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8'].join(
  ',',
);

export async function startPhaseProfile(page: Page, dir: string, name: string): Promise<PhaseProfiler> {
  mkdirSync(dir, { recursive: true });
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      writeFileSync(join(dir, `${name}.trace.json`), JSON.stringify({ traceEvents: events }));
      writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
      return [...summarizeTrace(events), ...summarizeProfile(profile)];
    },
  };
}

/** The renderer main thread's complete events with the most total time (nested events count in each). */
function summarizeTrace(events: readonly TraceEvent[]): string[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return ['trace: no renderer main thread'];
  const total = new Map<string, { ms: number; n: number }>();
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.dur === undefined) continue;
    const t = total.get(e.name) ?? { ms: 0, n: 0 };
    t.ms += e.dur / 1000;
    t.n++;
    total.set(e.name, t);
  }
  const top = [...total].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14);
  return [
    'main thread (trace events, inclusive ms / count):',
    ...top.map(([n, t]) => `  ${t.ms.toFixed(1).padStart(9)} ms ${String(t.n).padStart(6)}x  ${n}`),
  ];
}

/** Functions with the most self time in a CPU profile. */
function summarizeProfile(p: CpuProfile): string[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const n = byId.get(samples[i]!);
    if (!n) continue;
    const f = n.callFrame;
    const file = f.url.slice(f.url.lastIndexOf('/') + 1);
    const k = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    self.set(k, (self.get(k) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  const wall = (p.endTime - p.startTime) / 1000;
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 16);
  return [
    `JS self time over ${wall.toFixed(0)} ms:`,
    ...top.map(([k, ms]) => `  ${ms.toFixed(1).padStart(9)} ms  ${k}`),
  ];
}
