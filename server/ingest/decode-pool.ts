// A pool of decode worker threads (decode-worker.ts) shared by the run ingestors of one watcher: jobs queue
// until a worker has room, each worker holds up to JOBS_PER_WORKER jobs (it works on one while the next waits
// in its port, so it never idles while this thread is busy elsewhere before handing it more; at most
// size x JOBS_PER_WORKER chunks are being read or held at once), and workers start on the first job (a small
// logdir never starts one). A worker that dies fails its job (the caller then reads in-process) and is replaced
// on the next job; a worker idle for IDLE_RETIRE_MS is terminated, so a logdir that has been read holds no
// decoder heaps; close() terminates them all. Workers take
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
  /**
   * decode() for a chunk its reader will want next (read ahead), or undefined when `aheadLimit` such chunks are
   * already held: a decoded chunk waits in memory until its reader takes it, so with a thousand runs each
   * reading ahead the chunks would add up to gigabytes. The reader calls releaseAhead() once it has taken or
   * dropped the result.
   */
  decodeAhead(job: ChunkJob): Promise<ChunkResult> | undefined;
  releaseAhead(): void;
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
  /** Set once it has been idle IDLE_RETIRE_MS: it is being terminated (its exit starts no replacement). */
  retired?: boolean;
  idleTimer?: NodeJS.Timeout;
  /** Jobs posted to the worker, in the order it answers them. */
  inFlight: Queued[];
}

/**
 * Jobs a worker holds at once: the one it decodes and the next, posted ahead (measured on the 10M-point
 * logdir under a load of 10: with one job each, both workers idled a third of the read waiting for this
 * thread to answer a finished chunk with the next job).
 */
const JOBS_PER_WORKER = 2;
/** A worker idle this long is terminated (see retire). */
const IDLE_RETIRE_MS = 10_000;
/** Chunks read ahead per worker, at most (about 4 MB of bytes and columns each). */
const AHEAD_PER_WORKER = 4;

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

export function createDecodePool(opts: { size?: number; idleRetireMs?: number } = {}): DecodePool {
  const idleRetireMs = opts.idleRetireMs ?? IDLE_RETIRE_MS;
  let ahead = 0;
  const size = Math.max(1, opts.size ?? availableParallelism());
  const slots: Slot[] = [];
  const queue: Queued[] = [];
  let nextId = 0;
  let closed = false;
  let loaded = false;

  function start(slot: Slot): void {
    while (slot.inFlight.length < JOBS_PER_WORKER) {
      const q = queue.shift();
      if (!q) break;
      slot.inFlight.push(q);
      slot.worker.postMessage({ id: q.id, job: q.job });
    }
    // a job in flight keeps the process alive (its caller awaits the result); an idle worker never does
    clearTimeout(slot.idleTimer);
    if (slot.inFlight.length > 0) slot.worker.ref();
    else {
      slot.worker.unref();
      slot.idleTimer = setTimeout(() => retire(slot), idleRetireMs).unref();
    }
  }

  /**
   * Terminates a worker idle since its backlog was read: its heap and read buffers go back to the system (a
   * large logdir's readers are idle once it is read). The next backlog warms the pool again and is read
   * in-process until a worker has loaded, as at start.
   */
  function retire(slot: Slot): void {
    if (closed || slot.inFlight.length > 0) return;
    slot.retired = true;
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    loaded = slots.some((s) => s.loaded);
    void slot.worker.terminate();
  }

  function addSlot(): Slot {
    const slot: Slot = { worker: spawnWorker(), loaded: false, inFlight: [] };
    slot.worker.unref(); // until it has a job
    slot.worker.on('message', (msg: { id: number; result: ChunkResult } | { ready: true }) => {
      if ('ready' in msg) {
        slot.loaded = loaded = true;
        return;
      }
      // the worker answers in the order it was given its jobs
      const q = slot.inFlight[0]?.id === msg.id ? slot.inFlight.shift() : undefined;
      start(slot);
      q?.done(msg.result);
    });
    const fail = (why: string): void => {
      if (slot.retired) return;
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      for (const q of slot.inFlight.splice(0))
        q.done({ ok: false, message: `${q.job.rel}: decode worker ${why}` });
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
        // the least loaded worker takes it; a new one starts while the existing ones each hold a job
        let best: Slot | undefined;
        for (const s of slots) if (!best || s.inFlight.length < best.inFlight.length) best = s;
        if (slots.length < size && (!best || best.inFlight.length > 0)) start(addSlot());
        else if (best && best.inFlight.length < JOBS_PER_WORKER) start(best);
      });
    },
    decodeAhead(job) {
      if (closed || ahead >= size * AHEAD_PER_WORKER) return undefined;
      ahead++;
      return this.decode(job);
    },
    releaseAhead() {
      ahead = Math.max(0, ahead - 1);
    },
    close() {
      closed = true;
      for (const q of queue.splice(0)) q.done({ ok: false, message: `${q.job.rel}: decode pool closed` });
      for (const s of slots.splice(0)) {
        clearTimeout(s.idleTimer);
        void s.worker.terminate();
      }
    },
  };
}
