// Shares this server's Socket.IO broadcasts with the other servers of the same logdir through Redis
// (--redis redis://...), with Socket.IO's Redis streams adapter and the `redis` client: an `io.emit` on any
// instance reaches the browsers of every instance. What each instance derives itself from the shared logdir and
// run store (points, runs, tags, sessions) is emitted with `io.local` and never crosses Redis twice.
// Invariants: Redis that is down or not yet up never stops local service: while the client is not ready a
// broadcast goes to this instance's own clients only (the adapter would otherwise drop it, or hold it until
// Redis is back), the client reconnects with backoff, and health() says `unreachable` with the error; nothing
// here throws into the server.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { Server } from 'socket.io';
import { silentLogger, type ModuleLog } from '../logging/server-logger.ts';

export type RedisFanoutState = 'connecting' | 'ok' | 'unreachable';
export interface RedisFanoutHealth {
  /** The Redis URL, its password redacted. */
  url: string;
  state: RedisFanoutState;
  /** The last connection error while not `ok`. */
  message: string | null;
  /** Broadcasts sent to this instance's clients only because Redis was not ready. */
  localOnlyBroadcasts: number;
}
export interface RedisFanout {
  health(): RedisFanoutHealth;
  close(): Promise<void>;
}

/** Longest wait between reconnection attempts (ms). */
const MAX_RECONNECT_DELAY_MS = 2000;

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

interface BroadcastOptions {
  flags?: Record<string, unknown>;
}
interface Broadcaster {
  broadcast(packet: unknown, opts: BroadcastOptions): unknown;
}

export function attachRedisFanout(
  io: Server,
  opts: { url: string; log?: ModuleLog; streamName?: string },
): RedisFanout {
  const log = opts.log ?? silentLogger;
  const where = redact(opts.url);
  let state: RedisFanoutState = 'connecting';
  let message: string | null = null;
  let localOnly = 0;
  let closed = false;
  const client = createClient({
    url: opts.url,
    socket: {
      reconnectStrategy: (retries) => Math.min(100 * 2 ** Math.min(retries, 5), MAX_RECONNECT_DELAY_MS),
    },
  });
  client.on('error', (err: Error) => {
    const text = err.message || (err as { code?: string }).code || String(err);
    if (state !== 'unreachable' || message !== text)
      log.warn({ redis: where, error: text }, 'redis is unreachable; broadcasts stay on this instance');
    [state, message] = ['unreachable', text];
  });
  client.on('ready', () => {
    if (state === 'unreachable') log.info({ redis: where }, 'redis is back; broadcasts are shared again');
    [state, message] = ['ok', null];
  });
  client.connect().catch((err: unknown) => {
    if (!closed) log.error({ redis: where, error: String(err) }, 'cannot connect to redis');
  });

  const factory = createAdapter(client, {
    ...(opts.streamName ? { streamName: opts.streamName } : {}),
    blockTimeInMs: 1000, // bounds how long a closing server waits for the stream reader
  });
  // Socket.IO calls `new adapter(nsp)`: a function (not an arrow) returning the object it builds
  io.adapter(function fanoutAdapter(nsp: Parameters<typeof factory>[0]) {
    const adapter = factory(nsp) as unknown as Broadcaster;
    const broadcast = adapter.broadcast.bind(adapter);
    adapter.broadcast = (packet, o) => {
      if (client.isReady) return broadcast(packet, o);
      localOnly++;
      return broadcast(packet, { ...o, flags: { ...o.flags, local: true } });
    };
    return adapter;
  } as unknown as Parameters<Server['adapter']>[0]);

  return {
    health: () => ({ url: where, state, message, localOnlyBroadcasts: localOnly }),
    close() {
      closed = true;
      try {
        client.destroy();
      } catch {
        // already closed
      }
      return Promise.resolve();
    },
  };
}
