// `trainboard/tfevents`: the TensorBoard event-file library without TF.js or the server: a summary writer that
// names, buffers and flushes event files as TensorFlow does, the summary builders, and a resumable reader that
// skips and reports damaged records. Invariant: nothing here loads TF.js, Express or SQLite.
export {
  createSummaryWriter,
  SummaryWriteError,
  type SummaryWriter,
  type SummaryWriterOptions,
} from '../tfevents/node/summary-writer.ts';
export {
  createEventStreamReader,
  type EventStreamReader,
  type ReadBatch,
  type DamagedRecord,
} from '../tfevents/event-stream-reader.ts';
export { openFileByteSource, type FileByteSource } from '../tfevents/node/file-byte-source.ts';
export type { ByteSource } from '../tfevents/byte-source.ts';
export { scanLogdir, type LogdirScan, type ScannedRun } from '../tfevents/node/logdir-scan.ts';
export { decodeEvent, encodeEvent, type Event, type EventInit } from '../tfevents/event-codec.ts';
export * from '../tfevents/summaries/index.ts';
