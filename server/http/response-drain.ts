// Backpressure for streamed responses: wait until the socket drains or the client leaves, whichever comes
// first, leaving no listener behind. Invariant: a long stream may wait thousands of times; each wait adds two
// listeners and removes both (a race of two `once` promises kept the loser's listeners each time, and a bare
// `once(res, 'drain')` never resolved when the client left, pinning the stream's state).
import type { Response } from 'express';
import { yieldTurn } from '../runtime/turn-scheduler.ts';

/** Resolves on the first of `drain` or `close` (at once if the response is already destroyed). */
export function drainOrClose(res: Response): Promise<void> {
  if (res.destroyed) return Promise.resolve();
  return new Promise((done) => {
    const finish = (): void => {
      res.off('drain', finish);
      res.off('close', finish);
      done();
    };
    res.on('drain', finish);
    res.on('close', finish);
  });
}

/** Writes `text` (a string or bytes), waits for the socket if it is full, then gives other jobs their share of the turn. */
export async function writeChunk(res: Response, text: string | Uint8Array): Promise<void> {
  if (!res.write(text)) await drainOrClose(res);
  await yieldTurn();
}

/** Bytes a large prepared body is written in, one piece per turn share (a 3 MB listing is not one write). */
const BODY_PIECE_BYTES = 256 * 1024;

/**
 * Ends `res` with `bytes` (status and headers already set): a small body in one `end`, a large one in pieces
 * that wait for the socket and share the turn, with its Content-Length. Stops when the client leaves.
 */
export async function endWithBytes(res: Response, bytes: Buffer): Promise<void> {
  if (bytes.length <= BODY_PIECE_BYTES) {
    res.end(bytes);
    return;
  }
  res.setHeader('Content-Length', bytes.length);
  for (let at = 0; at < bytes.length; at += BODY_PIECE_BYTES) {
    if (res.destroyed) return;
    if (!res.write(bytes.subarray(at, at + BODY_PIECE_BYTES))) await drainOrClose(res);
    await yieldTurn();
  }
  res.end();
}
