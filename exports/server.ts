// `trainboard/server`: the dashboard server factory for embedding. createApp() builds the Express app, the
// Socket.IO hub and the logdir watcher and never listens: the caller calls httpServer.listen() and close().
export { createApp, TRAINBOARD_VERSION, type App, type AppDeps } from '../server/app.ts';
export {
  createServerLogger,
  type LogFields,
  type ModuleLog,
  type ServerLogger,
} from '../server/logging/server-logger.ts';
