// Saves a TF.js model to a directory and loads it back, without tfjs-node's file:// handler: model.json (the
// topology, the weights manifest and, when the loss is serialisable, the training config), weights.bin (the
// model's weights) and optimizer.bin (the optimizer's, group 'optimizer'), so a loaded checkpoint comes
// back compiled with its optimizer state and trains on. Weights-only saves write weights.json + weights.bin.
// Files are written under temporary names and renamed, weights first, so a reader never sees a torn save.
import * as tf from '@tensorflow/tfjs';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SaveModelOptions {
  /** Save the training config and the optimizer's state (default true). */
  includeOptimizer?: boolean;
  /** Save only the weights (weights.json + weights.bin); load them with loadWeightsFromDir. Default false. */
  weightsOnly?: boolean;
  /** Where a note goes when the optimizer cannot be saved (a custom loss function); default stderr. */
  warn?: (message: string) => void;
}

/** Why the training config of `model` cannot be saved, or undefined when it can (TF.js saves string losses only). */
export function unsavableTrainingConfig(model: tf.LayersModel): string | undefined {
  if (!model.optimizer) return 'the model is not compiled';
  const loss = model.loss as unknown;
  const bad = (l: unknown) => typeof l !== 'string';
  if (typeof loss === 'function') return 'its loss is a function, and TF.js saves only named losses';
  if (
    Array.isArray(loss)
      ? loss.some(bad)
      : typeof loss === 'object' && loss !== null && Object.values(loss).some(bad)
  )
    return 'one of its losses is a function, and TF.js saves only named losses';
  return undefined;
}

function bytesOf(data: ArrayBuffer | ArrayBuffer[] | undefined): Uint8Array {
  if (data === undefined) return new Uint8Array(0);
  return new Uint8Array(tf.io.concatenateArrayBuffers(Array.isArray(data) ? data : [data]));
}

const DTYPE_BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, complex64: 8 };

function specBytes(w: tf.io.WeightsManifestEntry): number {
  const size = DTYPE_BYTES[w.dtype];
  if (size === undefined || w.quantization)
    throw new Error(
      `cannot save weight ${w.name}: dtype ${w.dtype}${w.quantization ? ' (quantized)' : ''} is not supported`,
    );
  return w.shape.reduce((a, b) => a * b, 1) * size;
}

function writeAtomically(dir: string, files: [string, Uint8Array | string][]): void {
  const suffix = `.${process.pid}.tmp`;
  for (const [name, body] of files) writeFileSync(join(dir, name + suffix), body);
  for (const [name] of files) renameSync(join(dir, name + suffix), join(dir, name));
}

export async function saveModelToDir(
  model: tf.LayersModel,
  dir: string,
  opts: SaveModelOptions = {},
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const whyNot = unsavableTrainingConfig(model);
  const includeOptimizer = (opts.includeOptimizer ?? true) && !opts.weightsOnly && whyNot === undefined;
  if ((opts.includeOptimizer ?? true) && !opts.weightsOnly && whyNot && model.optimizer)
    (opts.warn ?? ((m) => process.stderr.write(`trainboard: ${m}\n`)))(
      `${dir}: saved without optimizer state or training config: ${whyNot}; compile the loaded model yourself`,
    );
  await model.save(
    tf.io.withSaveHandler((artifacts) => {
      const bytes = bytesOf(artifacts.weightData);
      const specs = artifacts.weightSpecs ?? [];
      const modelSpecs = specs.filter((w) => w.group !== 'optimizer');
      const optimizerSpecs = specs.filter((w) => w.group === 'optimizer');
      // encodeWeights() puts the model's weights first, then the optimizer's.
      const split = modelSpecs.reduce((n, w) => n + specBytes(w), 0);
      const manifest = [
        { paths: ['weights.bin'], weights: modelSpecs },
        ...(optimizerSpecs.length > 0 ? [{ paths: ['optimizer.bin'], weights: optimizerSpecs }] : []),
      ];
      const json = opts.weightsOnly
        ? { format: 'trainboard-weights', generatedBy: artifacts.generatedBy, weightsManifest: manifest }
        : {
            format: 'layers-model',
            generatedBy: artifacts.generatedBy,
            convertedBy: artifacts.convertedBy ?? null,
            modelTopology: artifacts.modelTopology,
            weightsManifest: manifest,
            ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
          };
      writeAtomically(dir, [
        ['weights.bin', bytes.subarray(0, split)],
        ...(optimizerSpecs.length > 0
          ? [['optimizer.bin', bytes.subarray(split)] as [string, Uint8Array]]
          : []),
        [opts.weightsOnly ? 'weights.json' : 'model.json', JSON.stringify(json)],
      ]);
      return Promise.resolve({
        modelArtifactsInfo: {
          dateSaved: new Date(),
          modelTopologyType: 'JSON' as const,
          weightDataBytes: bytes.length,
        },
      });
    }),
    { includeOptimizer },
  );
}

interface SavedJson {
  modelTopology?: object;
  weightsManifest?: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  trainingConfig?: tf.io.TrainingConfig;
}

function readSaved(
  dir: string,
  name: string,
): { file: string; json: SavedJson; weights: ArrayBuffer; specs: tf.io.WeightsManifestEntry[] } {
  const file = join(dir, name);
  let json: SavedJson;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as SavedJson;
  } catch (err) {
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const groups = json.weightsManifest ?? [];
  if (groups.length === 0) throw new Error(`${file}: no weights manifest`);
  const buffers = groups.flatMap((g) =>
    g.paths.map((p) => {
      const b = readFileSync(join(dir, p));
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    }),
  );
  return {
    file,
    json,
    weights: tf.io.concatenateArrayBuffers(buffers),
    specs: groups.flatMap((g) => g.weights),
  };
}

/** Loads a model saved by saveModelToDir: compiled, with its optimizer state, when the save included them. */
export async function loadModelFromDir(dir: string): Promise<tf.LayersModel> {
  const { file, json, weights, specs } = readSaved(dir, 'model.json');
  if (!json.modelTopology)
    throw new Error(`${file}: not a TF.js layers model (no topology or weights manifest)`);
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: specs,
      weightData: weights,
      ...(json.trainingConfig ? { trainingConfig: json.trainingConfig } : {}),
    }),
  );
}

/**
 * Loads weights saved by saveModelToDir (model.json or weights.json) into `model`, and the optimizer state
 * into its optimizer when both exist. Weights are matched by name, as TF.js's own loader does.
 */
export async function loadWeightsFromDir(model: tf.LayersModel, dir: string): Promise<void> {
  let saved;
  try {
    saved = readSaved(dir, 'weights.json');
  } catch {
    saved = readSaved(dir, 'model.json');
  }
  const named = tf.io.decodeWeights(saved.weights, saved.specs);
  const modelWeights: tf.NamedTensorMap = {};
  const optimizerWeights: { name: string; tensor: tf.Tensor }[] = [];
  for (const spec of saved.specs) {
    const t = named[spec.name]!;
    if (spec.group === 'optimizer') optimizerWeights.push({ name: spec.name, tensor: t });
    else modelWeights[spec.name] = t;
  }
  try {
    model.loadWeights(modelWeights, true);
    if (model.optimizer && optimizerWeights.length > 0) await model.optimizer.setWeights(optimizerWeights);
  } catch (err) {
    throw new Error(`${saved.file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  } finally {
    tf.dispose(Object.values(named));
  }
}
