// Turns a TabularDataset's splits into tensors (with --limit applied), the shared loader of the small tasks.
import * as tf from '@tensorflow/tfjs';
import { limitSplit, type TabularDataset } from '../data/tabular-dataset.ts';
import { cap, taskDataOf, type TaskData } from './training-task.ts';

export function tabularTensors(d: TabularDataset, limit: number | undefined, yColumns = 1): TaskData {
  const make = (s: ReturnType<typeof limitSplit>) => ({
    x: tf.tensor2d(s.x, [s.rows, d.width]),
    y: tf.tensor2d(s.y, [s.rows, yColumns]),
  });
  const train = make(limitSplit(d.train, limit));
  const val = make(limitSplit(d.validation, cap(d.validation.rows, limit)));
  const test = make(limitSplit(d.test, cap(d.test.rows, limit)));
  return taskDataOf(train, val, test);
}
