// The one rule every monitoring callback (earlyStopping, modelCheckpoint, reduceLROnPlateau) uses for whether a
// metric improves upward or downward, and Keras's comparison with minDelta. In Keras 3 'auto' mode reads the
// direction from the compiled metric objects (`_direction`); TF.js metrics carry none, so the table below holds
// the default names and directions of every Keras 3 metric class (checked against Keras itself in
// test/compat/keras-callbacks-monitor.test.ts), plus TF.js's spellings (`acc`, `binaryAccuracy`, `MSE`...).

export type MonitorMode = 'auto' | 'min' | 'max';

/** Keras 3.15's metric names (`keras.metrics.X().name`) and `_direction`: true = higher is better. */
const KERAS_UP = [
  'accuracy',
  'auc',
  'binary_accuracy',
  'binary_io_u',
  'categorical_accuracy',
  'concordance_correlation',
  'cosine_similarity',
  'f1_score',
  'fbeta_score',
  'io_u',
  'mean_io_u',
  'one_hot_io_u',
  'one_hot_mean_io_u',
  'pearson_correlation',
  'precision',
  'precision_at_recall',
  'r2_score',
  'recall',
  'recall_at_precision',
  'sensitivity_at_specificity',
  'sparse_categorical_accuracy',
  'sparse_top_k_categorical_accuracy',
  'specificity_at_sensitivity',
  'top_k_categorical_accuracy',
];
const KERAS_DOWN = [
  'loss',
  'binary_crossentropy',
  'categorical_crossentropy',
  'categorical_hinge',
  'hinge',
  'kl_divergence',
  'logcosh',
  'mean_absolute_error',
  'mean_absolute_percentage_error',
  'mean_squared_error',
  'mean_squared_logarithmic_error',
  'poisson',
  'root_mean_squared_error',
  'sparse_categorical_crossentropy',
  'squared_hinge',
];
/** TF.js metric names and Keras's short aliases, mapped to the Keras name. */
const ALIASES: Record<string, string> = {
  acc: 'accuracy',
  mse: 'mean_squared_error',
  mae: 'mean_absolute_error',
  mape: 'mean_absolute_percentage_error',
  msle: 'mean_squared_logarithmic_error',
  rmse: 'root_mean_squared_error',
  cosine: 'cosine_similarity',
  cosine_proximity: 'cosine_similarity',
  kld: 'kl_divergence',
  kullback_leibler_divergence: 'kl_divergence',
  r2: 'r2_score',
};
const DIRECTION = new Map<string, 'max' | 'min'>([
  ...KERAS_UP.map((n) => [n, 'max'] as const),
  ...KERAS_DOWN.map((n) => [n, 'min'] as const),
]);

function snake(name: string): string {
  if (/^[A-Z0-9_]+$/.test(name)) return name.toLowerCase();
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function lookup(name: string): 'max' | 'min' | undefined {
  const n = snake(name);
  return DIRECTION.get(ALIASES[n] ?? n);
}

/**
 * The direction of `monitor` ('val_' stripped), or undefined when it cannot be inferred. A multi-output name
 * (`<output>_<metric>`) takes the direction of its longest known metric suffix, as Keras names them.
 */
export function inferDirection(monitor: string): 'max' | 'min' | undefined {
  const name = monitor.startsWith('val_') ? monitor.slice(4) : monitor;
  const direct = lookup(name);
  if (direct) return direct;
  const parts = snake(name).split('_');
  for (let i = 1; i < parts.length; i++) {
    const d = lookup(parts.slice(i).join('_'));
    if (d) return d;
  }
  return undefined;
}

/** Resolves 'auto' the Keras way; throws Keras's error when the direction cannot be inferred. */
export function monitorDirection(owner: string, monitor: string, mode: MonitorMode = 'auto'): 'max' | 'min' {
  if (mode === 'min' || mode === 'max') return mode;
  if (mode !== 'auto')
    throw new RangeError(`${owner}: mode must be 'auto', 'min' or 'max', got ${String(mode)}`);
  const d = inferDirection(monitor);
  if (!d)
    throw new RangeError(
      `${owner}: cannot tell whether monitor '${monitor}' should be maximized or minimized; ` +
        `pass mode: 'max' to monitor the highest value or mode: 'min' for the lowest`,
    );
  return d;
}

/**
 * Keras's MonitorCallback._is_improvement: true when there is no reference yet, else `value - minDelta >
 * reference` (max) or `value + minDelta < reference` (min). NaN never improves on a number, and a NaN reference
 * is never improved on, exactly as in Keras. Keras does the subtraction in float64 and the comparison in its
 * floatx (float32), which decides minDelta edges (0.9 + 0.1 vs 1.0), so both sides are rounded to float32 here.
 */
export function isImprovement(
  direction: 'max' | 'min',
  value: number,
  reference: number | undefined,
  minDelta: number,
): boolean {
  if (reference === undefined) return true;
  const d = Math.abs(minDelta);
  const r = Math.fround(reference);
  return direction === 'max' ? Math.fround(value - d) > r : Math.fround(value + d) < r;
}
