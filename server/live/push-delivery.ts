// The delivery layer of the hub: sends a run's new points to its followers, one `scalars:appended` message per
// run carrying every tag that grew, or drops them for a client that is behind, and tells it what it missed once
// it drained. Followers whose positions (`sent`) in the run's series are equal get the same message, encoded
// once (Socket.IO's broadcast to their ids encodes the packet and its WebSocket frame once for all of them).
// Behind means: in a batch, packets from earlier batches still queued above max(`maxBufferedPackets`, 3 of its
// own batches); in a batch or a subscription's gap, bytes queued for it (Engine.IO's write buffer and the
// WebSocket's unsent bytes) plus this message above `maxSendBufferBytes`. A gap is not held to the packet bound:
// a page subscribing to hundreds of runs at once queues an ack per subscription in the same turn, which is not
// a client falling behind (the byte bound still holds a client that stops reading).
// Invariants: a client's send buffer never grows past its byte bound by more than one message; the hub never
// waits for a client; every dropped series is named in one `series:refetch` once the client's buffer is down
// to half its bound; removing a client frees its outbox.
import type { Socket } from 'socket.io';
import type {
  ClientToServerEvents,
  ScalarPoint,
  ScalarsAppendedEvent,
  ScalarsAppendedSeries,
  ServerToClientEvents,
} from '../../contract/index.ts';
import { jsonNumber } from '../http/tb-json.ts';
import type { ScalarSeriesView } from '../store/scalar-series.ts';
import type { RunSubscription } from './subscription-registry.ts';
import type { ModuleLog } from '../logging/server-logger.ts';

export type HubSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** Most points in one `scalars:appended` message, over all its tags (a long gap is split into several). */
export const MAX_POINTS_PER_MESSAGE = 50_000;
/** How many of its own batches a client may have queued before it counts as behind. */
const BACKLOG_BATCHES = 3;
/** Upper estimate of one point's JSON (`[123456,1700000000.123456,0.12345678],`). */
const BYTES_PER_POINT = 48;

export interface DeliveryOptions {
  maxBufferedPackets: number;
  maxSendBufferBytes: number;
  /** Sends one message to every listed client, encoded once (the hub: `io.local.to(ids).emit`). Default: one
   *  `socket.emit` per client. */
  broadcast?: (ids: readonly string[], e: ScalarsAppendedEvent) => void;
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

/** One series of a run whose points [from, to) go out in a message. */
interface Part {
  tag: string;
  series: ScalarSeriesView;
  from: number;
  to: number;
}

/** The messages that carry `parts`, at most MAX_POINTS_PER_MESSAGE points each, with their estimated bytes. */
function* messages(
  run: string,
  parts: readonly Part[],
): Generator<{ event: ScalarsAppendedEvent; tags: string[]; bytes: number }> {
  let series: ScalarsAppendedSeries[] = [];
  let tags: string[] = [];
  let points = 0;
  let bytes = 64 + 2 * run.length;
  for (const p of parts) {
    for (let at = p.from; at < p.to;) {
      const to = Math.min(p.to, at + MAX_POINTS_PER_MESSAGE - points);
      series.push({ tag: p.tag, points: slice(p.series, at, to) });
      tags.push(p.tag);
      points += to - at;
      bytes += 32 + 2 * p.tag.length + BYTES_PER_POINT * (to - at);
      at = to;
      if (points >= MAX_POINTS_PER_MESSAGE) {
        yield { event: { run, series }, tags, bytes };
        [series, tags, points, bytes] = [[], [], 0, 64 + 2 * run.length];
      }
    }
  }
  if (series.length) yield { event: { run, series }, tags, bytes };
}

export interface PushDelivery {
  addClient(socket: HubSocket): void;
  removeClient(id: string): void;
  /** Measures what each client (or one) still has queued: call before sending a batch. */
  beginBatch(id?: string): void;
  /** Sends each follower the points [sent, length) of the run's `tags` it follows, or drops them for a follower
   *  that is behind: one message per group of followers at the same positions, encoded once. `gap`: a
   *  subscription's first send (held to the byte bound only). */
  deliverRun(
    run: string,
    followers: Iterable<readonly [string, RunSubscription]>,
    tags: Iterable<string>,
    seriesOf: (tag: string) => ScalarSeriesView | undefined,
    gap?: boolean,
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
  const broadcast =
    o.broadcast ??
    ((ids: readonly string[], e: ScalarsAppendedEvent): void => {
      for (const id of ids) outboxes.get(id)?.socket.emit('scalars:appended', e);
    });

  const backlogLimit = (b: Outbox): number =>
    Math.max(o.maxBufferedPackets, BACKLOG_BATCHES * b.lastBatchPackets);

  /** What is queued now; this batch's own bytes are in it from here on. */
  function measure(b: Outbox): void {
    const q = queued(b.socket);
    b.queuedAtStart = q.packets;
    b.bytesAtStart = q.bytes;
    b.batchBytes = 0;
  }

  function behind(b: Outbox, nextBytes: number, gap: boolean): boolean {
    if (b.stalled || (!gap && b.queuedAtStart > backlogLimit(b))) return true;
    const pending = b.bytesAtStart + b.batchBytes;
    return pending > 0 && pending + nextBytes > o.maxSendBufferBytes;
  }

  function drop(id: string, b: Outbox, run: string, tags: readonly string[]): void {
    if (!b.stalled) o.log?.warn({ client: id }, 'send buffer full; dropping pushes');
    b.stalled = true;
    for (const tag of tags) b.missed.set(`${run}\0${tag}`, { run, tag });
    dropped++;
  }

  /** Sends `parts` to the clients of one group, dropping them for those behind (from the message they miss on). */
  function sendGroup(run: string, ids: readonly string[], parts: readonly Part[], gap: boolean): void {
    let live: { id: string; b: Outbox }[] = [];
    for (const id of ids) {
      const b = outboxes.get(id);
      if (b) live.push({ id, b });
    }
    const tags = parts.map((p) => p.tag);
    for (const m of messages(run, parts)) {
      const recipients: string[] = [];
      const kept: typeof live = [];
      for (const r of live) {
        if (behind(r.b, m.bytes, gap)) {
          // this message and every later one of the group are dropped: the client refetches every tag of the
          // group from what it holds
          drop(r.id, r.b, run, tags);
          continue;
        }
        recipients.push(r.id);
        kept.push(r);
        r.b.batchPackets++;
        r.b.batchBytes += m.bytes;
      }
      live = kept;
      if (recipients.length) broadcast(recipients, m.event);
      if (!live.length) break;
    }
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
    deliverRun(run, followers, tags, seriesOf, gap = false) {
      const views: { tag: string; series: ScalarSeriesView }[] = [];
      for (const tag of tags) {
        const series = seriesOf(tag);
        if (series && series.length > 0) views.push({ tag, series });
      }
      if (!views.length) return;
      // followers at the same positions in every grown series share one group (the common case: all of them)
      const groups = new Map<string, { ids: string[]; parts: Part[] }>();
      for (const [id, sub] of followers) {
        if (!outboxes.has(id)) continue;
        let groupKey = '';
        const parts: Part[] = [];
        for (let i = 0; i < views.length; i++) {
          const v = views[i]!;
          const from = sub.sent.get(v.tag);
          if (from === undefined || from >= v.series.length) continue;
          groupKey += `${i}:${from},`;
          parts.push({ tag: v.tag, series: v.series, from, to: v.series.length });
          sub.sent.set(v.tag, v.series.length);
        }
        if (!parts.length) continue;
        const g = groups.get(groupKey);
        if (g) g.ids.push(id);
        else groups.set(groupKey, { ids: [id], parts });
      }
      for (const g of groups.values()) sendGroup(run, g.ids, g.parts, gap);
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
