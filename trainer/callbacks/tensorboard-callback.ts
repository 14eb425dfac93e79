// A Keras-style TensorBoard callback for TF.js: `<logdir>/train` and `<logdir>/validation` runs with Keras tag
// names (epoch_*, batch_* every `updateFreq` batches, evaluation_*_vs_iterations, epoch_learning_rate), the
// Keras model graph, the layer summary as text, weight histograms (and images) every `histogramFreq` epochs
// and hparams; or tf.node.tensorBoard's layout (`layout: 'tfjs-node'`). It lets Node's event loop run during
// fit() by itself, so points reach readers live. A logging error is reported once and never stops training.
import * as tf from '@tensorflow/tfjs';
import { encodePng } from '../../tfevents/node/png-encoder.ts';
import { createRunWriter, joinLogPath } from '../../tfevents/node/summary-writer-factory.ts';
import type { SummaryWriter } from '../../tfevents/node/summary-writer.ts';
import { formatLayerSummary, summariseModel } from '../models/layer-summary.ts';
import { learningRateOf } from './optimizer-learning-rate.ts';
import { kerasMetricName, resolveLogs, splitValidation, type MetricLogs } from './resolved-logs.ts';
import {
  resolveTensorBoardOptions,
  type ResolvedTensorBoardOptions,
  type TensorBoardOptions,
} from './tensorboard-options.ts';

export { learningRateOf } from './optimizer-learning-rate.ts';
export type { TensorBoardOptions } from './tensorboard-options.ts';

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

/** Keys of TF.js batch logs that are not metrics, and the learning rate some callbacks add (written apart). */
const NOT_METRICS = new Set(['batch', 'size', 'num_steps', 'learning_rate']);

class KerasTensorBoard extends tf.Callback implements TensorBoardCallback {
  readonly logdir: string;
  private readonly opts: ResolvedTensorBoardOptions;
  private readonly writers = new Map<string, SummaryWriter>();
  private steps = 0;
  private closed = false;
  private reported = new Set<string>();
  private sessionStarted = false;
  private lastYield = performance.now();
  private batchStart = 0;
  private epochStart = 0;
  private epochStartSteps = 0;

  constructor(logdir: string, opts: TensorBoardOptions = {}) {
    super();
    this.opts = resolveTensorBoardOptions(logdir, opts);
    this.logdir = logdir;
  }

  get iterations(): number {
    return this.steps;
  }

  private get tfjsNode(): boolean {
    return this.opts.layout === 'tfjs-node';
  }

  writer(run: 'train' | 'validation' | 'session'): SummaryWriter {
    let w = this.writers.get(run);
    if (!w) {
      const folder = run === 'validation' && this.tfjsNode ? 'val' : run;
      const dir = run === 'session' ? this.logdir : joinLogPath(this.logdir, folder);
      w = createRunWriter(dir, {
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

  /** Lets timers, I/O and signal handlers run once `yieldEveryMs` have passed (always when `force`). */
  private async yieldToEventLoop(force: boolean): Promise<void> {
    if (this.opts.yieldEveryMs === 0) return;
    if (!force && performance.now() - this.lastYield < this.opts.yieldEveryMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.lastYield = performance.now();
  }

  private metricName(name: string): string {
    return this.tfjsNode ? name : kerasMetricName(name);
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

  override onEpochBegin(): Promise<void> {
    this.epochStart = performance.now();
    this.epochStartSteps = this.steps;
    return Promise.resolve();
  }

  override onBatchBegin(): Promise<void> {
    if (this.opts.writeStepsPerSecond) this.batchStart = performance.now();
    return Promise.resolve();
  }

  override async onBatchEnd(_batch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
    this.steps++;
    const freq = this.opts.updateFreq;
    if (freq !== 'epoch' && this.steps % freq === 0) {
      const seconds = (performance.now() - this.batchStart) / 1000;
      const resolved = await resolveLogs(logs);
      this.safely('batch scalars', () => {
        const train = this.writer('train');
        for (const [k, v] of Object.entries(resolved)) {
          if (NOT_METRICS.has(k)) continue;
          train.scalar(`batch_${this.metricName(k)}`, v, this.steps);
        }
        if (this.opts.writeStepsPerSecond && seconds > 0)
          train.scalar('batch_steps_per_second', 1 / seconds, this.steps);
      });
    }
    await this.yieldToEventLoop(false);
  }

  override async onEpochEnd(epoch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
    const resolved = await resolveLogs(logs);
    this.writeEpoch(epoch, resolved);
    if (this.opts.writeStepsPerSecond) {
      const seconds = (performance.now() - this.epochStart) / 1000;
      if (seconds > 0)
        this.safely('epoch scalars', () =>
          this.writer('train').scalar(
            'epoch_steps_per_second',
            (this.steps - this.epochStartSteps) / seconds,
            epoch,
          ),
        );
    }
    const freq = this.opts.histogramFreq;
    if (freq > 0 && epoch % freq === 0) this.writeWeights(epoch);
    await this.yieldToEventLoop(true);
  }

  /** Writes one epoch's logs (train metrics, val_* metrics, learning rate); usable by custom training loops. */
  writeEpoch(epoch: number, logs: MetricLogs): void {
    const { train, validation } = splitValidation(logs);
    const step = this.tfjsNode ? epoch + 1 : epoch;
    this.safely('epoch scalars', () => {
      for (const [k, v] of Object.entries(train)) {
        if (NOT_METRICS.has(k)) continue;
        this.writer('train').scalar(`epoch_${this.metricName(k)}`, v, step);
      }
      if (!this.tfjsNode) {
        const lr = learningRateOf(this.model) ?? train.learning_rate;
        if (lr !== undefined) this.writer('train').scalar('epoch_learning_rate', lr, epoch);
      }
      for (const [k, v] of Object.entries(validation)) {
        const name = this.metricName(k);
        this.writer('validation').scalar(`epoch_${name}`, v, step);
        if (!this.tfjsNode)
          this.writer('validation').scalar(`evaluation_${name}_vs_iterations`, v, this.steps);
      }
    });
  }

  private writeWeights(epoch: number): void {
    this.safely('weight histograms', () => {
      for (const layer of this.model.layers) {
        for (const w of layer.weights) {
          const short = w.originalName.split('/').pop() ?? w.originalName;
          const t = w.read();
          this.writer('train').histogram(`${layer.name}/${short}`, t.dataSync(), epoch);
          if (this.opts.writeImages) this.writeWeightImage(`${layer.name}/${short}/image`, t, epoch);
        }
      }
    });
  }

  /**
   * Keras's _log_weight_as_image: a bias as a 1xN image, a Dense kernel as rows x cols (transposed so the
   * longer side is the width), a conv kernel as one image per output channel; values mapped as
   * tf.summary.image maps floats (x * 255, clipped to 0..255). Other shapes are skipped, as in Keras.
   */
  private writeWeightImage(tag: string, weight: tf.Tensor, epoch: number): void {
    const rank = weight.shape.filter((d) => d !== 1).length;
    if (rank < 1 || rank > 3) return;
    const images = tf.tidy((): tf.Tensor => {
      let w = weight.squeeze();
      if (w.rank === 1) w = w.reshape([1, 1, w.shape[0], 1]);
      else if (w.rank === 2) {
        if (w.shape[0] > w.shape[1]!) w = w.transpose();
        w = w.reshape([1, w.shape[0], w.shape[1]!, 1]);
      } else if (w.rank === 3) {
        w = w.transpose([2, 0, 1]);
        w = w.reshape([w.shape[0], w.shape[1]!, w.shape[2]!, 1]);
      }
      return w.mul(255).clipByValue(0, 255).round().cast('int32');
    });
    const [n, h, wd] = images.shape as [number, number, number, number];
    const data = images.dataSync();
    images.dispose();
    const encoded = [];
    for (let i = 0; i < Math.min(n, 3); i++) {
      const px = Uint8Array.from(data.subarray(i * h * wd, (i + 1) * h * wd));
      encoded.push({ width: wd, height: h, png: encodePng(wd, h, 1, px) });
    }
    this.writer('train').image(tag, encoded, epoch);
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

/** Keras's `TensorBoard(log_dir='logs', ...)` for TF.js; see TensorBoardOptions. */
export function tensorBoard(logdir = 'logs', options: TensorBoardOptions = {}): KerasTensorBoard {
  return new KerasTensorBoard(logdir, options);
}
export type { KerasTensorBoard };
