// Pushes a run's new annotation to every open page: one `runs:annotation` event through `io.emit`, never a
// per-socket loop, so that a Socket.IO adapter shared by several servers (Redis) carries it to their pages
// unchanged. Invariant: called once per successful update, after the store has committed it.
import type { Server } from 'socket.io';
import type {
  ClientToServerEvents,
  RunAnnotationChangedEvent,
  ServerToClientEvents,
} from '../../contract/index.ts';

export type RunAnnotationPublisher = (annotation: RunAnnotationChangedEvent) => void;

export function createRunAnnotationPush(
  io: Server<ClientToServerEvents, ServerToClientEvents>,
): RunAnnotationPublisher {
  return (annotation) => {
    io.emit('runs:annotation', annotation);
  };
}
