// The Keras model summary of a TF.js model: per layer name, class, output shape, parameter count, inbound
// connections (functional models) and trainability, plus totals; and its Keras-style text rendering.
import type * as tf from '@tensorflow/tfjs';
import type { LayerSummary, LayerSummaryRow } from '../../runstore/run-store.ts';

function shapeText(shape: unknown): string {
  const one = (s: unknown): string =>
    Array.isArray(s)
      ? `(${s.map((d) => (d === null ? 'None' : String(d))).join(', ')}${s.length === 1 ? ',' : ''})`
      : '?';
  if (Array.isArray(shape) && shape.length > 0 && Array.isArray(shape[0])) return shape.map(one).join(', ');
  return one(shape);
}

function size(shape: readonly (number | null)[]): number {
  return shape.reduce<number>((a, b) => a * (b ?? 1), 1);
}

export function summariseModel(model: tf.LayersModel): LayerSummary {
  const rows: LayerSummaryRow[] = model.layers.map((layer) => {
    const connectedTo: string[] = [];
    for (const node of layer.inboundNodes) {
      node.inboundLayers.forEach((inbound, i) => {
        connectedTo.push(`${inbound.name}[${node.nodeIndices[i] ?? 0}][${node.tensorIndices[i] ?? 0}]`);
      });
    }
    let outputShape = '?';
    try {
      outputShape = shapeText(layer.outputShape);
    } catch {
      // a layer with several output nodes has no single output shape
    }
    return {
      name: layer.name,
      className: layer.getClassName(),
      outputShape,
      params: layer.countParams(),
      connectedTo,
      trainable: layer.trainable,
    };
  });
  const trainableParams = model.trainableWeights.reduce((n, w) => n + size(w.shape), 0);
  const nonTrainableParams = model.nonTrainableWeights.reduce((n, w) => n + size(w.shape), 0);
  return { rows, totalParams: trainableParams + nonTrainableParams, trainableParams, nonTrainableParams };
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/** Keras-style summary lines; a "Connected to" column when any layer has inbound layers from several places. */
export function formatLayerSummary(s: LayerSummary, modelName: string, functional?: boolean): string[] {
  const withConnections = functional ?? s.rows.some((r) => r.className === 'InputLayer');
  const widths = withConnections ? [29, 26, 12, 30] : [33, 26, 12];
  const header = withConnections
    ? ['Layer (type)', 'Output Shape', 'Param #', 'Connected to']
    : ['Layer (type)', 'Output Shape', 'Param #'];
  const total = widths.reduce((a, b) => a + b, 0);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('')
      .trimEnd();
  const out = [`Model: "${modelName}"`, '_'.repeat(total), line(header), '='.repeat(total)];
  s.rows.forEach((r, i) => {
    const conn = r.connectedTo.length > 0 ? r.connectedTo : [''];
    conn.forEach((c, j) => {
      const cells = j === 0 ? [`${r.name} (${r.className})`, r.outputShape, fmt(r.params)] : ['', '', ''];
      out.push(line(withConnections ? [...cells, c] : cells));
    });
    out.push(i === s.rows.length - 1 ? '='.repeat(total) : withConnections ? '_'.repeat(total) : '');
  });
  if (s.rows.length === 0) out.push('='.repeat(total));
  out.push(`Total params: ${fmt(s.totalParams)}`);
  out.push(`Trainable params: ${fmt(s.trainableParams)}`);
  out.push(`Non-trainable params: ${fmt(s.nonTrainableParams)}`);
  out.push('_'.repeat(total));
  return out.filter((l, i, a) => !(l === '' && a[i + 1]?.startsWith('=')));
}
