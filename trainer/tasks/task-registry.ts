// The tasks `trainboard train` knows, by name.
import { fashionMnistTask } from './fashion-mnist-task.ts';
import { perceptronTask } from './perceptron-task.ts';
import { regressionTask } from './regression-task.ts';
import type { TrainingTask } from './training-task.ts';
import { wideDeepTask } from './wide-deep-task.ts';
import { xorTask } from './xor-task.ts';

export const TASKS: readonly TrainingTask[] = [
  perceptronTask,
  xorTask,
  fashionMnistTask,
  regressionTask,
  wideDeepTask,
];

export function findTask(name: string): TrainingTask | undefined {
  return TASKS.find((t) => t.name === name);
}

export function taskNames(): string {
  return TASKS.map((t) => t.name).join(', ');
}
