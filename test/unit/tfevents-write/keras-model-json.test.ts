import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withKeras3InboundNodes } from '../../../tfevents/summaries/keras-model-json.ts';
import { kerasModelValue } from '../../../tfevents/summaries/keras-model-summary.ts';
import { tensorStrings } from '../../../tfevents/tensor-values.ts';

/** The shape TF.js model.toJSON(null, false) gives a functional model (Keras 2 inbound_nodes). */
const tfjsModel = {
  class_name: 'Model',
  config: {
    name: 'm',
    layers: [
      {
        name: 'a',
        class_name: 'InputLayer',
        config: { name: 'a', batch_input_shape: [null, 2] },
        inbound_nodes: [],
      },
      {
        name: 'b',
        class_name: 'InputLayer',
        config: { name: 'b', batch_input_shape: [null, 3] },
        inbound_nodes: [],
      },
      { name: 'd', class_name: 'Dense', config: { name: 'd', units: 4 }, inbound_nodes: [[['a', 0, 0, {}]]] },
      {
        name: 'c',
        class_name: 'Concatenate',
        config: { name: 'c' },
        inbound_nodes: [
          [
            ['b', 0, 0, {}],
            ['d', 0, 0, {}],
          ],
        ],
      },
    ],
    input_layers: [
      ['a', 0, 0],
      ['b', 0, 0],
    ],
    output_layers: [['c', 0, 0]],
  },
  keras_version: 'tfjs-layers 4.22.0',
  backend: 'tensor_flow.js',
};
const ref = (name: string) => ({ class_name: '__keras_tensor__', config: { keras_history: [name, 0, 0] } });

describe('withKeras3InboundNodes()', () => {
  test('rewrites TF.js / Keras 2 inbound nodes as Keras 3 args: one tensor, or a list of tensors', () => {
    const out = JSON.parse(withKeras3InboundNodes(JSON.stringify(tfjsModel))) as typeof tfjsModel;
    const nodes = out.config.layers.map((l) => l.inbound_nodes as unknown);
    assert.deepEqual(nodes, [
      [],
      [],
      [{ args: [ref('a')], kwargs: {} }],
      [{ args: [[ref('b'), ref('d')]], kwargs: {} }],
    ]);
  });

  test('keeps everything but inbound_nodes, and does not touch the input object', () => {
    const text = JSON.stringify(tfjsModel);
    const out = JSON.parse(withKeras3InboundNodes(text)) as typeof tfjsModel;
    assert.deepEqual(out.config.input_layers, tfjsModel.config.input_layers);
    assert.equal(out.keras_version, 'tfjs-layers 4.22.0');
    assert.deepEqual(out.config.layers[2]!.config, { name: 'd', units: 4 });
    assert.equal(JSON.stringify(tfjsModel), text);
  });

  test('rewrites the layers of a nested model too', () => {
    const outer = {
      class_name: 'Model',
      config: { name: 'outer', layers: [{ ...tfjsModel, name: 'm', inbound_nodes: [[['x', 0, 0, {}]]] }] },
    };
    const out = JSON.parse(withKeras3InboundNodes(JSON.stringify(outer))) as {
      config: { layers: (typeof tfjsModel)[] };
    };
    const inner = out.config.layers[0]!;
    assert.deepEqual(inner.config.layers[2]!.inbound_nodes, [{ args: [ref('a')], kwargs: {} }]);
    assert.deepEqual((inner as unknown as { inbound_nodes: unknown }).inbound_nodes, [
      { args: [ref('x')], kwargs: {} },
    ]);
  });

  test('returns a Keras 3 model JSON as the very same string', () => {
    const keras3 = JSON.stringify({
      class_name: 'Functional',
      config: {
        name: 'f',
        layers: [
          { name: 'd', class_name: 'Dense', config: {}, inbound_nodes: [{ args: [ref('a')], kwargs: {} }] },
        ],
      },
    });
    assert.equal(withKeras3InboundNodes(keras3), keras3);
  });
});

describe('kerasModelValue() with a TF.js model JSON', () => {
  test('stores the Keras 3 form by default and the original when asked to', () => {
    const text = JSON.stringify(tfjsModel);
    assert.equal(tensorStrings(kerasModelValue(text).tensor!)[0], withKeras3InboundNodes(text));
    assert.equal(
      tensorStrings(kerasModelValue(text, 'keras', { keras3InboundNodes: false }).tensor!)[0],
      text,
    );
  });
});
