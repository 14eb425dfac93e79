// Loads the shipped iris table and builds the perceptron's binary task (setosa or not, from petal length and
// width), split deterministically by seed into train / validation / test (100 / 25 / 25 rows).
import { IRIS_CSV } from './iris-data.ts';
import { createSeededRandom } from './seeded-random.ts';
import { pickRows, type TabularDataset } from './tabular-dataset.ts';

export interface IrisRow {
  features: [number, number, number, number];
  species: number;
}

export function parseIris(csv: string = IRIS_CSV): IrisRow[] {
  const lines = csv.trim().split('\n').slice(1);
  return lines.map((line, i) => {
    const cells = line.split(',').map(Number);
    if (cells.length !== 5 || cells.some((v) => !Number.isFinite(v))) {
      throw new Error(`iris data line ${i + 2}: expected 5 numbers, got '${line}'`);
    }
    return { features: [cells[0]!, cells[1]!, cells[2]!, cells[3]!], species: cells[4]! };
  });
}

export function loadIrisSetosa(seed: number): TabularDataset {
  const rows = parseIris();
  const x = new Float32Array(rows.length * 2);
  const y = new Float32Array(rows.length);
  rows.forEach((r, i) => {
    x[i * 2] = r.features[2];
    x[i * 2 + 1] = r.features[3];
    y[i] = r.species === 0 ? 1 : 0;
  });
  const order = createSeededRandom(seed).shuffle([...rows.keys()]);
  const part = (from: number, to: number) => {
    const idx = order.slice(from, to);
    return { x: pickRows(x, 2, idx), y: pickRows(y, 1, idx), rows: idx.length };
  };
  return {
    width: 2,
    featureNames: ['petal_length', 'petal_width'],
    train: part(0, 100),
    validation: part(100, 125),
    test: part(125, 150),
  };
}
