// The four XOR points, used as train, validation and test (the task is to fit them exactly).
import type { TabularDataset, TabularSplit } from './tabular-dataset.ts';

export function loadXor(): TabularDataset {
  const split = (): TabularSplit => ({
    x: new Float32Array([0, 0, 0, 1, 1, 0, 1, 1]),
    y: new Float32Array([0, 1, 1, 0]),
    rows: 4,
  });
  return { width: 2, featureNames: ['a', 'b'], train: split(), validation: split(), test: split() };
}
