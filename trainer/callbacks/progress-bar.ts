// A Keras `verbose=1` progress bar for TF.js fit(): on a TTY a redrawn line with steps, a bar, ETA and
// metrics (at most every 100 ms); otherwise one plain line per epoch, so logs stay readable in files and CI.
// On tfjs-node, fit() prints its own bar unless `verbose: 0` is passed: then this one stays silent (and says
// so once), so two bars never interleave.
import * as tf from '@tensorflow/tfjs';
import { formatMetrics, resolveLogs } from './resolved-logs.ts';

export interface ProgressBarOptions {
  /** Where lines go; default process.stdout. */
  write?: (text: string) => void;
  isTTY?: boolean;
  width?: number;
  now?: () => number;
}

function seconds(s: number): string {
  if (s >= 3600)
    return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
  if (s >= 60) return `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
  return `${s < 10 ? s.toFixed(1) : Math.round(s)}s`;
}

/** One bar line, e.g. ` 12/100 [==>...........] - ETA: 3.2s - loss: 0.5000`. */
export function renderBar(step: number, total: number, elapsed: number, metrics: string, width = 30): string {
  const frac = total > 0 ? Math.min(1, step / total) : 0;
  const filled = Math.floor(frac * width);
  const bar =
    '='.repeat(Math.max(0, filled - (frac < 1 ? 0 : 0))) +
    (frac < 1 ? '>' : '') +
    '.'.repeat(Math.max(0, width - filled - (frac < 1 ? 1 : 0)));
  const digits = String(total).length;
  const eta =
    step > 0 && step < total
      ? ` - ETA: ${seconds((elapsed / step) * (total - step))}`
      : ` - ${seconds(elapsed)}`;
  return `${String(step).padStart(digits)}/${total} [${bar}]${eta}${metrics ? ` - ${metrics}` : ''}`;
}

export class ProgressBarCallback extends tf.Callback {
  private readonly write: (text: string) => void;
  private readonly tty: boolean;
  private readonly now: () => number;
  private epochStart = 0;
  private lastDraw = 0;
  private step = 0;
  private silent = false;

  constructor(private readonly opts: ProgressBarOptions = {}) {
    super();
    this.write = opts.write ?? ((t) => process.stdout.write(t));
    this.tty = opts.isTTY ?? Boolean(process.stdout.isTTY);
    this.now = opts.now ?? (() => performance.now() / 1000);
  }

  private totalSteps(): number {
    const p = this.params as { steps?: number; samples?: number; batchSize?: number };
    if (typeof p.steps === 'number' && p.steps > 0) return p.steps;
    if (typeof p.samples === 'number' && typeof p.batchSize === 'number')
      return Math.ceil(p.samples / p.batchSize);
    return 0;
  }

  override onTrainBegin(): Promise<void> {
    const verbose = (this.params as { verbose?: number }).verbose ?? 1;
    this.silent = verbose > 0 && tf.getBackend() === 'tensorflow';
    if (this.silent)
      process.stderr.write(
        "trainboard: progressBar: tfjs-node's fit() prints its own progress bar; pass verbose: 0 to fit() to use this one\n",
      );
    return Promise.resolve();
  }

  override onEpochBegin(epoch: number): Promise<void> {
    if (this.silent) return Promise.resolve();
    this.epochStart = this.now();
    this.step = 0;
    this.lastDraw = 0;
    if (this.tty) this.write(`Epoch ${epoch + 1}/${String(this.params.epochs ?? '?')}\n`);
    return Promise.resolve();
  }

  override async onBatchEnd(_batch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
    this.step++;
    if (!this.tty || this.silent) return;
    const t = this.now();
    if (t - this.lastDraw < 0.1) return;
    this.lastDraw = t;
    const m = await resolveLogs(logs);
    delete m.batch;
    delete m.size;
    this.write(
      `\r${renderBar(this.step, this.totalSteps(), t - this.epochStart, formatMetrics(m), this.opts.width)}\x1b[K`,
    );
  }

  override async onEpochEnd(epoch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
    if (this.silent) return;
    const elapsed = this.now() - this.epochStart;
    const m = formatMetrics(await resolveLogs(logs));
    if (this.tty) {
      const total = this.totalSteps() || this.step;
      this.write(`\r${renderBar(total, total, elapsed, m, this.opts.width)}\x1b[K\n`);
    } else {
      this.write(
        `Epoch ${epoch + 1}/${String(this.params.epochs ?? '?')} - ${seconds(elapsed)} - ${this.step} steps - ${m}\n`,
      );
    }
  }
}

export function progressBar(opts: ProgressBarOptions = {}): ProgressBarCallback {
  return new ProgressBarCallback(opts);
}
