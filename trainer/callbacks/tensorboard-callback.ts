// A Keras-style TensorBoard callback for TF.js: `<logdir>/train` and `<logdir>/validation` runs with Keras tag
// names (epoch_*, batch_*, evaluation_*_vs_iterations, epoch_learning_rate), the Keras model graph, the layer
// summary as text, weight histograms every `histogramFreq` epochs and hparams. A logging error is reported once
// and never stops training.
import * as tf from '@tensorflow/tfjs';
import { join } from 'node:path';
import { createSummaryWriter, type SummaryWriter } from '../../tfevents/node/summary-writer.ts';
import type { HParamValue } from '../../tfevents/summaries/hparams-summary.ts';
import { formatLayerSummary, summariseModel } from '../models/layer-summary.ts';
import { kerasMetricName, resolveLogs, splitValidation, type MetricLogs } from './resolved-logs.ts';

export interface TensorBoardOptions {
  /** 'epoch' (default) or log batch_* scalars every N batches. */
  updateFreq?: 'epoch' | number;
  /** Weight histograms every N epochs; 0 (default) never. */
  histogramFreq?: number;
  /** Write the model graph (graph_keras_model) and the layer summary text at train begin. Default true. */
  writeGraph?: boolean;
  /** Hyperparameters: written as `_hparams_/session_start_info` in `logdir` at train begin. */
  hparams?: Record<string, HParamValue>;
  /** hparams group name (sessions with the same group are repeats). */
  hparamsGroup?: string;
  /** Flush interval of the event files in ms (points reach readers within it). Default 500. */
  flushMs?: number;
  /** Receives logging errors (default: one line on stderr per distinct message). */
  onError?: (err: Error) => void;
}

export interface TensorBoardCallback extends tf.Callback {
  readonly logdir: string;
  /** Writers of this session, for extra summaries (created on first use). */
  writer(run: 'train' | 'validation' | 'session'): SummaryWriter;
  /** Number of optimizer steps so far (the x of batch_* and evaluation_* points). */
  readonly iterations: number;
  /** Writes sessionEnd (if hparams were given), flushes and closes every file. Idempotent. */
  close(status?: 'success' | 'failure' | 'running' | 'unknown'): void;
  flush(): void;
}

class KerasTensorBoard extends tf.Callback implements TensorBoardCallback {
  readonly logdir: string;
  private readonly opts: TensorBoardOptions;
  private readonly writers = new Map<string, SummaryWriter>();
  private steps = 0;
  private closed = false;
  private reported = new Set<string>();
  private sessionStarted = false;

  constructor(logdir: string, opts: TensorBoardOptions = {}) {
    super();
    this.logdir = logdir;
    this.opts = opts;
  }

  get iterations(): number {
    return this.steps;
  }

  writer(run: 'train' | 'validation' | 'session'): SummaryWriter {
    let w = this.writers.get(run);
    if (!w) {
      const dir = run === 'session' ? this.logdir : join(this.logdir, run);
      w = createSummaryWriter(dir, {
        flushMs: this.opts.flushMs ?? 500,
        onError: (err) => this.report(err),
      });
      this.writers.set(run, w);
    }
    return w;
  }

  private report(err: unknown): void {
    const e = err instanceof Error ? err : new Error(String(err));
    if (this.reported.has(e.message)) return;
    this.reported.add(e.message);
    if (this.opts.onError) this.opts.onError(e);
    else process.stderr.write(`trainboard: tensorBoard callback: ${e.message} (training continues)\n`);
  }

  private safely(what: string, fn: () => void): void {
    if (this.closed) return;
    try {
      fn();
    } catch (err) {
      this.report(new Error(`${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err }));
    }
  }

  override onTrainBegin(): Promise<void> {
    this.safely('hparams', () => {
      if (this.opts.hparams && !this.sessionStarted) {
        this.sessionStarted = true;
        this.writer('session').sessionStart(this.opts.hparams, {
          ...(this.opts.hparamsGroup !== undefined ? { groupName: this.opts.hparamsGroup } : {}),
        });
        this.writer('session').flush();
      }
    });
    if (this.opts.writeGraph === false) return Promise.resolve();
    this.safely('model graph', () => {
      const train = this.writer('train');
      train.kerasModel(JSON.stringify(this.model.toJSON(null, false)), 0);
      const summary = summariseModel(this.model);
      train.text(
        'model_summary',
        ['```', ...formatLayerSummary(summary, this.model.name), '```'].join('\n'),
        0,
      );
      train.flush();
    });
    return Promise.resolve();
  }

  override async onBatchEnd(batch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
    this.steps++;
    const freq = this.opts.updateFreq;
    if (typeof freq !== 'number' || freq <= 0 || this.steps % freq !== 0) return;
    const resolved = await resolveLogs(logs);
    this.safely('batch scalars', () => {
      for (const [k, v] of Object.entries(resolved)) {
        if (k === 'batch' || k === 'size') continue;
        this.writer('train').scalar(`batch_${kerasMetricName(k)}`, v, this.steps);
      }
    });
  }

  override async onEpochEnd(epoch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
    const resolved = await resolveLogs(logs);
    this.writeEpoch(epoch, resolved);
    const freq = this.opts.histogramFreq ?? 0;
    if (freq > 0 && epoch % freq === 0) this.writeHistograms(epoch);
  }

  /** Writes one epoch's logs (train metrics, val_* metrics, learning rate); usable by custom training loops. */
  writeEpoch(epoch: number, logs: MetricLogs): void {
    const { train, validation } = splitValidation(logs);
    this.safely('epoch scalars', () => {
      for (const [k, v] of Object.entries(train))
        this.writer('train').scalar(`epoch_${kerasMetricName(k)}`, v, epoch);
      const lr = learningRateOf(this.model);
      if (lr !== undefined) this.writer('train').scalar('epoch_learning_rate', lr, epoch);
      for (const [k, v] of Object.entries(validation)) {
        const name = kerasMetricName(k);
        this.writer('validation').scalar(`epoch_${name}`, v, epoch);
        this.writer('validation').scalar(`evaluation_${name}_vs_iterations`, v, this.steps);
      }
    });
  }

  private writeHistograms(epoch: number): void {
    this.safely('weight histograms', () => {
      for (const layer of this.model.layers) {
        for (const w of layer.weights) {
          const short = w.originalName.split('/').pop() ?? w.originalName;
          const values = w.read().dataSync();
          this.writer('train').histogram(`${layer.name}/${short}`, values, epoch);
        }
      }
    });
  }

  override onTrainEnd(): Promise<void> {
    this.flush();
    return Promise.resolve();
  }

  /** Counts optimizer steps run outside fit() (custom loops). */
  addSteps(n: number): void {
    this.steps += n;
  }

  flush(): void {
    for (const w of this.writers.values()) this.safely('flush', () => w.flush());
  }

  close(status: 'success' | 'failure' | 'running' | 'unknown' = 'success'): void {
    if (this.closed) return;
    if (this.sessionStarted)
      this.safely('hparams session end', () => this.writer('session').sessionEnd(status));
    for (const w of this.writers.values()) this.safely('close', () => w.close());
    this.closed = true;
  }
}

/** The optimizer's current learning rate, when it exposes one. */
export function learningRateOf(model: tf.LayersModel): number | undefined {
  const opt = model.optimizer as unknown as { learningRate?: unknown } | undefined;
  return typeof opt?.learningRate === 'number' ? opt.learningRate : undefined;
}

export function tensorBoard(logdir: string, options: TensorBoardOptions = {}): KerasTensorBoard {
  return new KerasTensorBoard(logdir, options);
}
export type { KerasTensorBoard };
