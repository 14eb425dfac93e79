// The JSON of /api/runs over thousands of runs, made from one piece per run reused while the run is unchanged:
// a flood of /api/runs on 10,000 runs (50 of them written live) re-serializes the runs that changed, not 2-3 MB
// per answer. A run's piece is keyed by everything its summary shows (session, files, points, wall times,
// damage count, the newest restart, tag count); a summary is only made for a run whose key moved. Invariant:
// the bytes equal tbJsonBytes({runs: summaries}) of summaries made afresh (plain-json.ts per piece).
import type { RestartReport, RunView } from '../store/data-provider.ts';
import { plainJsonText } from './plain-json.ts';
import { createSliceClock } from '../runtime/turn-scheduler.ts';
import type { RunSummary } from '../../contract/index.ts';

interface Piece {
  key: string;
  lastRestart: RestartReport | undefined;
  json: string;
}

function pieceKey(run: RunView, session: string): string {
  return `${session}\0${run.fileCount}\0${run.pointCount()}\0${run.startTime}\0${run.lastWallTime}\0${run.damagedCount()}\0${run.restarts().length}\0${run.tags().size}`;
}

export interface RunSummariesJson {
  /** The JSON bytes of `{runs}` for `runs` in order, `sessionOf` naming each run's session; made in slices. */
  bytes(
    runs: readonly RunView[],
    sessionOf: (run: RunView) => string,
    summarize: (run: RunView, session: string) => RunSummary,
  ): Promise<Buffer>;
}

export function createRunSummariesJson(): RunSummariesJson {
  // keyed by the run object: a run that goes and comes back is a new object, and a dropped one is collected
  const pieces = new WeakMap<RunView, Piece>();
  return {
    async bytes(runs, sessionOf, summarize) {
      const parts: string[] = new Array<string>(runs.length);
      const clock = createSliceClock();
      for (let i = 0; i < runs.length; i++) {
        const run = runs[i]!;
        const session = sessionOf(run);
        const key = pieceKey(run, session);
        const lastRestart = run.restarts().at(-1);
        let piece = pieces.get(run);
        if (!piece || piece.key !== key || piece.lastRestart !== lastRestart) {
          piece = { key, lastRestart, json: plainJsonText(summarize(run, session)) };
          pieces.set(run, piece);
        }
        parts[i] = piece.json;
        if (clock.due()) await clock.yield();
      }
      return Buffer.from(`{"runs":[${parts.join(',')}]}`);
    },
  };
}
