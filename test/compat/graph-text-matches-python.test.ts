// The text-format printer behind /data/plugin/graphs/graph and /run_metadata prints what TensorBoard's Python
// prints (`str(message)`, protobuf's upb text encoder) for random GraphDefs and RunMetadata built by
// test/compat/python/random_protos_text.py: map keys sharing prefixes (upb's order), every AttrValue kind,
// non-ASCII and control characters in strings and bytes, floats needing 9 or 17 digits, nan/inf/-0.0, int64
// and uint64 at their limits, unknown enum values, function libraries and GraphDebugInfo's proto2 optionals.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { protoBytesToText } from '../../server/plugins/graphs/proto-text-printer.ts';
import { repoRoot } from '../support/shared-fixtures.ts';
import { python, pythonSkip } from './tensorboard-oracle.ts';

const skip = pythonSkip(['tensorboard']);
const SCRIPT = join(repoRoot, 'test', 'compat', 'python', 'random_protos_text.py');

for (const seed of [11, 12]) {
  test(`protoBytesToText equals Python's str() on 300 random messages (seed ${seed})`, { skip }, () => {
    const r = spawnSync(python, [SCRIPT, String(seed), '300'], { encoding: 'utf8', maxBuffer: 256 << 20 });
    assert.equal(r.status, 0, r.stderr.slice(-2000));
    const cases = JSON.parse(r.stdout) as { type: string; hex: string; text: string }[];
    assert.equal(cases.length, 300);
    cases.forEach((c, i) =>
      assert.equal(protoBytesToText(c.type, Buffer.from(c.hex, 'hex')), c.text, `case ${i} (${c.type})`),
    );
  });
}
