// The /api listings the first chart waits for (runs, sessions, tags) are made by JSON.stringify per piece
// (server/api/plain-json.ts) instead of the generic writer: their bytes must stay exactly the generic writer's
// (tb-json.ts: TensorBoard's spelling of NaN, -0 and doubles past 2^53; an object's keys in JavaScript's order,
// integer-like run names first), checked on runs named like integers and a run named twice.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { tbJsonBytes } from '../../../server/http/tb-json.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startTestServer, tempLogdir } from './test-server.ts';

const logdir = tempLogdir('trainboard-api-listing-bytes-');
after(() => logdir.remove());

function write(run: string, step: number, value: number): void {
  const w = createSummaryWriter(join(logdir.dir, run), { flushMs: 0 });
  w.scalar('loss', value, step, { wallTime: 1795000000 + step });
  w.scalar('10', value, 1, { wallTime: 1795000000.5 });
  w.text('notes', 'hello', 1, { wallTime: 1795000001 });
  w.close();
}

/** The generic writer's bytes for the same value (JSON.parse keeps every number these listings hold). */
async function genericOf(text: string): Promise<string> {
  return (await tbJsonBytes(JSON.parse(text))).toString('utf8');
}

test('/api/runs, /api/sessions and /api/tags send the generic JSON writer’s bytes', async () => {
  write('10', 1, NaN);
  write('2', 12, -0);
  write('a/train', 3, 0.5);
  write('a/validation', 4, Infinity);
  const server = await startTestServer({ logdir: logdir.dir });
  try {
    await server.app.watcher.refresh();
    const paths = [
      '/api/runs',
      '/api/sessions',
      '/api/tags',
      '/api/tags?run=a/train&run=10&run=2&run=a/train',
    ];
    for (const path of paths) {
      const res = await fetch(server.url + path);
      assert.equal(res.status, 200, path);
      const text = await res.text();
      assert.equal(text, await genericOf(text), path);
    }
    const tags = await (await fetch(`${server.url}/api/tags?run=a/train&run=10&run=2`)).text();
    // integer-like run names first, in ascending order, as the generic writer puts an object's keys
    assert.deepEqual(Object.keys((JSON.parse(tags) as { runs: object }).runs), ['2', '10', 'a/train']);
  } finally {
    await server.close();
  }
});
