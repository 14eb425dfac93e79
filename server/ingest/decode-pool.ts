// A pool of decode worker threads (decode-worker.ts) shared by the run ingestors of one watcher: jobs queue
// until a worker is free, each worker holds one job at a time (so at most `size` chunks are being read at
// once), and workers start on the first job (a small logdir never starts one). A worker that dies fails its job
// (the caller then reads in-process) and is replaced on the next job; close() terminates them all. Workers take
// a while to start (longer from the sources, through tsx): callers warm() the pool when they first see work for
// it and read in-process until ready(), so a first chart never waits for a thread to start.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ChunkJob, ChunkResult } from './chunk-decoder.ts';

export interface DecodePool {
  readonly size: number;
  /** Starts the workers (once); until one has loaded, ready() is false. */
  warm(): void;
  /** True once a worker has loaded (jobs then run without a start-up wait). */
  ready(): boolean;
  decode(job: ChunkJob): Promise<ChunkResult>;
  close(): void;
}

interface Queued {
  id: number;
  job: ChunkJob;
  done: (r: ChunkResult) => void;
}

interface Slot {
  worker: Worker;
  loaded: boolean;
  busy?: Queued;
}

/**
 * From dist/ the worker runs its compiled file; from the sources (a checkout run through tsx) it first registers
 * tsx's loader in its own thread (loader hooks are not inherited by workers on Node 20, nor applied from
 * execArgv), then imports the TypeScript entry.
 */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./decode-worker.js', import.meta.url));
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./decode-worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then((m) => { m.register(); return import(${entry}); });`, {
    eval: true,
  });
}

export function createDecodePool(opts: { size?: number } = {}): DecodePool {
  const size = Math.max(1, opts.size ?? availableParallelism());
  const slots: Slot[] = [];
  const queue: Queued[] = [];
  let nextId = 0;
  let closed = false;
  let loaded = false;

  function start(slot: Slot): void {
    const q = queue.shift();
    if (!q) {
      slot.worker.unref(); // idle: never keeps the process alive
      return;
    }
    slot.worker.ref(); // a job in flight keeps it alive (its caller awaits the result)
    slot.busy = q;
    slot.worker.postMessage({ id: q.id, job: q.job });
  }

  function addSlot(): Slot {
    const slot: Slot = { worker: spawnWorker(), loaded: false };
    slot.worker.unref(); // until it has a job
    slot.worker.on('message', (msg: { id: number; result: ChunkResult } | { ready: true }) => {
      if ('ready' in msg) {
        slot.loaded = loaded = true;
        return;
      }
      const q = slot.busy;
      slot.busy = undefined;
      if (q && q.id === msg.id) q.done(msg.result);
      start(slot);
    });
    const fail = (why: string): void => {
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      const q = slot.busy;
      slot.busy = undefined;
      q?.done({ ok: false, message: `${q.job.rel}: decode worker ${why}` });
      if (!closed && queue.length > 0) start(addSlot());
    };
    slot.worker.on('error', (err) => fail(`failed: ${err.message}`));
    slot.worker.on('exit', (code) => fail(`exited with code ${code}`));
    slots.push(slot);
    return slot;
  }

  return {
    size,
    warm() {
      while (!closed && slots.length < size) addSlot();
    },
    ready: () => loaded,
    decode(job) {
      if (closed) return Promise.resolve({ ok: false, message: `${job.rel}: decode pool closed` });
      return new Promise<ChunkResult>((done) => {
        queue.push({ id: nextId++, job, done });
        const idle = slots.find((s) => !s.busy);
        if (idle) start(idle);
        else if (slots.length < size) start(addSlot());
      });
    },
    close() {
      closed = true;
      for (const q of queue.splice(0)) q.done({ ok: false, message: `${q.job.rel}: decode pool closed` });
      for (const s of slots.splice(0)) void s.worker.terminate();
    },
  };
}
