// Lets Node's event loop run during fit(): with callback instances (not plain objects) TF.js never yields in
// Node, so timers (heartbeat, event-file flushes) and signal handlers would wait until training ends. Yields
// with setImmediate after a batch once `everyMs` have passed since the last yield.
import * as tf from '@tensorflow/tfjs';

export class EventLoopYielder extends tf.Callback {
  private last = performance.now();

  constructor(private readonly everyMs = 100) {
    super();
  }

  override async onBatchEnd(): Promise<void> {
    if (performance.now() - this.last < this.everyMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }

  override async onEpochEnd(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}

export function eventLoopYielder(everyMs = 100): EventLoopYielder {
  return new EventLoopYielder(everyMs);
}
