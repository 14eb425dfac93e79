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
  session: string;
  files: number;
  points: number;
  startTime: number | null;
  lastWallTime: number | null;
  damaged: number;
  restarts: number;
  tags: number;
  lastRestart: RestartReport | undefined;
  /** The run's summary as JSON bytes, a comma before it (the first piece's comma is skipped). */
  bytes: Buffer;
}

/** Whether `piece` still shows `run` as it is (every field its summary shows, read without allocating). */
function pieceCurrent(
  piece: Piece,
  run: RunView,
  session: string,
  lastRestart: RestartReport | undefined,
): boolean {
  return (
    piece.session === session &&
    piece.files === run.fileCount &&
    piece.points === run.pointCount() &&
    Object.is(piece.startTime, run.startTime) &&
    Object.is(piece.lastWallTime, run.lastWallTime) &&
    piece.damaged === run.damagedCount() &&
    piece.restarts === run.restarts().length &&
    piece.tags === run.tags().size &&
    piece.lastRestart === lastRestart
  );
}

export interface RunSummariesJson {
  /** The JSON bytes of `{runs}` for `runs` in order, `sessionOf` naming each run's session; made in slices. */
  bytes(
    runs: readonly RunView[],
    sessionOf: (run: RunView) => string,
    summarize: (run: RunView, session: string) => RunSummary,
  ): Promise<Buffer>;
}

const HEAD = Buffer.from('{"runs":[');
const TAIL = Buffer.from(']}');

export function createRunSummariesJson(): RunSummariesJson {
  // keyed by the run object: a run that goes and comes back is a new object, and a dropped one is collected
  const pieces = new WeakMap<RunView, Piece>();
  return {
    async bytes(runs, sessionOf, summarize) {
      // the answer is copied once from the pieces' bytes (off the JS heap): a flood of /api/runs on 10,000
      // runs made a 2-3 MB string per answer, and a key string per run, for the garbage collector
      const parts: Buffer[] = new Array<Buffer>(runs.length + 2);
      parts[0] = HEAD;
      let length = HEAD.length + TAIL.length - (runs.length > 0 ? 1 : 0);
      const clock = createSliceClock();
      for (let i = 0; i < runs.length; i++) {
        const run = runs[i]!;
        const session = sessionOf(run);
        const lastRestart = run.restarts().at(-1);
        let piece = pieces.get(run);
        if (!piece || !pieceCurrent(piece, run, session, lastRestart)) {
          piece = {
            session,
            files: run.fileCount,
            points: run.pointCount(),
            startTime: run.startTime,
            lastWallTime: run.lastWallTime,
            damaged: run.damagedCount(),
            restarts: run.restarts().length,
            tags: run.tags().size,
            lastRestart,
            bytes: Buffer.from(`,${plainJsonText(summarize(run, session))}`),
          };
          pieces.set(run, piece);
        }
        parts[i + 1] = i === 0 ? piece.bytes.subarray(1) : piece.bytes;
        length += piece.bytes.length;
        if (clock.due()) await clock.yield();
      }
      parts[runs.length + 1] = TAIL;
      return Buffer.concat(parts, length);
    },
  };
}
