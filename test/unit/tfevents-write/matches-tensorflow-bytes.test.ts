// Our builders and event writer against real TensorFlow 2.21 / Keras 3.15 output: every single-value summary
// event in ../shared/fixtures (Keras fit, tf.summary, hparams) is rebuilt from its decoded content with our
// builders, and the framed record (length, CRCs, payload) must equal the one TensorFlow wrote, byte for byte.
// Histogram rows cannot be recomputed without the raw data, so for histograms the rows are reused and the
// tensor encoding and metadata are what is compared (the bucket layout is checked against TensorBoard's
// histogram_pb in the compat test).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { tensorboard, type google } from '../../../proto/index.ts';
import { memoryByteSource } from '../../../tfevents/byte-source.ts';
import { decodeEvent } from '../../../tfevents/event-codec.ts';
import { createEventFileWriter } from '../../../tfevents/event-file-writer.ts';
import { readRecord } from '../../../tfevents/record-reader.ts';
import { tensorNumbers, tensorShape, tensorStrings } from '../../../tfevents/tensor-values.ts';
import * as S from '../../../tfevents/summaries/index.ts';
import type { HParamSpec, HParamValue, SessionStatus } from '../../../tfevents/summaries/index.ts';
import { pluginMetadata } from '../../../tfevents/summaries/summary-metadata.ts';
import { doubleTensor } from '../../../tfevents/summaries/tensor-encoder.ts';
import { fixturesDir } from '../../support/shared-fixtures.ts';

type Value = tensorboard.Summary.IValue;
const STATUS: SessionStatus[] = ['unknown', 'success', 'failure', 'running'];

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));

function plain(v: google.protobuf.IValue): HParamValue {
  if (v.numberValue !== undefined && v.numberValue !== null) return v.numberValue;
  if (v.stringValue !== undefined && v.stringValue !== null) return v.stringValue;
  return v.boolValue ?? false;
}

function rebuildHParams(tag: string, content: Uint8Array): Value {
  const hp = tensorboard.hparams.HParamsPluginData.decode(content);
  if (hp.sessionStartInfo) {
    const s = hp.sessionStartInfo;
    const values = Object.fromEntries(Object.entries(s.hparams ?? {}).map(([k, v]) => [k, plain(v)]));
    return S.sessionStartValue(values, {
      groupName: s.groupName || undefined,
      startTimeSecs: s.startTimeSecs ?? 0,
    });
  }
  if (hp.sessionEndInfo)
    return S.sessionEndValue(STATUS[hp.sessionEndInfo.status ?? 0]!, hp.sessionEndInfo.endTimeSecs ?? 0);
  assert.ok(hp.experiment, `${tag}: an hparams value with no data`);
  const T = tensorboard.hparams.DataType;
  const type = {
    [T.DATA_TYPE_STRING]: 'string',
    [T.DATA_TYPE_BOOL]: 'bool',
    [T.DATA_TYPE_FLOAT64]: 'float64',
  } as const;
  return S.hparamsExperimentValue({
    hparams: (hp.experiment.hparamInfos ?? []).map((h): HParamSpec => ({
      name: h.name ?? '',
      displayName: h.displayName || undefined,
      description: h.description || undefined,
      type: h.type ? type[h.type] : undefined,
      domain: h.domainInterval
        ? { min: h.domainInterval.minValue ?? 0, max: h.domainInterval.maxValue ?? 0 }
        : h.domainDiscrete
          ? { values: (h.domainDiscrete.values ?? []).map(plain) }
          : undefined,
    })),
    metrics: (hp.experiment.metricInfos ?? []).map((m) => ({
      tag: m.name?.tag ?? '',
      group: m.name?.group || undefined,
      displayName: m.displayName || undefined,
      description: m.description || undefined,
    })),
    timeCreatedSecs: hp.experiment.timeCreatedSecs || undefined,
  });
}

/** Our builder's value for the same content, or undefined for kinds we do not build. */
function rebuild(v: tensorboard.Summary.IValue): Value | undefined {
  const plugin = v.metadata?.pluginData?.pluginName;
  const tag = v.tag ?? '';
  const d = {
    description: v.metadata?.summaryDescription || undefined,
    displayName: v.metadata?.displayName || undefined,
  };
  const t = v.tensor;
  switch (plugin) {
    case 'scalars':
      return S.scalarValue(tag, tensorNumbers(t!)![0]!, d);
    case 'histograms':
      return {
        tag,
        tensor: doubleTensor(tensorNumbers(t!)!, tensorShape(t!)),
        metadata: pluginMetadata('histograms', undefined, d),
      };
    case 'text': {
      const [shape, cells] = [tensorShape(t!), tensorStrings(t!)];
      if (shape.length === 0) return S.textValue(tag, cells[0]!, d);
      if (shape.length === 1) return S.textValue(tag, cells, d);
      return S.textValue(
        tag,
        Array.from({ length: shape[0]! }, (_, r) => cells.slice(r * shape[1]!, (r + 1) * shape[1]!)),
        d,
      );
    }
    case 'images': {
      const [w, h, ...pngs] = t!.stringVal!;
      const size = { width: Number(Buffer.from(w!).toString()), height: Number(Buffer.from(h!).toString()) };
      return S.imageValue(
        tag,
        pngs.map((png) => ({ ...size, png })),
        d,
      );
    }
    case 'graph_keras_model':
      return S.kerasModelValue(tensorStrings(t!)[0]!, tag);
    case 'hparams':
      return rebuildHParams(tag, v.metadata!.pluginData!.content!);
    default:
      return undefined;
  }
}

describe('rebuilding real TensorFlow/Keras summary events with our builders gives the same bytes', () => {
  const files = walk(fixturesDir).filter((f) => /\/(keras-[^/]+|tf-summary|tf-hparams)\//.test(f));
  for (const file of files) {
    const name = file.slice(fixturesDir.length + 1);
    test(name, () => {
      const bytes = readFileSync(file);
      const src = memoryByteSource(bytes);
      const checked: Record<string, number> = {};
      for (let r = readRecord(src, 0); r.kind === 'record'; r = readRecord(src, r.next)) {
        const event = decodeEvent(r.payload);
        const values = event.summary?.value ?? [];
        if (values.length !== 1) continue;
        const ours = rebuild(values[0]!);
        if (!ours) continue;
        const out: Uint8Array[] = [];
        createEventFileWriter({ sink: { append: (x) => out.push(x) }, now: () => 0 }).writeSummary(
          Number(event.step ?? 0),
          [ours],
          event.wallTime ?? 0,
        );
        const plugin = values[0]!.metadata!.pluginData!.pluginName!;
        assert.equal(
          Buffer.from(out[1]!).toString('hex'),
          bytes.subarray(r.offset, r.next).toString('hex'),
          `${name}: ${plugin} tag ${values[0]!.tag} at byte ${r.offset}`,
        );
        checked[plugin] = (checked[plugin] ?? 0) + 1;
      }
      assert.ok(Object.keys(checked).length > 0, `${name}: no summary event was checked`);
    });
  }

  test('the fixtures cover every kind we build', () => {
    const kinds = new Set<string>();
    for (const file of files) {
      const src = memoryByteSource(readFileSync(file));
      for (let r = readRecord(src, 0); r.kind === 'record'; r = readRecord(src, r.next)) {
        const v = decodeEvent(r.payload).summary?.value?.[0];
        if (v && rebuild(v)) kinds.add(v.metadata!.pluginData!.pluginName!);
      }
    }
    assert.deepEqual([...kinds].sort(), [
      'graph_keras_model',
      'histograms',
      'hparams',
      'images',
      'scalars',
      'text',
    ]);
  });
});
