// The options of tensorBoard(): what Keras's TensorBoard and tfjs-node's tf.node.tensorBoard accept, checked
// up front (a bad value throws naming the option; an unknown or unsupported one warns once, naming the
// camelCase spelling for Keras's snake_case), and normalised (updateFreq 'batch' = 1).
import type { HParamValue } from '../../tfevents/summaries/hparams-summary.ts';

export interface TensorBoardOptions {
  /** 'epoch' (default), 'batch' (= 1), or log batch_* scalars every N batches. */
  updateFreq?: 'batch' | 'epoch' | number;
  /** Weight histograms every N epochs; 0 (default) never. */
  histogramFreq?: number;
  /** Write the model graph (graph_keras_model) and the layer summary text at train begin. Default true. */
  writeGraph?: boolean;
  /** With histogramFreq, also write 1-D and 2-D weights (and 3-D conv kernels) as images, as Keras does. */
  writeImages?: boolean;
  /** Log batch_steps_per_second (with updateFreq) and epoch_steps_per_second. Default false. */
  writeStepsPerSecond?: boolean;
  /**
   * 'keras' (default): train/ and validation/, Keras tag names (epoch_accuracy), 0-based epochs. 'tfjs-node':
   * tf.node.tensorBoard's layout for existing dashboards: train/ and val/, TF.js names (epoch_acc), 1-based epochs.
   */
  layout?: 'keras' | 'tfjs-node';
  /** Hyperparameters: written as `_hparams_/session_start_info` in `logdir` at train begin. */
  hparams?: Record<string, HParamValue>;
  /** hparams group name (sessions with the same group are repeats). */
  hparamsGroup?: string;
  /** Flush interval of the event files in ms (points reach readers within it). Default 500. */
  flushMs?: number;
  /**
   * Let Node's event loop run at least this often during fit() (ms), so points, timers and signals are live;
   * TF.js never yields by itself in Node. 0 turns it off. Default 100.
   */
  yieldEveryMs?: number;
  /** Receives logging errors (default: one line on stderr per distinct message). */
  onError?: (err: Error) => void;
  /** Receives option warnings (default: one line on stderr). */
  warn?: (message: string) => void;
}

export interface ResolvedTensorBoardOptions extends TensorBoardOptions {
  updateFreq: 'epoch' | number;
  histogramFreq: number;
  layout: 'keras' | 'tfjs-node';
  yieldEveryMs: number;
}

const KNOWN = new Set([
  'updateFreq',
  'histogramFreq',
  'writeGraph',
  'writeImages',
  'writeStepsPerSecond',
  'layout',
  'hparams',
  'hparamsGroup',
  'flushMs',
  'yieldEveryMs',
  'onError',
  'warn',
]);
/** Keras options TF.js cannot honour. */
const UNSUPPORTED: Record<string, string> = {
  profileBatch: "profiling needs TensorFlow's profiler, which TF.js lacks",
  embeddingsFreq: 'the projector plugin is not written',
  embeddingsMetadata: 'the projector plugin is not written',
};

function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function nonNegativeInteger(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new RangeError(`tensorBoard: ${name} must be an integer >= 0, got ${String(v)}`);
  return v;
}

export function resolveTensorBoardOptions(logdir: unknown, options: unknown): ResolvedTensorBoardOptions {
  if (typeof logdir !== 'string' || logdir.trim() === '')
    throw new TypeError(
      `tensorBoard: logdir must be a non-empty directory path (default 'logs'), got ${logdir === '' ? "''" : String(logdir)}`,
    );
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options)))
    throw new TypeError(`tensorBoard: options must be an object, got ${typeof options}`);
  const o = { ...(options as TensorBoardOptions | undefined) };
  const warn = o.warn ?? ((m: string) => process.stderr.write(`trainboard: ${m}\n`));
  for (const key of Object.keys(o)) {
    if (KNOWN.has(key)) continue;
    const c = camel(key);
    if (UNSUPPORTED[c]) warn(`tensorBoard: option '${key}' is not supported: ${UNSUPPORTED[c]}; ignored`);
    else if (c !== key && KNOWN.has(c))
      warn(`tensorBoard: unknown option '${key}'; did you mean '${c}'? ignored`);
    else warn(`tensorBoard: unknown option '${key}' ignored (known: ${[...KNOWN].join(', ')})`);
  }
  const u = o.updateFreq ?? 'epoch';
  let updateFreq: 'epoch' | number;
  if (u === 'epoch') updateFreq = 'epoch';
  else if (u === 'batch') updateFreq = 1;
  else if (typeof u === 'number' && Number.isInteger(u) && u > 0) updateFreq = u;
  else
    throw new RangeError(
      `tensorBoard: updateFreq must be 'batch', 'epoch' or an integer > 0, got ${String(u)}`,
    );
  const layout = o.layout ?? 'keras';
  if (layout !== 'keras' && layout !== 'tfjs-node')
    throw new RangeError(`tensorBoard: layout must be 'keras' or 'tfjs-node', got ${String(layout)}`);
  if (o.writeImages && !o.histogramFreq)
    warn('tensorBoard: writeImages writes weights with the histograms; set histogramFreq >= 1 to get them');
  return {
    ...o,
    updateFreq,
    histogramFreq: nonNegativeInteger('histogramFreq', o.histogramFreq ?? 0),
    layout,
    yieldEveryMs: nonNegativeInteger('yieldEveryMs', o.yieldEveryMs ?? 100),
  };
}
