// Runs one training session end to end: load the task's data, build the model, fit with the callbacks
// (TensorBoard, checkpoint, early stopping, progress bar, loss ratio, run store), evaluate and report, and
// record the outcome (finished, failed with the error text; stopped is handled by the session on signals).
import * as tf from '@tensorflow/tfjs';
import type { HParamValue } from '../../tfevents/summaries/hparams-summary.ts';
import { earlyStopping } from '../callbacks/early-stopping.ts';
import { lossRatio } from '../callbacks/loss-ratio-callback.ts';
import { modelCheckpoint } from '../callbacks/model-checkpoint.ts';
import { progressBar } from '../callbacks/progress-bar.ts';
import { resolveLogs, type MetricLogs } from '../callbacks/resolved-logs.ts';
import { tensorBoard } from '../callbacks/tensorboard-callback.ts';
import {
  isRemoteLogPath,
  joinLogPath,
  settleRemoteWrites,
} from '../../tfevents/node/summary-writer-factory.ts';
import { formatLayerSummary, summariseModel } from '../models/layer-summary.ts';
import type { ModelHParams, TaskData, TrainingTask } from '../tasks/training-task.ts';
import { createTrainingSession } from './training-session.ts';

export interface TrainRunOptions {
  task: TrainingTask;
  logdir: string;
  /** Session id relative to the logdir. */
  id: string;
  backend: string;
  /** Why this backend was chosen (stored in the session row). */
  backendReason?: string;
  epochs: number;
  batchSize: number;
  model: ModelHParams;
  limit?: number;
  seed: number;
  histogramFreq?: number;
  updateFreq?: 'epoch' | number;
  /** Early stopping patience (monitor = task.monitor); undefined = no early stopping. */
  patience?: number;
  /** Extra hparams and the hparams group (search trials). */
  hparams?: Record<string, HParamValue>;
  hparamsGroup?: string;
  /** Loaded data to reuse (search trials); loaded per run otherwise. */
  data?: TaskData;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  isTTY?: boolean;
}

export interface TrainRunResult {
  id: string;
  dir: string;
  finalMetrics: MetricLogs;
  epochsRun: number;
  secondsPerEpoch: number;
}

export async function runTraining(o: TrainRunOptions): Promise<TrainRunResult> {
  const hparams: Record<string, HParamValue> = {
    learning_rate: o.model.learningRate,
    batch_size: o.batchSize,
    epochs: o.epochs,
    ...(o.limit !== undefined ? { limit: o.limit } : {}),
    seed: o.seed,
    ...(o.model.hiddenLayers !== undefined ? { hidden_layers: o.model.hiddenLayers } : {}),
    ...(o.model.neurons !== undefined ? { neurons: o.model.neurons } : {}),
    ...o.hparams,
  };
  const session = createTrainingSession({
    logdir: o.logdir,
    id: o.id,
    task: o.task.name,
    backend: o.backend,
    ...(o.backendReason !== undefined ? { backendReason: o.backendReason } : {}),
    hparams,
    warn: o.stderr,
  });
  const tb = tensorBoard(session.dir, {
    histogramFreq: o.histogramFreq ?? 1,
    updateFreq: o.updateFreq ?? 'epoch',
    hparams,
    ...(o.hparamsGroup !== undefined ? { hparamsGroup: o.hparamsGroup } : {}),
    onError: (e) => o.stderr(`trainboard: event logging: ${e.message} (training continues)`),
  });
  session.onStop(() => tb.close('unknown'));
  const remote = isRemoteLogPath(o.logdir);
  if (remote)
    o.stderr(
      `trainboard: ${o.logdir} is on object storage: no best-model checkpoint is saved for this session`,
    );
  let data = o.data;
  const ownData = data === undefined;
  try {
    o.stdout(`session ${session.dir} (task ${o.task.name}, backend ${o.backend})`);
    data ??= o.task.load({ seed: o.seed, limit: o.limit, log: o.stdout });
    const model = o.task.build(o.model, o.seed);
    session.setModel(model);
    for (const line of formatLayerSummary(summariseModel(model), model.name)) o.stdout(line);
    const callbacks: tf.Callback[] = [
      ...(o.task.evaluate ? [validationCallback(o.task, data)] : []),
      lossRatio(() => undefined),
      tb,
      session.storeCallback(),
      ...(remote
        ? []
        : [
            modelCheckpoint(joinLogPath(session.dir, 'checkpoints', 'best'), {
              monitor: o.task.monitor,
              saveBestOnly: true,
              onError: (e) => o.stderr(`trainboard: ${e.message} (training continues)`),
            }),
          ]),
      ...(o.patience !== undefined
        ? [
            earlyStopping({
              monitor: o.task.monitor,
              patience: o.patience,
              restoreBestWeights: true,
              onStop: (i) =>
                o.stdout(
                  `early stopping at epoch ${i.epoch + 1}: best ${i.monitor} ${i.best.toFixed(4)} at epoch ${i.bestEpoch + 1}`,
                ),
            }),
          ]
        : []),
      progressBar({
        write: (t) => (o.isTTY ? process.stdout.write(t) : o.stdout(t.replace(/\n$/, ''))),
        isTTY: o.isTTY ?? false,
      }),
    ];
    let epochsRun = 0;
    let lastLogs: MetricLogs = {};
    callbacks.push(
      new (class extends tf.Callback {
        override async onEpochEnd(_epoch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
          epochsRun++;
          lastLogs = await resolveLogs(logs);
        }
      })(),
    );
    const started = performance.now();
    if (o.task.fit) {
      await o.task.fit(model, data, { epochs: o.epochs, batchSize: o.batchSize, callbacks });
    } else {
      await model.fit(data.xTrain, data.yTrain, {
        epochs: o.epochs,
        batchSize: o.batchSize,
        ...(o.task.evaluate
          ? {}
          : { validationData: [data.xVal, data.yVal] as [tf.Tensor | tf.Tensor[], tf.Tensor | tf.Tensor[]] }),
        shuffle: true,
        verbose: 0,
        callbacks,
      });
    }
    const secondsPerEpoch = epochsRun > 0 ? (performance.now() - started) / 1000 / epochsRun : 0;
    const reportLines: string[] = [];
    const test = o.task.report
      ? await o.task.report(model, data, (line) => {
          reportLines.push(line);
          o.stdout(line);
        })
      : {};
    // The test evaluation and predictions (class names, probabilities) as text, next to the validation curves.
    if (reportLines.length > 0)
      tb.writer('validation').text('test_evaluation', reportLines.join('\n\n'), tb.iterations);
    const finalMetrics = { ...lastLogs, ...test, seconds_per_epoch: secondsPerEpoch };
    for (const [k, v] of Object.entries(test))
      tb.writer('validation').scalar(`evaluation_${k.replace(/^test_/, '')}_test`, v, tb.iterations);
    session.setFinalMetrics(finalMetrics);
    tb.close('success');
    await settleRemoteWrites();
    session.finish('finished');
    model.dispose();
    o.stdout(`finished ${o.id}: ${epochsRun} epoch(s), ${secondsPerEpoch.toFixed(2)} s/epoch`);
    return { id: o.id, dir: session.dir, finalMetrics, epochsRun, secondsPerEpoch };
  } catch (err) {
    tb.close('failure');
    await settleRemoteWrites();
    session.finish('failed', err instanceof Error ? (err.stack ?? err.message) : String(err));
    throw err;
  } finally {
    if (ownData) data?.dispose();
  }
}

/** Adds val_* metrics computed by the task's own evaluate() to each epoch's logs (first in the callback list). */
function validationCallback(task: TrainingTask, data: TaskData): tf.Callback {
  return new (class extends tf.Callback {
    override async onEpochEnd(_epoch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
      if (!logs || !task.evaluate) return;
      for (const [k, v] of Object.entries(await task.evaluate(this.model, data.xVal, data.yVal)))
        logs[`val_${k}`] = v;
    }
  })();
}
