// Semantic fuzzing: valid framing, hostile contents. Each file holds random events whose tensors declare random
// shapes (huge, negative, overflowing), with value and string counts and tensor_content lengths that match or
// lie; legacy histograms with mismatched bucket lists; text summaries and tag descriptions of deeply nested
// Markdown. The oracle is exact per record, as in event-file-fuzz.ts: a record whose declared sizes its bytes do
// not pay for is refused as 'implausible-shape' damage, every other record is read and yields what was written,
// nothing built outgrows the record's bytes (plus MAX_FILL_ELEMENTS), and nothing but EventDecodeError is
// thrown. A second property fuzzes the linear-time regexes against V8's own engine on short inputs.
import fc from 'fast-check';
import { tensorboard } from '../../proto/index.ts';
import { compileSafeRegex, RegexSyntaxError } from '../../server/regex/safe-regex.ts';
import { memoryByteSource } from '../../tfevents/byte-source.ts';
import { ImplausibleShapeError, MAX_FILL_ELEMENTS } from '../../tfevents/declared-size.ts';
import { EventDecodeError, encodeEvent } from '../../tfevents/event-codec.ts';
import { createRunInterpreter, type Sample } from '../../tfevents/event-interpreter.ts';
import { createEventStreamReader, undecodable } from '../../tfevents/event-stream-reader.ts';
import { frame } from './event-file-fuzz.ts';

const DT = tensorboard.DataType;
const SIZE: Partial<Record<tensorboard.DataType, number>> = {
  [DT.DT_FLOAT]: 4,
  [DT.DT_DOUBLE]: 8,
  [DT.DT_INT32]: 4,
};

/** One event of a semantic case, with the oracle's expectation for it. */
export type Entry =
  | {
      kind: 'tensor';
      plugin: 'text' | 'histograms' | 'scalars' | 'images' | 'pr_curves';
      dtype: tensorboard.DataType;
      dims: number[];
      /** How many *_val values or strings the record really holds. */
      count: number;
      /** Bytes of tensor_content (numeric dtypes), or undefined for none. */
      contentBytes?: number;
    }
  | { kind: 'legacy-histogram'; buckets: number; limits: number }
  | { kind: 'markdown'; text: string; inDescription: boolean };

const dimArb = fc.constantFrom(0, 1, 2, 3, 4, 6, 100_000, 1e8, 4e8, 2 ** 40, -1);
const markdownArb: fc.Arbitrary<string> = fc.oneof(
  fc.nat(3000).map((n) => '>'.repeat(n)),
  fc.nat(1200).map((d) => Array.from({ length: d }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')),
  fc.nat(2000).map((n) => `${'*'.repeat(n)}x${'_'.repeat(n)}`),
  fc.nat(500).map((n) => `${'['.repeat(n)}link${'](x)'.repeat(n)}`),
  fc.string({ maxLength: 200 }),
);

const tensorArb: fc.Arbitrary<Entry> = fc
  .record({
    plugin: fc.constantFrom('text', 'histograms', 'scalars', 'images', 'pr_curves'),
    numericDtype: fc.constantFrom(DT.DT_FLOAT, DT.DT_DOUBLE, DT.DT_INT32),
    dims: fc.array(dimArb, { maxLength: 3 }),
    countChoice: fc.constantFrom('n', 'n-1', 'n+1', 'one', 'zero', 'small'),
    small: fc.nat(40),
    contentChoice: fc.constantFrom('none', 'none', 'exact', 'short', 'long'),
  })
  .map((r) => {
    const dtype = r.plugin === 'text' || r.plugin === 'images' ? DT.DT_STRING : r.numericDtype;
    const n = r.dims.reduce((a, b) => a * b, 1);
    const realizable = (k: number): number => (k >= 0 && k <= 64 ? k : 1);
    const count = {
      n: realizable(n),
      'n-1': realizable(n - 1),
      'n+1': realizable(n + 1),
      one: 1,
      zero: 0,
      small: r.small,
    }[r.countChoice];
    const size = SIZE[dtype];
    let contentBytes: number | undefined;
    if (size !== undefined && r.contentChoice !== 'none') {
      const exact = n >= 0 && n * size <= 4096 ? n * size : size;
      contentBytes = Math.max(
        1,
        r.contentChoice === 'exact' ? exact : exact + (r.contentChoice === 'short' ? -1 : 3),
      );
    }
    return { kind: 'tensor', plugin: r.plugin, dtype, dims: r.dims, count, contentBytes };
  });

const entryArb: fc.Arbitrary<Entry> = fc.oneof(
  { weight: 5, arbitrary: tensorArb },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('legacy-histogram' as const),
      buckets: fc.nat(20),
      limits: fc.nat(20),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('markdown' as const),
      text: markdownArb,
      inDescription: fc.boolean(),
    }),
  },
);

export const semanticCaseArb = fc.array(entryArb, { minLength: 1, maxLength: 8 });

/** The oracle: does the record declare more than its bytes hold? (The rule of declared-size.ts, restated.) */
export function lies(e: Entry): boolean {
  if (e.kind === 'markdown') return false;
  if (e.kind === 'legacy-histogram') return e.buckets !== e.limits;
  if (e.dims.some((d) => d < 0)) return true;
  const nonZero = e.dims.filter((d) => d !== 0).reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(nonZero)) return true;
  // an empty tensor whose other dimensions span more than MAX_FILL_ELEMENTS cells is refused too
  if (e.dims.includes(0) && nonZero > MAX_FILL_ELEMENTS) return true;
  const n = e.dims.includes(0) ? 0 : nonZero;
  const size = SIZE[e.dtype];
  if (e.contentBytes !== undefined && size !== undefined) return e.contentBytes !== n * size;
  if (e.count === n) return false;
  return !(e.dtype !== DT.DT_STRING && e.count === 1 && n <= MAX_FILL_ELEMENTS);
}

function valueOf(e: Entry, i: number): tensorboard.Summary.IValue {
  const tag = `t${i}`;
  if (e.kind === 'markdown') {
    return e.inDescription
      ? { tag, simpleValue: 1, metadata: { summaryDescription: e.text } }
      : {
          tag,
          metadata: { pluginData: { pluginName: 'text' } },
          tensor: { dtype: DT.DT_STRING, tensorShape: {}, stringVal: [new TextEncoder().encode(e.text)] },
        };
  }
  if (e.kind === 'legacy-histogram') {
    const bucket = Array.from({ length: e.buckets }, (_, k) => k + 1);
    const bucketLimit = Array.from({ length: e.limits }, (_, k) => k);
    return { tag, histo: { min: 0, max: e.limits, num: 1, sum: 1, bucket, bucketLimit } };
  }
  const tensor: tensorboard.ITensorProto = {
    dtype: e.dtype,
    tensorShape: { dim: e.dims.map((size) => ({ size })) },
  };
  const values = Array.from({ length: e.count }, (_, k) => k + 0.5);
  if (e.contentBytes !== undefined) tensor.tensorContent = new Uint8Array(e.contentBytes);
  else if (e.dtype === DT.DT_STRING) tensor.stringVal = values.map((v) => new TextEncoder().encode(`s${v}`));
  else if (e.dtype === DT.DT_FLOAT) tensor.floatVal = values;
  else if (e.dtype === DT.DT_DOUBLE) tensor.doubleVal = values;
  else tensor.intVal = values.map(Math.floor);
  return { tag, metadata: { pluginData: { pluginName: e.plugin } }, tensor };
}

/** Values built for one record's samples (numbers, strings, blobs), to bound against its bytes. */
function builtSize(samples: Sample[]): number {
  let n = 0;
  for (const s of samples) {
    if (s.kind === 'histogram') n += s.buckets.length;
    else if (s.kind === 'text') n += s.strings.length + s.shape.length;
    else if (s.kind === 'image') n += s.images.length;
    else if (s.kind === 'audio') n += s.clips.length;
    else if (s.kind === 'scalar') n += 1;
  }
  return n;
}

/** Reads the case's file and checks the oracle; throws on any violation. */
export function checkSemanticCase(entries: Entry[]): void {
  const payloads = entries.map((e, i) =>
    encodeEvent({ wallTime: 1.7e9, step: i, summary: { value: [valueOf(e, i)] } }),
  );
  const file = Buffer.concat(payloads.map(frame));
  const reader = createEventStreamReader(memoryByteSource(file), 'semantic');
  const batch = reader.readPayloads();
  if (batch.records.length !== entries.length || batch.damaged.length > 0 || batch.fatal)
    throw new Error(`framing is valid, yet ${batch.records.length}/${entries.length} records were framed`);
  const interpreter = createRunInterpreter();
  batch.records.forEach(({ offset, payload }, i) => {
    const e = entries[i]!;
    let samples: Sample[] | undefined;
    try {
      samples = interpreter.interpretPayload(payload);
    } catch (err) {
      if (!(err instanceof EventDecodeError)) throw err;
      if (!lies(e))
        throw new Error(
          `record ${i} (${JSON.stringify(e).slice(0, 200)}) is truthful but refused: ${err.message}`,
        );
      if (
        !(err instanceof ImplausibleShapeError) ||
        undecodable('f', offset, err).reason !== 'implausible-shape'
      )
        throw new Error(`record ${i} lies but was refused as ${err.name}: ${err.message}`);
      return;
    }
    if (lies(e)) throw new Error(`record ${i} lies (${JSON.stringify(e).slice(0, 200)}) but was read`);
    const built = builtSize(samples);
    if (built > payload.length + MAX_FILL_ELEMENTS)
      throw new Error(`record ${i}: ${built} values built from a ${payload.length}-byte record`);
    if (e.kind === 'markdown') {
      const text = samples.find((s) => s.kind === 'text');
      const got = e.inDescription ? interpreter.tags().get(`t${i}`)?.description : text?.strings[0];
      if (got !== e.text) throw new Error(`record ${i}: Markdown did not come through intact`);
    }
  });
}

export function fuzzSemantic(opts: { numRuns?: number; seed?: number; interruptAfterTimeLimit?: number }) {
  return fc.check(
    fc.property(semanticCaseArb, (c) => checkSemanticCase(c)),
    {
      numRuns: opts.numRuns ?? 300,
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(opts.interruptAfterTimeLimit !== undefined
        ? { interruptAfterTimeLimit: opts.interruptAfterTimeLimit }
        : {}),
    },
  );
}

/** Regexes built from the syntax RE2 and V8 share, so both must agree on whether each short input matches. */
const regexArb: fc.Arbitrary<string> = fc.letrec<{ re: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '\\.', '^', '$'),
    tie('re').map((r) => `(${r})`),
    tie('re').map((r) => `(?:${r})`),
  ),
  re: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('atom'),
    fc.tuple(tie('atom'), fc.constantFrom('*', '+', '?', '{1,3}', '{2}', '*?')).map(([a, q]) => `${a}${q}`),
    fc.tuple(tie('re'), tie('re')).map(([x, y]) => `${x}${y}`),
    fc.tuple(tie('re'), tie('re')).map(([x, y]) => `${x}|${y}`),
  ),
})).re;

/** Compiles one pattern both ways and checks agreement on short inputs and a plain answer on a long one. */
export function checkRegexCase(pattern: string, inputs: string[]): void {
  let native: RegExp;
  try {
    native = new RegExp(pattern);
  } catch {
    return; // e.g. a quantifier after '^': V8 refuses, so there is nothing to compare
  }
  let safe;
  try {
    safe = compileSafeRegex(pattern);
  } catch (err) {
    if (!(err instanceof RegexSyntaxError)) throw err;
    throw new Error(`RE2 refused ${pattern}, which uses only syntax both engines share: ${err.message}`);
  }
  for (const s of inputs) {
    if (safe.test(s) !== native.test(s))
      throw new Error(`${pattern} on ${JSON.stringify(s)}: RE2 ${safe.test(s)}`);
  }
  if (typeof safe.test('ab'.repeat(5000)) !== 'boolean') throw new Error('no answer on a long input');
}

export function fuzzRegexes(opts: { numRuns?: number; seed?: number; interruptAfterTimeLimit?: number }) {
  const inputs = fc.array(fc.stringMatching(/^[ab.]{0,8}$/), { minLength: 1, maxLength: 6 });
  return fc.check(
    fc.property(regexArb, inputs, (p, s) => checkRegexCase(p, s)),
    {
      numRuns: opts.numRuns ?? 300,
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(opts.interruptAfterTimeLimit !== undefined
        ? { interruptAfterTimeLimit: opts.interruptAfterTimeLimit }
        : {}),
    },
  );
}
