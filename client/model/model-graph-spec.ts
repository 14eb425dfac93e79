// Turns a parsed Keras model into the node and edge specs the graph layout draws: one box per layer with its
// name, class, activation and output shape; input and output layers marked. Pure.
import type { GraphEdgeSpec, GraphNodeSpec } from './graph-layout.ts';
import { formatShape, type ModelDescription } from './keras-model-parser.ts';

export function kerasGraphSpec(model: ModelDescription): { nodes: GraphNodeSpec[]; edges: GraphEdgeSpec[] } {
  const nodes: GraphNodeSpec[] = model.layers.map((l) => {
    const kind = l.activation ? `${l.className} · ${l.activation}` : l.className;
    return {
      id: l.name,
      lines: [l.name, kind, formatShape(l.outputShape)],
      role: l.isInput && l.isOutput ? 'input-output' : l.isInput ? 'input' : l.isOutput ? 'output' : 'inner',
    };
  });
  const edges = model.layers.flatMap((l) => l.inputs.map((from) => ({ from, to: l.name })));
  return { nodes, edges };
}
