// A raw Engine.IO v4 WebSocket client over a bare TCP socket, for attacks a well-behaved client library will
// not make: it sends Socket.IO packets as masked text frames and can stop reading altogether (`stopReading`),
// so the server's pushes pile up in its buffers as they would for a stalled or hostile peer.
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

export interface RawWebSocket {
  /** Sends one text frame (an Engine.IO packet, e.g. `42["series:subscribe",{...}]`). */
  send(text: string): void;
  /** Socket.IO EVENT packet with the given name and payload. */
  emit(event: string, payload: unknown, ackId?: number): void;
  /** Stops reading: the kernel's receive buffer fills and the server must hold what it sends. */
  stopReading(): void;
  /** Every byte received so far, as latin1 text (frames included). */
  received(): string;
  close(): void;
}

function frame(text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  const mask = randomBytes(4);
  const len = payload.length;
  const head =
    len < 126
      ? Buffer.from([0x81, 0x80 | len])
      : len < 65536
        ? Buffer.from([0x81, 0x80 | 126, len >> 8, len & 0xff])
        : Buffer.concat([
            Buffer.from([0x81, 0x80 | 127]),
            (() => {
              const b = Buffer.alloc(8);
              b.writeBigUInt64BE(BigInt(len));
              return b;
            })(),
          ]);
  const body = Buffer.alloc(len);
  for (let i = 0; i < len; i++) body[i] = payload[i]! ^ mask[i % 4]!;
  return Buffer.concat([head, mask, body]);
}

/** Opens the WebSocket, then the Socket.IO namespace; resolves once the server answered the upgrade. */
export function openRawWebSocket(port: number, headers: Record<string, string> = {}): Promise<RawWebSocket> {
  return new Promise((ok, fail) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let text = '';
    let upgraded = false;
    const extra = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.on('connect', () => {
      socket.write(
        'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n' +
          `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
          `Sec-WebSocket-Version: 13\r\n${extra}\r\n`,
      );
    });
    socket.on('error', fail);
    socket.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      if (upgraded || !text.includes('\r\n\r\n')) return;
      upgraded = true;
      if (!text.startsWith('HTTP/1.1 101')) {
        fail(new Error(`upgrade refused: ${text.split('\r\n')[0]}`));
        socket.destroy();
        return;
      }
      const raw: RawWebSocket = {
        send: (t) => void socket.write(frame(t)),
        emit: (event, payload, ackId) => raw.send(`42${ackId ?? ''}${JSON.stringify([event, payload])}`),
        stopReading: () => socket.pause(),
        received: () => text,
        close: () => socket.destroy(),
      };
      raw.send('40');
      ok(raw);
    });
  });
}
