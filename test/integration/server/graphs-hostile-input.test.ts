// Hostile graph data in an event file never breaks the graphs routes: a RunMetadata whose length runs past its
// end, a trace_export summary whose RunMetadata is cut short, and one nested deeper than protobuf's parser allows
// (FullTypeDef inside FullTypeDef, 150 deep) are each answered 404 naming the message type and byte offset, the
// tags stay listed, and the server keeps answering.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { tensorboard } from '../../../proto/index.ts';
import { lengthDelimited } from '../../../server/plugins/graphs/proto-wire.ts';
import { encodeEvent } from '../../../tfevents/event-codec.ts';
import { frameRecord } from '../../../tfevents/record-writer.ts';
import { concat, fileVersionRecord } from './event-bytes.ts';
import { startTestServer, tempLogdir, type TestServer } from './test-server.ts';

const tagged = (tag: string, runMetadata: Uint8Array): Uint8Array =>
  frameRecord(encodeEvent({ wallTime: 1_700_000_001, step: 1, taggedRunMetadata: { tag, runMetadata } }));

const traceSummary = (tag: string, runMetadata: Uint8Array): Uint8Array =>
  frameRecord(
    encodeEvent({
      wallTime: 1_700_000_002,
      step: 2,
      summary: {
        value: [
          {
            tag,
            metadata: {
              pluginData: { pluginName: 'graph_run_metadata_graph', content: new TextEncoder().encode('1') },
            },
            tensor: { dtype: tensorboard.DataType.DT_STRING, stringVal: [runMetadata] },
          },
        ],
      },
    }),
  );

/** RunMetadata > function_graphs > pre_optimization_graph > node > experimental_type > args^depth. */
function deepRunMetadata(depth: number): Uint8Array {
  let fullType: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < depth; i++) fullType = lengthDelimited(2, fullType);
  const node = lengthDelimited(7, fullType);
  return lengthDelimited(4, lengthDelimited(2, lengthDelimited(1, node)));
}

let tmp: ReturnType<typeof tempLogdir>;
let server: TestServer;
before(async () => {
  tmp = tempLogdir('trainboard-graphs-hostile-');
  mkdirSync(join(tmp.dir, 'bad'));
  const bytes = concat([
    fileVersionRecord(),
    tagged('past_end', Uint8Array.from([0x0a, 0xff, 0xff, 0x03])),
    traceSummary('cut_short', Uint8Array.from([0x22, 0x05, 0x12])),
    tagged('deep', deepRunMetadata(150)),
    traceSummary('deep_trace', deepRunMetadata(150)),
  ]);
  writeFileSync(join(tmp.dir, 'bad', 'events.out.tfevents.1700000000.host'), bytes);
  server = await startTestServer({ logdir: tmp.dir });
});
after(async () => {
  await server?.close();
  tmp?.remove();
});

test('the hostile graph tags are still listed by /info', async () => {
  const info =
    await server.json<Record<string, { tags: Record<string, { op_graph: boolean; profile: boolean }> }>>(
      '/data/plugin/graphs/info',
    );
  const tags = info.bad?.tags ?? {};
  assert.deepEqual(Object.keys(tags).sort(), ['cut_short', 'deep', 'deep_trace', 'past_end']);
  assert.equal(tags.cut_short?.op_graph, true);
  assert.equal(tags.past_end?.profile, true);
});

for (const [what, path, type] of [
  ['a RunMetadata whose field runs past its end', 'run_metadata?run=bad&tag=past_end', 'RunMetadata'],
  ['a trace_export RunMetadata cut short', 'graph?run=bad&tag=cut_short', 'RunMetadata'],
  ['a RunMetadata nested 150 deep', 'run_metadata?run=bad&tag=deep', 'nested deeper'],
  ['an op graph nested 150 deep', 'graph?run=bad&tag=deep_trace', 'nested deeper'],
] as const) {
  test(`${what} is a 404 naming the message and offset, and the server keeps answering`, async () => {
    const res = await server.get(`/data/plugin/graphs/${path}`);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(res.status, 404);
    assert.equal(body.error.code, 'not_found');
    assert.match(body.error.message, new RegExp(type));
    assert.match(body.error.message, /byte \d+/);
    assert.equal((await server.get('/data/runs')).status, 200);
  });
}
