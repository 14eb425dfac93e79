// Auto-MPG from vega-datasets' cars.json: predict miles per gallon from cylinders, displacement, horsepower,
// weight, acceleration, model year and one-hot origin; rows with a missing value are dropped and counted;
// features are standardised with statistics of the training split only.
import { readFileSync } from 'node:fs';
import { resolveDatasetFile } from './dataset-package.ts';
import { createSeededRandom } from './seeded-random.ts';
import { columnStats, pickRows, standardise, type TabularDataset } from './tabular-dataset.ts';

export const AUTO_MPG_FEATURES = [
  'Cylinders',
  'Displacement',
  'Horsepower',
  'Weight_in_lbs',
  'Acceleration',
  'Year',
  'Origin_USA',
  'Origin_Europe',
  'Origin_Japan',
] as const;

export interface AutoMpgDataset extends TabularDataset {
  droppedRows: number;
}

export function carsJsonPath(): string {
  return resolveDatasetFile('vega-datasets', 'data/cars.json', 'regression');
}

/** Builds the dataset from the parsed cars.json rows (pure; tests pass their own rows). */
export function buildAutoMpg(records: unknown[], seed: number, source = 'cars.json'): AutoMpgDataset {
  const xs: number[][] = [];
  const ys: number[] = [];
  let dropped = 0;
  records.forEach((rec, i) => {
    if (typeof rec !== 'object' || rec === null) throw new Error(`${source}: row ${i} is not an object`);
    const r = rec as Record<string, unknown>;
    const num = (k: string) => (typeof r[k] === 'number' && Number.isFinite(r[k]) ? r[k] : null);
    const year = typeof r.Year === 'string' ? Number(r.Year.slice(0, 4)) : num('Year');
    const values = [
      num('Cylinders'),
      num('Displacement'),
      num('Horsepower'),
      num('Weight_in_lbs'),
      num('Acceleration'),
      year !== null && Number.isFinite(year) ? year : null,
    ];
    const mpg = num('Miles_per_Gallon');
    const origin = r.Origin;
    if (values.some((v) => v === null) || mpg === null || typeof origin !== 'string') {
      dropped++;
      return;
    }
    xs.push([
      ...(values as number[]),
      origin === 'USA' ? 1 : 0,
      origin === 'Europe' ? 1 : 0,
      origin === 'Japan' ? 1 : 0,
    ]);
    ys.push(mpg);
  });
  const width = AUTO_MPG_FEATURES.length;
  const x = new Float32Array(xs.flat());
  const y = new Float32Array(ys);
  const order = createSeededRandom(seed).shuffle([...ys.keys()]);
  const nTest = Math.round(order.length * 0.2);
  const nVal = Math.round((order.length - nTest) * 0.2);
  const part = (from: number, to: number) => {
    const idx = order.slice(from, to);
    return { x: pickRows(x, width, idx), y: pickRows(y, 1, idx), rows: idx.length };
  };
  const test = part(0, nTest);
  const validation = part(nTest, nTest + nVal);
  const train = part(nTest + nVal, order.length);
  const stats = columnStats(train.x, width);
  for (const s of [train, validation, test]) standardise(s.x, width, stats);
  return { width, featureNames: [...AUTO_MPG_FEATURES], train, validation, test, droppedRows: dropped };
}

export function loadAutoMpg(seed: number): AutoMpgDataset {
  const file = carsJsonPath();
  let records: unknown;
  try {
    records = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  if (!Array.isArray(records)) throw new Error(`${file}: expected a JSON array of cars`);
  return buildAutoMpg(records, seed, file);
}
