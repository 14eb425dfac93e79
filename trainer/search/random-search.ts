// Random hyperparameter search: each trial draws hidden layers, neurons per layer and a log-uniform learning
// rate, trains as its own session `<search>/trial-NN` with early stopping, and is logged for TensorBoard's
// HParams dashboard (experiment config at the search root, session start/end in each trial's directory,
// metrics in its train/ and validation/ runs). The logdir may be local or s3:// (the experiment config is then
// one uploaded segment at the root; runSearch resolves once every upload has ended).
import {
  createRunWriter,
  joinLogPath,
  settleRemoteWrites,
} from '../../tfevents/node/summary-writer-factory.ts';
import type { HParamsExperimentConfig } from '../../tfevents/summaries/hparams-summary.ts';
import { createSeededRandom } from '../data/seeded-random.ts';
import { runTraining, type TrainRunResult } from '../session/train-runner.ts';
import type { ModelHParams, TrainingTask } from '../tasks/training-task.ts';

export interface SearchSpace {
  hiddenLayers: [number, number];
  neurons: [number, number];
  learningRate: [number, number];
}

export const DEFAULT_SPACE: SearchSpace = {
  hiddenLayers: [1, 3],
  neurons: [8, 256],
  learningRate: [3e-4, 3e-2],
};

export function drawTrial(
  rng: ReturnType<typeof createSeededRandom>,
  space: SearchSpace,
): Required<ModelHParams> {
  return {
    hiddenLayers: rng.int(space.hiddenLayers[0], space.hiddenLayers[1]),
    neurons: rng.int(space.neurons[0], space.neurons[1]),
    learningRate: rng.logUniform(space.learningRate[0], space.learningRate[1]),
  };
}

export function experimentConfig(task: TrainingTask, space: SearchSpace): HParamsExperimentConfig {
  const hasAccuracy = task.name === 'fashion-mnist' || task.name === 'xor';
  return {
    name: `random search: ${task.name}`,
    timeCreatedSecs: Date.now() / 1000,
    hparams: [
      { name: 'hidden_layers', domain: { min: space.hiddenLayers[0], max: space.hiddenLayers[1] } },
      { name: 'neurons', domain: { min: space.neurons[0], max: space.neurons[1] } },
      { name: 'learning_rate', domain: { min: space.learningRate[0], max: space.learningRate[1] } },
    ],
    metrics: [
      { tag: 'epoch_loss', group: 'train', datasetType: 'training' },
      { tag: 'epoch_loss', group: 'validation', datasetType: 'validation' },
      ...(hasAccuracy
        ? [
            { tag: 'epoch_accuracy', group: 'train', datasetType: 'training' as const },
            { tag: 'epoch_accuracy', group: 'validation', datasetType: 'validation' as const },
          ]
        : []),
    ],
  };
}

export interface SearchOptions {
  task: TrainingTask;
  logdir: string;
  /** The search root relative to the logdir. */
  root: string;
  trials: number;
  epochs: number;
  batchSize: number;
  limit?: number;
  seed: number;
  patience: number;
  backend: string;
  backendReason?: string;
  space?: SearchSpace;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export interface TrialResult extends TrainRunResult {
  hparams: Required<ModelHParams>;
}

export async function runSearch(o: SearchOptions): Promise<TrialResult[]> {
  if (!o.task.searchable) throw new Error(`task '${o.task.name}' has no searchable architecture`);
  const space = o.space ?? DEFAULT_SPACE;
  const rootWriter = createRunWriter(joinLogPath(o.logdir, ...o.root.split('/')), {
    onError: (e) => o.stderr(`trainboard: ${e.message}`),
  });
  rootWriter.hparamsExperiment(experimentConfig(o.task, space));
  rootWriter.close();
  const rng = createSeededRandom(o.seed);
  const data = o.task.load({ seed: o.seed, limit: o.limit, log: o.stdout });
  const results: TrialResult[] = [];
  try {
    for (let i = 1; i <= o.trials; i++) {
      const hp = drawTrial(rng, space);
      const id = `${o.root}/trial-${String(i).padStart(2, '0')}`;
      o.stdout(
        `trial ${i}/${o.trials}: hidden_layers ${hp.hiddenLayers}, neurons ${hp.neurons}, learning_rate ${hp.learningRate.toExponential(3)}`,
      );
      const r = await runTraining({
        task: o.task,
        logdir: o.logdir,
        id,
        backend: o.backend,
        ...(o.backendReason !== undefined ? { backendReason: o.backendReason } : {}),
        epochs: o.epochs,
        batchSize: o.batchSize,
        model: hp,
        ...(o.limit !== undefined ? { limit: o.limit } : {}),
        seed: o.seed + i,
        histogramFreq: 0,
        patience: o.patience,
        hparamsGroup: id,
        data,
        stdout: o.stdout,
        stderr: o.stderr,
      });
      results.push({ ...r, hparams: hp });
    }
  } finally {
    data.dispose();
    await settleRemoteWrites();
  }
  const key = o.task.monitor;
  const best = [...results].sort(
    (a, b) => (a.finalMetrics[key] ?? Infinity) - (b.finalMetrics[key] ?? Infinity),
  )[0];
  if (best) o.stdout(`best trial: ${best.id} (${key} ${best.finalMetrics[key]?.toFixed(4)})`);
  return results;
}
