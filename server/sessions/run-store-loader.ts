// Opens <logdir>/trainboard.sqlite read-only through the runstore module once the file exists (the trainer may
// create it after the server started). A file that cannot be opened (locked, damaged) is logged once per
// distinct error and retried on the next call; sessions then come from disk only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openRunStore, RUN_STORE_FILE, type RunStore } from '../../runstore/run-store.ts';

export interface RunStoreLoader {
  /** The open store, opening it if the file appeared; undefined when there is none (or it cannot be opened). */
  current(): RunStore | undefined;
  close(): void;
}

export function createRunStoreLoader(opts: {
  logdir: string;
  staleAfterSecs?: number;
  log?: (line: string) => void;
}): RunStoreLoader {
  const file = join(opts.logdir, RUN_STORE_FILE);
  let store: RunStore | undefined;
  let lastError = '';
  return {
    current() {
      if (store || !existsSync(file)) return store;
      try {
        store = openRunStore(file, {
          readonly: true,
          ...(opts.staleAfterSecs !== undefined ? { staleAfterSecs: opts.staleAfterSecs } : {}),
        });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (message !== lastError) opts.log?.(`level=warn module=sessions cannot open ${file}: ${message}`);
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
