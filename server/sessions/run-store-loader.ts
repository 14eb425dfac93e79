// Opens <logdir>/trainboard.sqlite read-only through the trainer's runstore module when both exist, and
// reopens it when it appears later. The runstore module is imported dynamically so that the server still runs
// (with disk-only sessions) on a checkout or logdir without it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionSource } from './session-catalog.ts';

interface RunStoreModule {
  openRunStore(file: string, opts?: { readonly?: boolean; staleAfterSecs?: number }): SessionSource;
}

const RUN_STORE_MODULE = '../../runstore/run-store.ts';

export interface RunStoreLoader {
  /** The open store, opening it if the file appeared; undefined when there is none (or it cannot be opened). */
  current(): SessionSource | undefined;
  close(): void;
}

export async function createRunStoreLoader(opts: {
  logdir: string;
  log?: (line: string) => void;
}): Promise<RunStoreLoader> {
  const file = join(opts.logdir, 'trainboard.sqlite');
  let mod: RunStoreModule | undefined;
  try {
    mod = (await import(RUN_STORE_MODULE)) as RunStoreModule;
  } catch (err) {
    opts.log?.(
      `run store unavailable (${err instanceof Error ? err.message : String(err)}); sessions come from disk only`,
    );
  }
  let store: SessionSource | undefined;
  let lastError = '';
  return {
    current() {
      if (store || !mod || !existsSync(file)) return store;
      try {
        store = mod.openRunStore(file, { readonly: true });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (message !== lastError) opts.log?.(`cannot open ${file}: ${message}`);
        lastError = message;
      }
      return store;
    },
    close() {
      store?.close();
      store = undefined;
    },
  };
}
