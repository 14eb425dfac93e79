// The model parser against real TF.js models: parameter totals and output shapes must equal what TF.js reports
// (countParams(), layer.outputShape) for a wide-and-deep functional model, in both the TF.js/Keras 2 JSON form
// and the Keras 3 form our event writer stores, and for a Sequential CNN.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type * as tfTypes from '@tensorflow/tfjs';
import { formatShape, ModelJsonError, parseKerasModel } from '../../../client/model/keras-model-parser.ts';
import { withKeras3InboundNodes } from '../../../tfevents/summaries/keras-model-json.ts';

let tf: typeof tfTypes;
before(async () => {
  tf = await import('@tensorflow/tfjs');
  await tf.setBackend('cpu');
});

function wideDeep(): tfTypes.LayersModel {
  const deep = tf.input({ shape: [7], name: 'deep_input' });
  const wide = tf.input({ shape: [5], name: 'wide_input' });
  const h1 = tf.layers
    .dense({ units: 30, activation: 'relu', name: 'hidden_1' })
    .apply(deep) as tfTypes.SymbolicTensor;
  const h2 = tf.layers
    .dense({ units: 30, activation: 'relu', name: 'hidden_2' })
    .apply(h1) as tfTypes.SymbolicTensor;
  const c = tf.layers.concatenate({ name: 'concat' }).apply([wide, h2]) as tfTypes.SymbolicTensor;
  const out = tf.layers.dense({ units: 1, name: 'main_output' }).apply(c) as tfTypes.SymbolicTensor;
  const aux = tf.layers.dense({ units: 1, name: 'aux_output' }).apply(h2) as tfTypes.SymbolicTensor;
  return tf.model({ inputs: [wide, deep], outputs: [out, aux], name: 'wide_deep' });
}

const shapeOf = (s: tfTypes.Shape | tfTypes.Shape[]): string =>
  formatShape((Array.isArray(s[0]) ? s[0] : s) as (number | null)[]);

function checkAgainstTfjs(model: tfTypes.LayersModel, json: string): ReturnType<typeof parseKerasModel> {
  const parsed = parseKerasModel(json);
  assert.equal(parsed.totalParams, model.countParams());
  for (const layer of model.layers) {
    const p = parsed.layers.find((l) => l.name === layer.name);
    assert.ok(p, `layer ${layer.name} parsed`);
    assert.equal(formatShape(p.outputShape), shapeOf(layer.outputShape), `output shape of ${layer.name}`);
    assert.equal(p.params, layer.countParams(), `params of ${layer.name}`);
  }
  return parsed;
}

test('a TF.js wide-and-deep model: two inputs, two outputs, edges, shapes and parameter total as TF.js counts them', () => {
  const model = wideDeep();
  const parsed = checkAgainstTfjs(model, JSON.stringify(model.toJSON(null, false)));
  assert.equal(parsed.kind, 'Functional');
  assert.deepEqual(
    parsed.layers
      .filter((l) => l.isInput)
      .map((l) => l.name)
      .sort(),
    ['deep_input', 'wide_input'],
  );
  assert.deepEqual(
    parsed.layers
      .filter((l) => l.isOutput)
      .map((l) => l.name)
      .sort(),
    ['aux_output', 'main_output'],
  );
  assert.deepEqual(parsed.layers.find((l) => l.name === 'concat')?.inputs, ['wide_input', 'hidden_2']);
  assert.equal(parsed.layers.find((l) => l.name === 'hidden_1')?.activation, 'relu');
});

test('the Keras 3 inbound-node form written to event files parses to the same model', () => {
  const model = wideDeep();
  const k2 = JSON.stringify(model.toJSON(null, false));
  const k3 = withKeras3InboundNodes(k2);
  assert.notEqual(k3, k2);
  assert.deepEqual(parseKerasModel(k3), parseKerasModel(k2));
});

test('a Sequential CNN: conv, pooling, batch norm, flatten, dropout and dense shapes and params match TF.js', () => {
  const model = tf.sequential({
    name: 'cnn',
    layers: [
      tf.layers.conv2d({
        inputShape: [28, 28, 1],
        filters: 8,
        kernelSize: 3,
        activation: 'relu',
        name: 'conv',
      }),
      tf.layers.maxPooling2d({ poolSize: 2, name: 'pool' }),
      tf.layers.batchNormalization({ name: 'bn' }),
      tf.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same', strides: 2, name: 'conv_same' }),
      tf.layers.flatten({ name: 'flat' }),
      tf.layers.dropout({ rate: 0.2, name: 'drop' }),
      tf.layers.dense({ units: 10, activation: 'softmax', name: 'out' }),
    ],
  });
  const parsed = checkAgainstTfjs(model, JSON.stringify(model.toJSON(null, false)));
  assert.equal(parsed.kind, 'Sequential');
  assert.equal(parsed.nonTrainableParams, 16, 'batch norm moving mean and variance');
  assert.deepEqual(
    parsed.layers.map((l) => l.isInput),
    [true, false, false, false, false, false, false],
  );
  assert.equal(parsed.layers.at(-1)?.isOutput, true);
});

test('an unknown layer class gets unknown shape and params, and the totals become unknown rather than wrong', () => {
  const json = JSON.stringify({
    class_name: 'Sequential',
    config: {
      name: 's',
      layers: [
        { class_name: 'Dense', config: { units: 2, batch_input_shape: [null, 3], name: 'd' } },
        { class_name: 'MyCustomLayer', config: { name: 'c' } },
      ],
    },
  });
  const parsed = parseKerasModel(json);
  assert.equal(parsed.layers[0]?.params, 8);
  assert.equal(parsed.layers[1]?.params, null);
  assert.equal(formatShape(parsed.layers[1]?.outputShape ?? null), '?');
  assert.equal(parsed.totalParams, null);
});

test('malformed model JSON throws ModelJsonError saying what is wrong', () => {
  assert.throws(
    () => parseKerasModel('{not json'),
    (e: unknown) => e instanceof ModelJsonError && /does not parse/.test(e.message),
  );
  assert.throws(() => parseKerasModel('{"config": {}}'), /no class_name/);
  assert.throws(() => parseKerasModel('{"class_name": "Functional", "config": {}}'), /has no config.layers/);
  assert.throws(
    () =>
      parseKerasModel(
        JSON.stringify({
          class_name: 'Functional',
          config: {
            layers: [{ name: 'a', class_name: 'Dense', config: {}, inbound_nodes: [[['ghost', 0, 0, {}]]] }],
          },
        }),
      ),
    /layer 'a' reads unknown layer 'ghost'/,
  );
});
