// The Socket.IO hub: clients subscribe to a run's scalar tags with the last step they have, get the gap at
// once, then only new points, batched every `intervalMs` (50 ms) as `scalars:appended`; run, tag, damage,
// restart, plugin and session changes are pushed too. Invariants: a point is sent to a subscriber at most once
// and in store order; a client whose send buffer still holds more than max(`maxBufferedPackets`, 3 of its own
// batches) packets from earlier batches gets no more points (they are dropped and counted) and, once it
// drains, one `series:refetch` naming what it missed (the bound scales with what the client follows, so one
// that follows 500 series is not cut off for a single slow drain); the
// hub never waits for any client, so a stalled client cannot slow the server or the others.
import type { Server, Socket } from 'socket.io';
import type {
  ClientToServerEvents,
  ScalarPoint,
  SeriesSubscribeRequest,
  SeriesUnsubscribeRequest,
  ServerToClientEvents,
  SocketAck,
} from '../api-contract.ts';
import { jsonNumber } from '../http/tb-json.ts';
import type { SeriesStore } from '../store/series-store.ts';
import type { ScalarSeriesView } from '../store/scalar-series.ts';

export type HubServer = Server<ClientToServerEvents, ServerToClientEvents>;
type HubSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** Most points in one `scalars:appended` message (a long gap is split into several). */
const MAX_POINTS_PER_MESSAGE = 50_000;

export interface SocketHubOptions {
  io: HubServer;
  store: SeriesStore;
  intervalMs?: number;
  /** Engine.IO packets waiting in a client's send buffer above which its pushes are dropped. Default 100. */
  maxBufferedPackets?: number;
  /** Returns the ids of sessions that changed since the last call (checked about once a second). */
  sessionChanges?: () => string[];
  log?: (line: string) => void;
}

export interface SocketHub {
  clients(): number;
  droppedPushes(): number;
  /** Runs one batch now (tests use it to avoid waiting for the timer). */
  flush(): void;
  close(): void;
}

interface RunSub {
  all: boolean;
  /** tag -> points already sent (an index into the series). */
  sent: Map<string, number>;
}

interface ClientState {
  socket: HubSocket;
  runs: Map<string, RunSub>;
  stalled: boolean;
  /** Packets queued for the client when this batch began (this batch's own packets do not count). */
  queuedAtStart: number;
  /** Packets queued for the client in the current batch, and in the previous one. */
  batchPackets: number;
  lastBatchPackets: number;
  missed: Map<string, { run: string; tag: string }>;
}

const room = (run: string): string => `run:${run}`;

/** How many of its own batches a client may have queued before it counts as behind. */
const BACKLOG_BATCHES = 3;

function bufferedPackets(socket: HubSocket): number {
  const conn = socket.conn as unknown as { writeBuffer?: unknown[] };
  return conn.writeBuffer?.length ?? 0;
}

function slice(series: ScalarSeriesView, from: number, to: number): ScalarPoint[] {
  const out: ScalarPoint[] = new Array<ScalarPoint>(to - from);
  for (let i = from; i < to; i++)
    out[i - from] = [series.step(i), series.wallTime(i), jsonNumber(series.value(i))];
  return out;
}

function validRequest(req: unknown): string | undefined {
  if (typeof req !== 'object' || req === null) return 'request must be an object';
  const r = req as Partial<SeriesSubscribeRequest>;
  if (typeof r.run !== 'string' || r.run.length > 4096) return "'run' must be a string";
  if (
    r.tags !== undefined &&
    (!Array.isArray(r.tags) || !r.tags.every((t) => typeof t === 'string') || r.tags.length > 100_000)
  )
    return "'tags' must be a list of strings";
  if (r.lastStep !== undefined && (typeof r.lastStep !== 'number' || Number.isNaN(r.lastStep)))
    return "'lastStep' must be a number";
  if (r.lastSteps !== undefined) {
    if (typeof r.lastSteps !== 'object' || r.lastSteps === null) return "'lastSteps' must be an object";
    if (!Object.values(r.lastSteps).every((v) => typeof v === 'number' && !Number.isNaN(v)))
      return "'lastSteps' values must be numbers";
  }
  return undefined;
}

export function createSocketHub(opts: SocketHubOptions): SocketHub {
  const { io, store } = opts;
  const intervalMs = opts.intervalMs ?? 50;
  const maxBuffered = opts.maxBufferedPackets ?? 100;
  const clients = new Map<string, ClientState>();
  let dropped = 0;
  let lastSessionCheck = 0;

  /** Packets a client may have queued from earlier batches before it counts as behind. */
  const backlogLimit = (c: ClientState): number =>
    Math.max(maxBuffered, BACKLOG_BATCHES * c.lastBatchPackets);

  /** Sends points [sent, length) of one series to one client, or drops them when the client is behind. */
  function deliver(c: ClientState, run: string, tag: string, sub: RunSub): void {
    const series = store.run(run)?.scalars(tag);
    const from = sub.sent.get(tag) ?? 0;
    if (!series || series.length <= from) return;
    if (c.stalled || c.queuedAtStart > backlogLimit(c)) {
      if (!c.stalled)
        opts.log?.(`level=warn module=hub client=${c.socket.id} send buffer full; dropping pushes`);
      c.stalled = true;
      c.missed.set(`${run}\0${tag}`, { run, tag });
      dropped++;
      sub.sent.set(tag, series.length);
      return;
    }
    for (let at = from; at < series.length; at += MAX_POINTS_PER_MESSAGE) {
      const to = Math.min(series.length, at + MAX_POINTS_PER_MESSAGE);
      c.socket.emit('scalars:appended', { run, tag, points: slice(series, at, to) });
      c.batchPackets++;
    }
    sub.sent.set(tag, series.length);
  }

  function startIndex(
    series: ScalarSeriesView | undefined,
    tag: string,
    req: SeriesSubscribeRequest,
  ): number {
    if (!series) return 0;
    const last = req.lastSteps?.[tag] ?? req.lastStep;
    return last === undefined ? 0 : series.indexAfterStep(last);
  }

  function subscribe(c: ClientState, req: SeriesSubscribeRequest): SocketAck {
    const run = store.run(req.run);
    let sub = c.runs.get(req.run);
    if (!sub) {
      sub = { all: false, sent: new Map() };
      c.runs.set(req.run, sub);
      void c.socket.join(room(req.run));
    }
    const tags = req.tags ?? (run ? [...run.scalarTags()] : []);
    if (req.tags === undefined) sub.all = true;
    for (const tag of tags) sub.sent.set(tag, startIndex(run?.scalars(tag), tag, req));
    return { ok: true, run: req.run, tags: sub.all ? ['*'] : [...sub.sent.keys()] };
  }

  function unsubscribe(c: ClientState, req: SeriesUnsubscribeRequest): SocketAck {
    const sub = c.runs.get(req.run);
    if (sub && req.tags) {
      for (const t of req.tags) sub.sent.delete(t);
      if (sub.sent.size === 0 && !sub.all) req = { run: req.run };
    }
    if (!req.tags) {
      c.runs.delete(req.run);
      void c.socket.leave(room(req.run));
      return { ok: true, run: req.run, tags: [] };
    }
    return { ok: true, run: req.run, tags: sub ? [...sub.sent.keys()] : [] };
  }

  io.on('connection', (socket: HubSocket) => {
    const c: ClientState = {
      socket,
      runs: new Map(),
      stalled: false,
      queuedAtStart: 0,
      batchPackets: 0,
      lastBatchPackets: 0,
      missed: new Map(),
    };
    clients.set(socket.id, c);
    socket.on('disconnect', () => clients.delete(socket.id));
    socket.on('series:subscribe', (req, ack) => {
      const problem = validRequest(req);
      if (problem) {
        if (typeof ack === 'function') ack({ ok: false, error: { code: 'bad_param', message: problem } });
        return;
      }
      const res = subscribe(c, req);
      if (typeof ack === 'function') ack(res);
      // the gap goes out right after the ack, before any batched point of the next tick
      c.queuedAtStart = bufferedPackets(socket);
      const sub = c.runs.get(req.run)!;
      for (const tag of sub.sent.keys()) deliver(c, req.run, tag, sub);
    });
    socket.on('series:unsubscribe', (req, ack) => {
      if (typeof req !== 'object' || req === null || typeof req.run !== 'string') {
        if (typeof ack === 'function')
          ack({ ok: false, error: { code: 'bad_param', message: "'run' must be a string" } });
        return;
      }
      const res = unsubscribe(c, req);
      if (typeof ack === 'function') ack(res);
    });
  });

  function tick(): void {
    const ch = store.drainChanges();
    if (ch.runsAdded.length || ch.runsRemoved.length)
      io.emit('runs:changed', { added: ch.runsAdded, removed: ch.runsRemoved });
    for (const { run, tags } of ch.newTags) {
      io.emit('tags:added', { run, tags: tags.map((t) => ({ tag: t.tag, plugin: t.plugin })) });
      for (const c of clients.values()) {
        const sub = c.runs.get(run);
        if (sub?.all)
          for (const t of tags) if (t.plugin === 'scalars' && !sub.sent.has(t.tag)) sub.sent.set(t.tag, 0);
      }
    }
    for (const p of ch.purges) {
      for (const c of clients.values()) {
        const sub = c.runs.get(p.run);
        if (!sub) continue;
        for (const [tag, removed] of p.removed) {
          const sent = sub.sent.get(tag);
          if (sent === undefined) continue;
          let before = 0;
          for (const i of removed) if (i < sent) before++;
          sub.sent.set(tag, sent - before);
        }
      }
      io.to(room(p.run)).emit('series:purged', {
        run: p.run,
        ...(p.tag === undefined ? {} : { tag: p.tag }),
        fromStep: p.fromStep,
        reason: p.reason,
      });
    }
    const damageByRun = new Map<string, (typeof ch.damage)[number]['damage']>();
    for (const d of ch.damage) damageByRun.set(d.run, [...(damageByRun.get(d.run) ?? []), ...d.damage]);
    for (const [run, damage] of damageByRun) io.emit('damage:reported', { run, damage: damage.slice(-100) });
    for (const [run, byPlugin] of ch.plugins)
      for (const [plugin, tags] of byPlugin) io.emit('plugin:invalidated', { plugin, run, tags: [...tags] });

    // a client is behind when packets from earlier batches are still queued; the packets this batch is about to
    // queue (one per series, sent together once the transport drains) must not count against it
    for (const c of clients.values()) {
      c.queuedAtStart = bufferedPackets(c.socket);
      c.lastBatchPackets = c.batchPackets;
      c.batchPackets = 0;
    }
    for (const [run, tags] of ch.scalars) {
      const members = io.sockets.adapter.rooms.get(room(run));
      if (!members) continue;
      for (const id of members) {
        const c = clients.get(id);
        const sub = c?.runs.get(run);
        if (!c || !sub) continue;
        for (const tag of tags) if (sub.sent.has(tag)) deliver(c, run, tag, sub);
      }
    }
    for (const c of clients.values()) {
      if (c.stalled && bufferedPackets(c.socket) <= backlogLimit(c) / 2) {
        c.stalled = false;
        c.socket.emit('series:refetch', {
          reason: 'send buffer overflowed; points were dropped',
          series: [...c.missed.values()],
        });
        c.missed.clear();
      }
    }
    const now = Date.now();
    if (opts.sessionChanges && now - lastSessionCheck >= 1000) {
      lastSessionCheck = now;
      const ids = opts.sessionChanges();
      if (ids.length) io.emit('sessions:changed', { ids });
    }
  }

  const timer = setInterval(() => {
    try {
      tick();
    } catch (err) {
      opts.log?.(`level=error module=hub ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }, intervalMs);
  timer.unref();

  return {
    clients: () => clients.size,
    droppedPushes: () => dropped,
    flush: tick,
    close: () => clearInterval(timer),
  };
}
