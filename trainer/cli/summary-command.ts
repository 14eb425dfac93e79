// `trainboard summary TASK`: prints the task's model summary as Keras does (no data is loaded, nothing written).
import type { CommandIO } from '../../cli/command.ts';
import { selectBackend } from '../backend/backend-selector.ts';
import { formatLayerSummary, summariseModel } from '../models/layer-summary.ts';
import { taskNames } from '../tasks/task-registry.ts';
import { parseCommonFlags } from './train-flags.ts';

export const help = `usage: trainboard summary TASK [--learning-rate X] [--backend B]

Prints TASK's model summary as Keras does: layer name and type, output shape, parameters, connected-to for
functional models, total, trainable and non-trainable parameters. Tasks: ${taskNames()}.`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const f = parseCommonFlags(args, ['learning-rate', 'backend', 'seed']);
  await selectBackend(f.backend === 'auto' ? 'cpu' : f.backend);
  const model = f.task.build({ learningRate: f.learningRate }, f.seed);
  for (const line of formatLayerSummary(summariseModel(model), model.name)) io.stdout(line);
  model.dispose();
  return 0;
}
