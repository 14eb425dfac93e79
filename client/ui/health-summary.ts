// Turns an /api/health response into the top bar's one-line summary and its tooltip (pure: no DOM), so the
// wording can be tested without a browser.
import type { ApiHealthResponse } from '../../contract/index.ts';

const n = (x: number): string => x.toLocaleString('en-US');
const plural = (x: number, word: string, many = `${word}s`): string => `${n(x)} ${x === 1 ? word : many}`;

export function describeHealth(hp: ApiHealthResponse): { summary: string; detail: string; damaged: boolean } {
  const c = hp.counters;
  const summary = [
    plural(c.files, 'file'),
    plural(c.records, 'record'),
    `${n(c.damagedRecords)} damaged`,
  ].join(' · ');
  const detail = [
    `logdir ${hp.logdir}${hp.logdirPresent ? '' : ' (missing)'}`,
    `${plural(c.runs, 'run')}, ${plural(c.tags, 'tag')}, ${plural(c.points, 'point')}`,
    `${plural(c.files, 'event file')}, ${plural(c.records, 'record')}, ${plural(c.damagedRecords, 'damaged record')}`,
    `${plural(c.clients, 'client')} connected, ${plural(c.droppedPushes, 'dropped push', 'dropped pushes')}, ${plural(c.restarts, 'restart')}`,
    `memory ${(hp.memory.rssBytes / 2 ** 20).toFixed(0)} MiB, ${hp.memory.bytesPerScalarPoint.toFixed(1)} bytes per scalar point`,
    `up ${Math.round(hp.uptimeSecs)} s, trainboard ${hp.version}`,
  ].join('\n');
  return { summary, detail, damaged: c.damagedRecords > 0 };
}
