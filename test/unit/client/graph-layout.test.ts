import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { layoutGraph, nodeSize } from '../../../client/model/graph-layout.ts';
import { kerasGraphSpec } from '../../../client/model/model-graph-spec.ts';
import { parseKerasModel } from '../../../client/model/keras-model-parser.ts';
import { parseGraphText } from '../../../client/model/op-graph-parser.ts';
import { apiDir } from '../../support/shared-fixtures.ts';

const WIDE_DEEP = JSON.stringify({
  class_name: 'Functional',
  config: {
    name: 'wide_deep',
    layers: [
      {
        name: 'deep_input',
        class_name: 'InputLayer',
        config: { batch_input_shape: [null, 7] },
        inbound_nodes: [],
      },
      {
        name: 'wide_input',
        class_name: 'InputLayer',
        config: { batch_input_shape: [null, 5] },
        inbound_nodes: [],
      },
      {
        name: 'hidden',
        class_name: 'Dense',
        config: { units: 30, activation: 'relu' },
        inbound_nodes: [[['deep_input', 0, 0, {}]]],
      },
      {
        name: 'concat',
        class_name: 'Concatenate',
        config: { axis: -1 },
        inbound_nodes: [
          [
            ['wide_input', 0, 0, {}],
            ['hidden', 0, 0, {}],
          ],
        ],
      },
      {
        name: 'main_output',
        class_name: 'Dense',
        config: { units: 1 },
        inbound_nodes: [[['concat', 0, 0, {}]]],
      },
      {
        name: 'aux_output',
        class_name: 'Dense',
        config: { units: 1 },
        inbound_nodes: [[['hidden', 0, 0, {}]]],
      },
    ],
    input_layers: [
      ['wide_input', 0, 0],
      ['deep_input', 0, 0],
    ],
    output_layers: [
      ['main_output', 0, 0],
      ['aux_output', 0, 0],
    ],
  },
});

test('layoutGraph() puts every layer below the layers it reads, inside the drawing', () => {
  const spec = kerasGraphSpec(parseKerasModel(WIDE_DEEP));
  const g = layoutGraph(spec.nodes, spec.edges);
  const y = new Map(g.nodes.map((n) => [n.id, n.y]));
  for (const e of spec.edges) assert.ok((y.get(e.from) ?? 0) < (y.get(e.to) ?? 0), `${e.from} above ${e.to}`);
  for (const n of g.nodes) {
    assert.ok(n.x - n.width / 2 >= 0 && n.x + n.width / 2 <= g.width, `${n.id} inside horizontally`);
    assert.ok(n.y - n.height / 2 >= 0 && n.y + n.height / 2 <= g.height, `${n.id} inside vertically`);
  }
  assert.equal(g.edges.length, 5);
  for (const e of g.edges) assert.ok(e.points.length >= 2);
});

test('the Keras graph spec marks both inputs and both outputs and shows class, activation and shape', () => {
  const spec = kerasGraphSpec(parseKerasModel(WIDE_DEEP));
  assert.deepEqual(
    spec.nodes
      .filter((n) => n.role === 'input')
      .map((n) => n.id)
      .sort(),
    ['deep_input', 'wide_input'],
  );
  assert.deepEqual(
    spec.nodes
      .filter((n) => n.role === 'output')
      .map((n) => n.id)
      .sort(),
    ['aux_output', 'main_output'],
  );
  assert.deepEqual(spec.nodes.find((n) => n.id === 'hidden')?.lines, [
    'hidden',
    'Dense · relu',
    '(None, 30)',
  ]);
  assert.deepEqual(spec.nodes.find((n) => n.id === 'concat')?.lines, ['concat', 'Concatenate', '(None, 35)']);
});

test('edges naming unknown nodes and self-loops are dropped, not thrown', () => {
  const g = layoutGraph(
    [{ id: 'a', lines: ['a'], role: 'input' }],
    [
      { from: 'a', to: 'ghost' },
      { from: 'a', to: 'a' },
    ],
  );
  assert.equal(g.edges.length, 0);
  assert.equal(g.nodes.length, 1);
});

test('node boxes grow with their longest line', () => {
  assert.ok(nodeSize(['a'.repeat(40)]).width > nodeSize(['a']).width);
  assert.ok(nodeSize(['a', 'b', 'c']).height > nodeSize(['a']).height);
});

test('parseGraphText() reads names, ops and inputs of a GraphDef text proto, mapping ^control and :n inputs', () => {
  const text = `node {\n  name: "x"\n  op: "Placeholder"\n  attr {\n    key: "dtype"\n    value {\n      type: DT_FLOAT\n    }\n  }\n}\nnode {\n  name: "dense/MatMul"\n  op: "MatMul"\n  input: "x"\n  input: "w:1"\n  input: "^init"\n}\nversions {\n  producer: 22\n}\n`;
  assert.deepEqual(parseGraphText(text), [
    { name: 'x', op: 'Placeholder', inputs: [] },
    { name: 'dense/MatMul', op: 'MatMul', inputs: ['x', 'w', 'init'] },
  ]);
});

test('parseGraphText() reads the TensorFlow and PyTorch op graphs real TensorBoard 2.21 served, and they lay out', () => {
  for (const [file, count] of [
    ['graphs_graph_tf.txt', 7],
    ['graphs_graph_torch.txt', 6],
  ] as const) {
    const nodes = parseGraphText(readFileSync(join(apiDir, 'py', file), 'utf8'));
    assert.equal(nodes.length, count, file);
    const names = new Set(nodes.map((n) => n.name));
    for (const n of nodes) {
      assert.ok(n.name && n.op, `${file}: node has name and op`);
      // TensorFlow's inputs all name nodes; PyTorch's trace also names parameters that are not nodes (the
      // layout drops edges to names that are not nodes)
      if (file.endsWith('tf.txt'))
        for (const i of n.inputs) assert.ok(names.has(i), `${file}: input ${i} of ${n.name} is a node`);
    }
    const g = layoutGraph(
      nodes.map((n) => ({ id: n.name, lines: [n.name, n.op], role: 'inner' as const })),
      nodes.flatMap((n) => n.inputs.map((from) => ({ from, to: n.name }))),
    );
    assert.equal(g.nodes.length, count);
  }
});
