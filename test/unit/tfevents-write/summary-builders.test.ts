// Each builder's value against what TF2 / Keras / TensorBoard's own summary code writes (FORMAT.md §3-§6).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tensorboard } from '../../../proto/index.ts';
import { tensorNumbers, tensorShape, tensorStrings } from '../../../tfevents/tensor-values.ts';
import { customScalarsLayoutValue } from '../../../tfevents/summaries/custom-scalars-summary.ts';
import {
  hparamsExperimentValue,
  sessionEndValue,
  sessionStartValue,
} from '../../../tfevents/summaries/hparams-summary.ts';
import { imageValue } from '../../../tfevents/summaries/image-summary.ts';
import { kerasModelValue } from '../../../tfevents/summaries/keras-model-summary.ts';
import { scalarValue } from '../../../tfevents/summaries/scalar-summary.ts';
import { textValue } from '../../../tfevents/summaries/text-summary.ts';
import { encodePng } from '../../../tfevents/node/png-encoder.ts';

const DT = tensorboard.DataType;
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const hpData = (v: tensorboard.Summary.IValue): tensorboard.hparams.HParamsPluginData =>
  tensorboard.hparams.HParamsPluginData.decode(v.metadata!.pluginData!.content!);

describe('scalarValue()', () => {
  test('is a rank-0 DT_FLOAT tensor with 4 little-endian bytes of tensor_content and plugin scalars', () => {
    const v = scalarValue('loss', 0.5);
    assert.equal(v.tensor!.dtype, DT.DT_FLOAT);
    assert.deepEqual(v.tensor!.tensorShape, {});
    assert.equal(hex(v.tensor!.tensorContent!), '0000003f');
    assert.deepEqual(v.metadata, { pluginData: { pluginName: 'scalars' } });
  });

  test('stores the value as float32, as tf.summary.scalar does', () => {
    assert.equal(tensorNumbers(scalarValue('x', 0.1).tensor!)![0], Math.fround(0.1));
  });

  test('keeps NaN and infinities (a diverging loss is data, not an error)', () => {
    assert.ok(Number.isNaN(tensorNumbers(scalarValue('x', Number.NaN).tensor!)![0]));
    assert.equal(tensorNumbers(scalarValue('x', -Infinity).tensor!)![0], -Infinity);
  });

  test('puts description and display name into the metadata, and leaves them unset otherwise', () => {
    const v = scalarValue('loss', 1, { description: 'training loss', displayName: 'Loss' });
    assert.equal(v.metadata!.summaryDescription, 'training loss');
    assert.equal(v.metadata!.displayName, 'Loss');
    assert.equal('summaryDescription' in scalarValue('loss', 1).metadata!, false);
  });

  test('rejects an empty tag and a non-number value', () => {
    assert.throws(() => scalarValue('', 1), /tag must be a non-empty string/);
    assert.throws(() => scalarValue('x', '1' as unknown as number), /value must be a number/);
  });
});

describe('textValue()', () => {
  test('a string is a rank-0 DT_STRING tensor with plugin text', () => {
    const v = textValue('notes', '**step** 0');
    assert.equal(v.tensor!.dtype, DT.DT_STRING);
    assert.deepEqual(tensorShape(v.tensor!), []);
    assert.deepEqual(tensorStrings(v.tensor!), ['**step** 0']);
    assert.deepEqual(v.metadata, { pluginData: { pluginName: 'text' } });
  });

  test('a table is a rank-2 tensor in row-major order, a list is rank 1', () => {
    const t = textValue('table', [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    assert.deepEqual(tensorShape(t.tensor!), [3, 2]);
    assert.deepEqual(tensorStrings(t.tensor!), ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.deepEqual(tensorShape(textValue('l', ['x', 'y']).tensor!), [2]);
  });

  test('UTF-8 text survives', () => {
    assert.deepEqual(tensorStrings(textValue('t', 'häßlich ✓').tensor!), ['häßlich ✓']);
  });

  test('rejects a ragged table with the row that breaks it', () => {
    assert.throws(() => textValue('t', [['a', 'b'], ['c']]), /row 1 must be 2 strings/);
  });
});

describe('imageValue()', () => {
  const png = encodePng(3, 2, 3, new Uint8Array(18).fill(200));
  test('is a DT_STRING [2+k] tensor of [width, height, png...], width first, as ASCII', () => {
    const v = imageValue('img', [
      { width: 3, height: 2, png },
      { width: 3, height: 2, png },
    ]);
    assert.equal(v.tensor!.dtype, DT.DT_STRING);
    assert.deepEqual(tensorShape(v.tensor!), [4]);
    const cells = v.tensor!.stringVal!;
    assert.deepEqual([Buffer.from(cells[0]!).toString(), Buffer.from(cells[1]!).toString()], ['3', '2']);
    assert.equal(hex(cells[2]!), hex(png));
    assert.deepEqual(v.metadata, { pluginData: { pluginName: 'images' } });
  });

  test('rejects no images, mixed sizes, and a PNG whose own size disagrees', () => {
    assert.throws(() => imageValue('img', []), /at least one image/);
    const other = encodePng(2, 2, 1, new Uint8Array(4));
    assert.throws(
      () =>
        imageValue('img', [
          { width: 3, height: 2, png },
          { width: 2, height: 2, png: other },
        ]),
      /image 1 is 2x2, image 0 is 3x2/,
    );
    assert.throws(() => imageValue('img', [{ width: 2, height: 2, png }]), /the PNG is 3x2, declared 2x2/);
  });
});

describe('kerasModelValue()', () => {
  const json = '{"class_name": "Sequential", "config": {"name": "s", "layers": []}}';
  test('is tag keras, a rank-0 DT_STRING of the JSON, plugin graph_keras_model with content "1"', () => {
    const v = kerasModelValue(json);
    assert.equal(v.tag, 'keras');
    assert.equal(v.tensor!.dtype, DT.DT_STRING);
    assert.deepEqual(tensorShape(v.tensor!), []);
    assert.deepEqual(tensorStrings(v.tensor!), [json]);
    assert.equal(v.metadata!.pluginData!.pluginName, 'graph_keras_model');
    assert.equal(Buffer.from(v.metadata!.pluginData!.content!).toString(), '1');
  });

  test('rejects text that is not a Keras model JSON', () => {
    assert.throws(() => kerasModelValue('{oops'), /does not parse/);
    assert.throws(() => kerasModelValue('[1]'), /class_name and config/);
  });
});

describe('hparams builders', () => {
  test('the experiment is tag _hparams_/experiment, a null DT_FLOAT [0] tensor, version-0 plugin data', () => {
    const v = hparamsExperimentValue({
      hparams: [
        { name: 'lr', domain: { min: 0.001, max: 0.1 } },
        { name: 'optimizer', domain: { values: ['adam', 'sgd'] } },
        { name: 'units', domain: { values: [8, 16] } },
        { name: 'bn', domain: { values: [true, false] } },
      ],
      metrics: [
        { tag: 'epoch_loss', group: 'validation', displayName: 'val loss', datasetType: 'validation' },
      ],
    });
    assert.equal(v.tag, '_hparams_/experiment');
    assert.equal(hex(tensorboard.TensorProto.encode(v.tensor!).finish()), '080112021200'); // metadata.NULL_TENSOR
    assert.equal(v.metadata!.pluginData!.pluginName, 'hparams');
    const data = hpData(v);
    assert.equal(data.version, 0);
    const infos = data.experiment!.hparamInfos!;
    const T = tensorboard.hparams.DataType;
    assert.deepEqual(
      infos.map((i) => [i.name, i.type]),
      [
        ['lr', T.DATA_TYPE_FLOAT64],
        ['optimizer', T.DATA_TYPE_STRING],
        ['units', T.DATA_TYPE_FLOAT64],
        ['bn', T.DATA_TYPE_BOOL],
      ],
    );
    assert.deepEqual([infos[0]!.domainInterval!.minValue, infos[0]!.domainInterval!.maxValue], [0.001, 0.1]);
    assert.deepEqual(
      infos[1]!.domainDiscrete!.values!.map((x) => x.stringValue),
      ['adam', 'sgd'],
    );
    const m = data.experiment!.metricInfos![0]!;
    assert.deepEqual([m.name!.group, m.name!.tag, m.displayName], ['validation', 'epoch_loss', 'val loss']);
    assert.equal(m.datasetType, tensorboard.hparams.DatasetType.DATASET_VALIDATION);
  });

  test('session start maps bool/number/string to bool_value/number_value/string_value', () => {
    const v = sessionStartValue(
      { lr: 0.01, opt: 'adam', bn: false },
      { groupName: 'g0', startTimeSecs: 1700000000 },
    );
    assert.equal(v.tag, '_hparams_/session_start_info');
    const info = hpData(v).sessionStartInfo!;
    assert.equal(info.hparams!.lr!.numberValue, 0.01);
    assert.equal(info.hparams!.opt!.stringValue, 'adam');
    assert.equal(info.hparams!.bn!.boolValue, false);
    assert.equal(info.groupName, 'g0');
    assert.equal(info.startTimeSecs, 1700000000);
  });

  test('session end carries the status and end time', () => {
    const v = sessionEndValue('success', 1700000003);
    assert.equal(v.tag, '_hparams_/session_end_info');
    const info = hpData(v).sessionEndInfo!;
    assert.equal(info.status, tensorboard.hparams.Status.STATUS_SUCCESS);
    assert.equal(info.endTimeSecs, 1700000003);
  });

  test('rejects hparam values that are not number, string or boolean, and an inverted interval', () => {
    assert.throws(
      () => sessionStartValue({ x: null as unknown as number }, { startTimeSecs: 1 }),
      /hparam "x": value must be a number, string or boolean/,
    );
    assert.throws(
      () => hparamsExperimentValue({ hparams: [{ name: 'lr', domain: { min: 1, max: 0 } }], metrics: [] }),
      /min 1 > max 0/,
    );
  });
});

describe('customScalarsLayoutValue()', () => {
  test('puts the serialized Layout in a rank-0 DT_STRING tensor, plugin custom_scalars, empty content', () => {
    const v = customScalarsLayoutValue([
      { title: 'Losses', charts: [{ title: 'all', multiline: ['loss.*'] }] },
      {
        title: 'Bands',
        closed: true,
        charts: [{ title: 'm', margin: [{ value: 'v', lower: 'lo', upper: 'hi' }] }],
      },
    ]);
    assert.equal(v.tag, 'custom_scalars__config__');
    assert.deepEqual(v.metadata, { pluginData: { pluginName: 'custom_scalars' } });
    const layout = tensorboard.Layout.decode(v.tensor!.stringVal![0]!);
    assert.equal(layout.category[0]!.chart![0]!.multiline!.tag![0], 'loss.*');
    assert.equal(layout.category[1]!.closed, true);
    assert.equal(layout.category[1]!.chart![0]!.margin!.series![0]!.upper, 'hi');
  });

  test('rejects a chart tag that is not a valid regular expression', () => {
    assert.throws(
      () => customScalarsLayoutValue([{ title: 'c', charts: [{ title: 'bad', multiline: ['(('] }] }]),
      /bad regex/,
    );
  });
});
