// The decode worker thread's entry: answers each ChunkJob message from its parent with decodeChunk's result,
// the chunk's buffers transferred (not copied). Stateless: any worker can take any job.
import { parentPort } from 'node:worker_threads';
import { chunkTransferList, decodeChunk, type ChunkJob } from './chunk-decoder.ts';

const port = parentPort;
if (!port) throw new Error('decode-worker.ts runs as a worker thread only');
port.postMessage({ ready: true }); // loaded: the pool may send jobs without waiting on a start-up
port.on('message', (msg: { id: number; job: ChunkJob }) => {
  let result;
  try {
    result = decodeChunk(msg.job);
  } catch (err) {
    result = {
      ok: false as const,
      message: `${msg.job.rel}: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  port.postMessage({ id: msg.id, result }, result.ok ? chunkTransferList(result.chunk) : []);
});
