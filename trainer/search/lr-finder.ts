// The learning-rate range test: train from fresh weights while the learning rate grows exponentially from
// `minLr` to `maxLr` over `steps` batches, log loss and learning rate per step, stop once the loss explodes,
// and suggest a rate a decade below the one with the lowest (smoothed) loss.
import * as tf from '@tensorflow/tfjs';
import type { TrainingTask, TaskData } from '../tasks/training-task.ts';

export interface LrFindOptions {
  steps: number;
  minLr?: number;
  maxLr?: number;
  batchSize: number;
  onStep?: (step: number, lr: number, loss: number) => void;
}

export interface LrFindResult {
  points: { step: number; lr: number; loss: number }[];
  suggested: number;
}

export function lrAt(step: number, steps: number, minLr: number, maxLr: number): number {
  return minLr * Math.pow(maxLr / minLr, step / Math.max(1, steps - 1));
}

/** The rate a decade below the lowest exponentially smoothed loss (Géron's / fast.ai's rule of thumb). */
export function suggestLearningRate(points: readonly { lr: number; loss: number }[], beta = 0.9): number {
  let avg = 0;
  let bestLr = points[0]?.lr ?? NaN;
  let best = Infinity;
  points.forEach((p, i) => {
    avg = beta * avg + (1 - beta) * p.loss;
    const smoothed = avg / (1 - beta ** (i + 1));
    if (smoothed < best) {
      best = smoothed;
      bestLr = p.lr;
    }
  });
  return bestLr / 10;
}

export async function findLearningRate(
  model: tf.LayersModel,
  data: TaskData,
  o: LrFindOptions,
): Promise<LrFindResult> {
  const minLr = o.minLr ?? 1e-6;
  const maxLr = o.maxLr ?? 1;
  const opt = model.optimizer as unknown as { learningRate: number; setLearningRate?: (lr: number) => void };
  const points: LrFindResult['points'] = [];
  let best = Infinity;
  let step = 0;
  const rows = data.trainRows;
  while (step < o.steps) {
    const batches = Math.max(1, Math.ceil(rows / o.batchSize));
    let stop = false;
    for (let b = 0; b < batches && step < o.steps; b++, step++) {
      const lr = lrAt(step, o.steps, minLr, maxLr);
      // SGD caches its rate in a tensor: setLearningRate() updates both; other optimizers read the field.
      if (typeof opt.setLearningRate === 'function') opt.setLearningRate(lr);
      else opt.learningRate = lr;
      const slice = (t: tf.Tensor | tf.Tensor[]) => {
        const one = (x: tf.Tensor) => x.slice(b * o.batchSize, Math.min(o.batchSize, rows - b * o.batchSize));
        return Array.isArray(t) ? t.map(one) : one(t);
      };
      const x = slice(data.xTrain);
      const y = slice(data.yTrain);
      const out = await model.trainOnBatch(x, y);
      tf.dispose([x, y].flat());
      const loss = Array.isArray(out) ? out[0]! : out;
      points.push({ step, lr, loss });
      o.onStep?.(step, lr, loss);
      await new Promise((resolve) => setImmediate(resolve)); // let timers and signal handlers run
      if (loss < best) best = loss;
      if (!Number.isFinite(loss) || loss > 4 * best) {
        stop = true;
        break;
      }
    }
    if (stop) break;
  }
  return { points, suggested: suggestLearningRate(points) };
}

export function isTaskLrFindable(task: TrainingTask): boolean {
  return task.fit === undefined;
}
