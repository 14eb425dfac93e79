// The delivery layer of the hub: sends a series' new points to one client, or drops them when the client is
// behind, and tells it what it missed once it drained. Behind means: packets from earlier batches still queued
// above max(`maxBufferedPackets`, 3 of its own batches), or bytes queued for it (Engine.IO's write buffer and
// the WebSocket's unsent bytes) plus this message above `maxSendBufferBytes`. Invariants: a client's send
// buffer never grows past its byte bound by more than one message; the hub never waits for a client; every
// dropped series is named in one `series:refetch` once the client's buffer is down to half its bound;
// removing a client frees its outbox.
import type { Socket } from 'socket.io';
import type { ClientToServerEvents, ScalarPoint, ServerToClientEvents } from '../../contract/index.ts';
import { jsonNumber } from '../http/tb-json.ts';
import type { ScalarSeriesView } from '../store/scalar-series.ts';
import type { RunSubscription } from './subscription-registry.ts';
import type { ModuleLog } from '../logging/server-logger.ts';

export type HubSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** Most points in one `scalars:appended` message (a long gap is split into several). */
export const MAX_POINTS_PER_MESSAGE = 50_000;
/** How many of its own batches a client may have queued before it counts as behind. */
const BACKLOG_BATCHES = 3;
/** Upper estimate of one point's JSON (`[123456,1700000000.123456,0.12345678],`). */
const BYTES_PER_POINT = 48;

export interface DeliveryOptions {
  maxBufferedPackets: number;
  maxSendBufferBytes: number;
  log?: ModuleLog;
}

interface Outbox {
  socket: HubSocket;
  stalled: boolean;
  /** Packets and bytes queued for the client when this batch began (this batch's own do not count). */
  queuedAtStart: number;
  bytesAtStart: number;
  /** Packets and estimated bytes queued in the current batch; packets of the previous one. */
  batchPackets: number;
  batchBytes: number;
  lastBatchPackets: number;
  missed: Map<string, { run: string; tag: string }>;
}

interface EnginePacket {
  data?: unknown;
}
interface EngineConn {
  writeBuffer?: EnginePacket[];
  transport?: { socket?: { bufferedAmount?: unknown } };
}

const byteLength = (data: unknown): number =>
  typeof data === 'string' ? data.length : data instanceof Uint8Array ? data.byteLength : 0;

/** Packets and bytes waiting to go to the client: Engine.IO's write buffer plus the WebSocket's own buffer. */
export function queued(socket: HubSocket): { packets: number; bytes: number } {
  const conn = socket.conn as unknown as EngineConn;
  const buffer = conn.writeBuffer ?? [];
  let bytes = 0;
  for (const p of buffer) bytes += byteLength(p.data);
  const wsBuffered = conn.transport?.socket?.bufferedAmount;
  if (typeof wsBuffered === 'number') bytes += wsBuffered;
  return { packets: buffer.length, bytes };
}

function slice(series: ScalarSeriesView, from: number, to: number): ScalarPoint[] {
  const out: ScalarPoint[] = new Array<ScalarPoint>(to - from);
  for (let i = from; i < to; i++)
    out[i - from] = [series.step(i), series.wallTime(i), jsonNumber(series.value(i))];
  return out;
}

export interface PushDelivery {
  addClient(socket: HubSocket): void;
  removeClient(id: string): void;
  /** Measures what each client (or one) still has queued: call before sending a batch. */
  beginBatch(id?: string): void;
  /** Sends points [sent, length) of one series to one client, or drops them when it is behind. */
  deliver(
    id: string,
    run: string,
    tag: string,
    series: ScalarSeriesView | undefined,
    sub: RunSubscription,
  ): void;
  /** Sends `series:refetch` to stalled clients whose buffer drained. */
  endBatch(): void;
  dropped(): number;
  /** Bytes queued for a client as last measured (tests). */
  queuedBytes(id: string): number | undefined;
}

export function createPushDelivery(o: DeliveryOptions): PushDelivery {
  const outboxes = new Map<string, Outbox>();
  let dropped = 0;

  const backlogLimit = (b: Outbox): number =>
    Math.max(o.maxBufferedPackets, BACKLOG_BATCHES * b.lastBatchPackets);

  /** What is queued now; this batch's own bytes are in it from here on. */
  function measure(b: Outbox): void {
    const q = queued(b.socket);
    b.queuedAtStart = q.packets;
    b.bytesAtStart = q.bytes;
    b.batchBytes = 0;
  }

  function behind(b: Outbox, nextBytes: number): boolean {
    if (b.stalled || b.queuedAtStart > backlogLimit(b)) return true;
    const pending = b.bytesAtStart + b.batchBytes;
    return pending > 0 && pending + nextBytes > o.maxSendBufferBytes;
  }

  return {
    addClient(socket) {
      outboxes.set(socket.id, {
        socket,
        stalled: false,
        queuedAtStart: 0,
        bytesAtStart: 0,
        batchPackets: 0,
        batchBytes: 0,
        lastBatchPackets: 0,
        missed: new Map(),
      });
    },
    removeClient: (id) => void outboxes.delete(id),
    beginBatch(id) {
      if (id !== undefined) {
        const b = outboxes.get(id);
        if (b) measure(b);
        return;
      }
      for (const b of outboxes.values()) {
        measure(b);
        b.lastBatchPackets = b.batchPackets;
        b.batchPackets = 0;
      }
    },
    deliver(id, run, tag, series, sub) {
      const b = outboxes.get(id);
      const from = sub.sent.get(tag) ?? 0;
      if (!b || !series || series.length <= from) return;
      for (let at = from; at < series.length; at += MAX_POINTS_PER_MESSAGE) {
        const to = Math.min(series.length, at + MAX_POINTS_PER_MESSAGE);
        const bytes = 64 + 2 * (run.length + tag.length) + BYTES_PER_POINT * (to - at);
        if (behind(b, bytes)) {
          if (!b.stalled) o.log?.warn({ client: id }, 'send buffer full; dropping pushes');
          b.stalled = true;
          b.missed.set(`${run}\0${tag}`, { run, tag });
          dropped++;
          break;
        }
        b.socket.emit('scalars:appended', { run, tag, points: slice(series, at, to) });
        b.batchPackets++;
        b.batchBytes += bytes;
      }
      sub.sent.set(tag, series.length);
    },
    endBatch() {
      for (const b of outboxes.values()) {
        if (!b.stalled) continue;
        const q = queued(b.socket);
        if (q.packets > backlogLimit(b) / 2 || q.bytes > o.maxSendBufferBytes / 2) continue;
        b.stalled = false;
        b.socket.emit('series:refetch', {
          reason: 'send buffer overflowed; points were dropped',
          series: [...b.missed.values()],
        });
        b.missed.clear();
      }
    },
    dropped: () => dropped,
    queuedBytes: (id) => {
      const b = outboxes.get(id);
      return b && queued(b.socket).bytes;
    },
  };
}
