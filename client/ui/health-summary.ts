// Turns an /api/health response into the top bar's one-line summary and its tooltip (pure: no DOM), so the
// wording can be tested without a browser. For an s3:// logdir the summary also shows the polling interval,
// the S3 requests of the last minute and the bytes read, or that the last listing failed (its error in the tooltip).
// Invariant: only figures the server reported; `damaged` is true when the server reports a problem reading
// the logdir (damaged records, or an S3 error), which the view shows in its warning colour.
import type { ApiHealthResponse } from '../../contract/index.ts';

const n = (x: number): string => x.toLocaleString('en-US');
const plural = (x: number, word: string, many = `${word}s`): string => `${n(x)} ${x === 1 ? word : many}`;

/** Bytes in binary units: 512 B, 4.0 KiB, 12.3 MiB, 1.5 GiB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${n(bytes)} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]!}`;
}

type Remote = NonNullable<ApiHealthResponse['remote']>;

const polling = (r: Remote): string =>
  r.pollIntervalSecs > 0 ? `polled every ${n(r.pollIntervalSecs)} s` : 'read once';

/** Short enough for the top bar at 1440 px beside the tabs; an error replaces the interval (the tooltip has both). */
function remoteSummary(r: Remote): string {
  const state =
    r.lastError !== null
      ? 'S3 error'
      : r.pollIntervalSecs > 0
        ? `S3 every ${n(r.pollIntervalSecs)} s`
        : 'S3 read once';
  return [state, `${n(r.requestsPerMinute)} req/min`, `${formatBytes(r.bytesRead)} read`].join(' · ');
}

function remoteDetail(r: Remote): string[] {
  const ops = Object.entries(r.requests)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, k]) => `${op} ${n(k)}`)
    .join(', ');
  return [
    `${r.logdir} ${polling(r)} (${plural(r.polls, 'poll')})`,
    `${plural(r.requestsPerMinute, 'S3 request')} in the last minute, ${n(r.requestsTotal)} in total${ops ? ` (${ops})` : ''}`,
    `${formatBytes(r.bytesRead)} (${plural(r.bytesRead, 'byte')}) read by ranged GETs`,
    r.lastError === null ? 'no S3 error' : `last S3 error: ${r.lastError}`,
  ];
}

export function describeHealth(hp: ApiHealthResponse): { summary: string; detail: string; damaged: boolean } {
  const c = hp.counters;
  const summary = [
    plural(c.files, 'file'),
    plural(c.records, 'record'),
    `${n(c.damagedRecords)} damaged`,
    ...(hp.remote ? [remoteSummary(hp.remote)] : []),
  ].join(' · ');
  const detail = [
    `logdir ${hp.logdir}${hp.logdirPresent ? '' : ' (missing)'}`,
    `${plural(c.runs, 'run')}, ${plural(c.tags, 'tag')}, ${plural(c.points, 'point')}`,
    `${plural(c.files, 'event file')}, ${plural(c.records, 'record')}, ${plural(c.damagedRecords, 'damaged record')}`,
    `${plural(c.clients, 'client')} connected, ${plural(c.droppedPushes, 'dropped push', 'dropped pushes')}, ${plural(c.restarts, 'restart')}`,
    `memory ${(hp.memory.rssBytes / 2 ** 20).toFixed(0)} MiB, ${hp.memory.bytesPerScalarPoint.toFixed(1)} bytes per scalar point`,
    ...(hp.remote ? remoteDetail(hp.remote) : []),
    `up ${Math.round(hp.uptimeSecs)} s, trainboard ${hp.version}`,
  ].join('\n');
  return {
    summary,
    detail,
    damaged: c.damagedRecords > 0 || (hp.remote !== undefined && hp.remote.lastError !== null),
  };
}
