// Saves a TF.js model as model.json + weights.bin in a directory through tf.io.withSaveHandler (no file://
// handler without tfjs-node), atomically (temp files then rename), and loads it back; the modelCheckpoint
// callback saves every epoch or only when `monitor` improves.
import * as tf from '@tensorflow/tfjs';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { improves } from './early-stopping.ts';
import { resolveLogs } from './resolved-logs.ts';

export async function saveModelToDir(model: tf.LayersModel, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await model.save(
    tf.io.withSaveHandler((artifacts) => {
      const weights = artifacts.weightData;
      const bytes =
        weights === undefined
          ? new Uint8Array(0)
          : new Uint8Array(tf.io.concatenateArrayBuffers(Array.isArray(weights) ? weights : [weights]));
      const json = {
        format: 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy ?? null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }],
        ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
      };
      const suffix = `.${process.pid}.tmp`;
      writeFileSync(join(dir, `weights.bin${suffix}`), bytes);
      writeFileSync(join(dir, `model.json${suffix}`), JSON.stringify(json));
      renameSync(join(dir, `weights.bin${suffix}`), join(dir, 'weights.bin'));
      renameSync(join(dir, `model.json${suffix}`), join(dir, 'model.json'));
      return Promise.resolve({
        modelArtifactsInfo: {
          dateSaved: new Date(),
          modelTopologyType: 'JSON' as const,
          weightDataBytes: bytes.length,
        },
      });
    }),
  );
}

export async function loadModelFromDir(dir: string): Promise<tf.LayersModel> {
  const file = join(dir, 'model.json');
  let json: {
    modelTopology?: object;
    weightsManifest?: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
    trainingConfig?: tf.io.TrainingConfig;
  };
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as typeof json;
  } catch (err) {
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const manifest = json.weightsManifest?.[0];
  if (!json.modelTopology || !manifest)
    throw new Error(`${file}: not a TF.js layers model (no topology or weights manifest)`);
  const buffers = manifest.paths.map((p) => {
    const b = readFileSync(join(dir, p));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  });
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: manifest.weights,
      weightData: tf.io.concatenateArrayBuffers(buffers),
      ...(json.trainingConfig ? { trainingConfig: json.trainingConfig } : {}),
    }),
  );
}

export interface ModelCheckpointOptions {
  monitor?: string;
  saveBestOnly?: boolean;
  mode?: 'auto' | 'min' | 'max';
  onSaved?: (info: { epoch: number; dir: string; value?: number }) => void;
  onError?: (err: Error) => void;
}

export class ModelCheckpointCallback extends tf.Callback {
  private best = NaN;
  private readonly monitor: string;
  private readonly mode: 'min' | 'max';

  constructor(
    readonly dir: string,
    private readonly opts: ModelCheckpointOptions = {},
  ) {
    super();
    this.monitor = opts.monitor ?? 'val_loss';
    const auto = /acc|auc/.test(this.monitor) ? 'max' : 'min';
    this.mode = !opts.mode || opts.mode === 'auto' ? auto : opts.mode;
  }

  override async onEpochEnd(epoch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
    const value = (await resolveLogs(logs))[this.monitor];
    if (this.opts.saveBestOnly) {
      if (value === undefined || !Number.isFinite(value)) return;
      if (!Number.isNaN(this.best) && !improves(this.mode, value, this.best, 0)) return;
      this.best = value;
    }
    try {
      await saveModelToDir(this.model, this.dir);
      this.opts.onSaved?.({ epoch, dir: this.dir, ...(value !== undefined ? { value } : {}) });
    } catch (err) {
      const e = new Error(`modelCheckpoint ${this.dir}: ${err instanceof Error ? err.message : String(err)}`);
      if (this.opts.onError) this.opts.onError(e);
      else process.stderr.write(`trainboard: ${e.message} (training continues)\n`);
    }
  }
}

export function modelCheckpoint(dir: string, opts: ModelCheckpointOptions = {}): ModelCheckpointCallback {
  return new ModelCheckpointCallback(dir, opts);
}
