// Backpressure waits leave no listeners behind: a stream that waits for `drain` thousands of times must not
// pile up `close` listeners (Node warned "MaxListenersExceededWarning ... 11 close listeners" on /api/runs),
// and a client that leaves ends the wait.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import type { Response } from 'express';
import { drainOrClose } from '../../../server/http/response-drain.ts';

/** A socket-like sink that accepts 1 KiB at a time and drains on the next turn. */
function slowSink(): Writable {
  return new Writable({
    highWaterMark: 1024,
    write(_chunk, _enc, done) {
      setImmediate(done);
    },
  });
}

test('a thousand drain waits leave the listener counts where they were', async () => {
  const sink = slowSink();
  const res = sink as unknown as Response;
  const before = { drain: sink.listenerCount('drain'), close: sink.listenerCount('close') };
  let waits = 0;
  for (let i = 0; i < 1000; i++) {
    if (!sink.write(Buffer.alloc(2048))) {
      await drainOrClose(res);
      waits++;
    }
  }
  assert.ok(waits > 900, `only ${waits} waits`);
  assert.deepEqual({ drain: sink.listenerCount('drain'), close: sink.listenerCount('close') }, before);
  sink.destroy();
});

test('a client that leaves ends the wait (close), and a destroyed response does not wait', async () => {
  const sink = slowSink();
  const res = sink as unknown as Response;
  while (sink.write(Buffer.alloc(2048))) {
    // fill the buffer
  }
  const waiting = drainOrClose(res);
  sink.destroy();
  await waiting;
  await drainOrClose(res);
  assert.equal(sink.listenerCount('close'), 0);
});
