// The Socket.IO hub: validates every client message against the contract, keeps who follows what in the
// subscription registry, and fans the store's changes out through the delivery layer: the gap at once after a
// subscribe, then only new points batched every `intervalMs` (50 ms) as `scalars:appended` (one message per run
// and group of followers at the same positions, encoded once: push-delivery.ts); run, tag, damage,
// restart, plugin and session changes too. Invariants: a bad or over-budget message gets `{ok: false, error}`
// and never throws (nor does a handler that fails: it is logged and acknowledged as `internal`); a point is
// sent to a subscriber at most once and in store order; the hub never waits for a client; a client that
// leaves takes everything it held with it. Everything the hub emits is derived by each server from the logdir
// and run store it reads, so with several servers (--redis) it goes to this server's clients only (`io.local`).
// A batch is sent in slices on the shared turn budget (runtime/turn-scheduler.ts), one run at a time: 200
// clients following 5 live runs each were 1,000 messages a batch, each encoded on its own (about 15 ms); they are
// now 50 encodings and 1,000 frame writes; a batch still running when the next is due is not overlapped (the next
// one starts after it, with its points).
import type { Server } from 'socket.io';
import {
  CLIENT_EVENT_SCHEMAS,
  parseWire,
  type ClientToServerEvents,
  type SeriesSubscribeRequest,
  type ServerToClientEvents,
  type SocketAck,
} from '../../contract/index.ts';
import { createSliceClock } from '../runtime/turn-scheduler.ts';
import type { SeriesStore } from '../store/series-store.ts';
import type { ScalarSeriesView } from '../store/scalar-series.ts';
import { createPushDelivery, type HubSocket } from './push-delivery.ts';
import type { ModuleLog } from '../logging/server-logger.ts';
import {
  createSubscriptionRegistry,
  DEFAULT_SUBSCRIPTION_BUDGET,
  type SubscriptionBudget,
} from './subscription-registry.ts';

export type HubServer = Server<ClientToServerEvents, ServerToClientEvents>;

export interface SocketHubOptions {
  io: HubServer;
  store: SeriesStore;
  intervalMs?: number;
  /** Engine.IO packets waiting in a client's send buffer above which its pushes are dropped. Default 100. */
  maxBufferedPackets?: number;
  /** Bytes waiting for a client above which its pushes are dropped. Default 16 MiB. */
  maxSendBufferBytes?: number;
  /** Caps on what one client may follow. Default DEFAULT_SUBSCRIPTION_BUDGET. */
  subscriptionBudget?: Partial<SubscriptionBudget>;
  /** Returns the ids of sessions that changed since the last call (checked about once a second). */
  sessionChanges?: () => string[];
  /** The hub module's logger. */
  log?: ModuleLog;
}

export interface SocketHub {
  clients(): number;
  droppedPushes(): number;
  /** Runs one batch now (tests use it to avoid waiting for the timer); resolves when it is sent. */
  flush(): Promise<void>;
  /** What one client follows and has queued (tests). */
  clientUsage(id: string): { runs: number; series: number; bytes: number; queuedBytes: number } | undefined;
  close(): void;
}

export const DEFAULT_MAX_SEND_BUFFER_BYTES = 16 * 1024 * 1024;

type Ack = (res: SocketAck) => void;
interface LooseSocket {
  on(event: string, listener: (...args: unknown[]) => void): void;
}

export function createSocketHub(opts: SocketHubOptions): SocketHub {
  const { io, store } = opts;
  const intervalMs = opts.intervalMs ?? 50;
  const registry = createSubscriptionRegistry({ ...DEFAULT_SUBSCRIPTION_BUDGET, ...opts.subscriptionBudget });
  const delivery = createPushDelivery({
    maxBufferedPackets: opts.maxBufferedPackets ?? 100,
    maxSendBufferBytes: opts.maxSendBufferBytes ?? DEFAULT_MAX_SEND_BUFFER_BYTES,
    // one encoding (JSON and WebSocket frame) for every client of a group; io.local: derived by each server
    broadcast: (ids, e) => {
      if (ids.length === 1) sockets.get(ids[0]!)?.emit('scalars:appended', e);
      else io.local.to(ids as string[]).emit('scalars:appended', e);
    },
    ...(opts.log ? { log: opts.log } : {}),
  });
  const sockets = new Map<string, HubSocket>();
  let lastSessionCheck = 0;
  const errorText = (err: unknown): string =>
    err instanceof Error ? (err.stack ?? err.message) : String(err);

  function startIndex(
    series: ScalarSeriesView | undefined,
    tag: string,
    req: SeriesSubscribeRequest,
  ): number {
    if (!series) return 0;
    const last = req.lastSteps?.[tag] ?? req.lastStep;
    return last === undefined ? 0 : series.indexAfterStep(last);
  }

  function subscribe(socket: HubSocket, req: SeriesSubscribeRequest): SocketAck {
    const run = store.run(req.run);
    const res = registry.subscribe(
      socket.id,
      req,
      () => (run ? [...run.scalarTags()] : []),
      (tag) => startIndex(run?.scalars(tag), tag, req),
    );
    if (!res.ok) return { ok: false, error: { code: 'over_budget', message: res.message } };
    return { ok: true, run: req.run, tags: res.tags };
  }

  /** The gap goes out right after the ack, before any batched point of the next tick. */
  function sendGap(socket: HubSocket, runName: string): void {
    const sub = registry.subscription(socket.id, runName);
    if (!sub) return;
    delivery.beginBatch(socket.id);
    const run = store.run(runName);
    delivery.deliverRun(runName, [[socket.id, sub]], [...sub.sent.keys()], (tag) => run?.scalars(tag), true);
  }

  /** Registers a handler that validates its payload, always acknowledges, and never throws. */
  function handle<E extends keyof ClientToServerEvents>(
    socket: HubSocket,
    event: E,
    run: (req: Parameters<ClientToServerEvents[E]>[0]) => { ack: SocketAck; then?: () => void },
  ): void {
    (socket as unknown as LooseSocket).on(event, (...args: unknown[]) => {
      const last = args.at(-1);
      const ack: Ack | undefined = typeof last === 'function' ? (last as Ack) : undefined;
      const reply = (res: SocketAck): void => {
        try {
          ack?.(res);
        } catch (err) {
          opts.log?.warn({ client: socket.id, event, error: errorText(err) }, 'ack failed');
        }
      };
      try {
        const parsed = parseWire(
          CLIENT_EVENT_SCHEMAS[event],
          args.length > (ack ? 1 : 0) ? args[0] : undefined,
        );
        if (!parsed.ok) {
          reply({ ok: false, error: { code: 'bad_param', message: `${event}: ${parsed.message}` } });
          return;
        }
        const out = run(parsed.value);
        reply(out.ack);
        out.then?.();
      } catch (err) {
        opts.log?.error({ client: socket.id, event, error: errorText(err) }, 'socket event failed');
        reply({
          ok: false,
          error: { code: 'internal', message: 'internal server error (details are in the server log)' },
        });
      }
    });
  }

  io.on('connection', (socket: HubSocket) => {
    sockets.set(socket.id, socket);
    registry.addClient(socket.id);
    delivery.addClient(socket);
    socket.on('disconnect', () => {
      sockets.delete(socket.id);
      registry.removeClient(socket.id);
      delivery.removeClient(socket.id);
    });
    handle(socket, 'series:subscribe', (req) => {
      const ack = subscribe(socket, req);
      return ack.ok ? { ack, then: () => sendGap(socket, req.run) } : { ack };
    });
    handle(socket, 'series:unsubscribe', (req) => ({
      ack: { ok: true, run: req.run, tags: registry.unsubscribe(socket.id, req) },
    }));
  });

  async function tick(): Promise<void> {
    const ch = store.drainChanges();
    if (ch.runsAdded.length || ch.runsRemoved.length)
      io.local.emit('runs:changed', { added: ch.runsAdded, removed: ch.runsRemoved });
    for (const { run, tags } of ch.newTags) {
      io.local.emit('tags:added', { run, tags: tags.map((t) => ({ tag: t.tag, plugin: t.plugin })) });
      for (const [id, sub] of registry.followers(run))
        if (sub.all) for (const t of tags) if (t.plugin === 'scalars') registry.addTag(id, run, t.tag);
    }
    for (const p of ch.purges) {
      for (const [id, sub] of registry.followers(p.run)) {
        for (const [tag, removed] of p.removed) {
          const sent = sub.sent.get(tag);
          if (sent === undefined) continue;
          let before = 0;
          for (const i of removed) if (i < sent) before++;
          sub.sent.set(tag, sent - before);
        }
        sockets.get(id)?.emit('series:purged', {
          run: p.run,
          ...(p.tag === undefined ? {} : { tag: p.tag }),
          fromStep: p.fromStep,
          reason: p.reason,
        });
      }
    }
    const damageByRun = new Map<string, (typeof ch.damage)[number]['damage']>();
    for (const d of ch.damage) damageByRun.set(d.run, [...(damageByRun.get(d.run) ?? []), ...d.damage]);
    for (const [run, damage] of damageByRun)
      io.local.emit('damage:reported', { run, damage: damage.slice(-100) });
    for (const [run, byPlugin] of ch.plugins)
      for (const [plugin, tags] of byPlugin)
        io.local.emit('plugin:invalidated', { plugin, run, tags: [...tags] });

    // a client is behind when packets from earlier batches are still queued; the packets this batch is about to
    // queue (one per series, sent together once the transport drains) must not count against it
    delivery.beginBatch();
    const clock = createSliceClock();
    for (const [runName, tags] of ch.scalars) {
      // a run's followers are grouped and sent in one turn: a client that left or unsubscribed during a yield
      // is not among them
      if (clock.due()) await clock.yield();
      const run = store.run(runName);
      delivery.deliverRun(runName, registry.followers(runName), tags, (tag) => run?.scalars(tag));
    }
    delivery.endBatch();
    const now = Date.now();
    if (opts.sessionChanges && now - lastSessionCheck >= 1000) {
      lastSessionCheck = now;
      const ids = opts.sessionChanges();
      if (ids.length) io.local.emit('sessions:changed', { ids });
    }
  }

  let batch: Promise<void> | undefined;
  /** One batch at a time: a call while one is sending waits for it, then sends what arrived meanwhile. */
  function flush(): Promise<void> {
    const next = (batch ?? Promise.resolve())
      .then(tick)
      .catch((err: unknown) => opts.log?.error({ error: errorText(err) }, 'push tick failed'));
    batch = next;
    void next.finally(() => {
      if (batch === next) batch = undefined;
    });
    return next;
  }
  const timer = setInterval(() => {
    if (!batch) void flush(); // a batch still sending when the interval fires: its successor is the next tick
  }, intervalMs);
  timer.unref();

  return {
    clients: () => sockets.size,
    droppedPushes: () => delivery.dropped(),
    flush,
    clientUsage(id) {
      const u = registry.usage(id);
      const q = delivery.queuedBytes(id);
      return u && { ...u, queuedBytes: q ?? 0 };
    },
    close: () => clearInterval(timer),
  };
}
