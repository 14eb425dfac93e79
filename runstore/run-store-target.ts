// What a run store target names (--runstore, TRAINBOARD_RUNSTORE), for servers and trainers alike: a
// PostgreSQL URL (postgres:// or postgresql://), a SQLite file as a `sqlite:` URL (`sqlite:///abs/file.sqlite`,
// three slashes and an absolute path as in a file: URL; `sqlite:relative/file.sqlite` relative to the working
// directory), or a plain path to a SQLite file. Invariant: a SQLite target comes back as an absolute path, so a
// server and a trainer started in different directories with the same target open the same file; any other
// URL scheme (mysql://, s3://) is refused with a message saying what is accepted.
import { resolve } from 'node:path';
import { isPostgresUrl } from './postgres/postgres-url.ts';

export type RunStoreTarget = { kind: 'postgres'; url: string } | { kind: 'sqlite'; file: string };

export function parseRunStoreTarget(text: string, cwd: string = process.cwd()): RunStoreTarget {
  const t = text.trim();
  if (isPostgresUrl(t)) return { kind: 'postgres', url: t };
  const sqlite = /^sqlite:(.*)$/i.exec(t);
  if (sqlite) {
    let path = sqlite[1]!;
    if (path.startsWith('//')) {
      // sqlite://host/path names a host: only the local one (empty or localhost) can hold the file
      const m = /^\/\/([^/]*)(\/.*)$/.exec(path);
      if (!m || (m[1] !== '' && m[1]!.toLowerCase() !== 'localhost'))
        throw new Error(
          `a sqlite: run store must be a local file (sqlite:///abs/path.sqlite), got '${text}'`,
        );
      path = m[2]!;
    }
    path = decodeURIComponent(path);
    if (path === '' || path.endsWith('/')) throw new Error(`a sqlite: run store names a file, got '${text}'`);
    return { kind: 'sqlite', file: resolve(cwd, path) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t))
    throw new Error(
      `a run store is a postgres:// URL, a sqlite:///path/file.sqlite URL or a file path, got '${text}'`,
    );
  if (t === '') throw new Error('a run store target must not be empty');
  return { kind: 'sqlite', file: resolve(cwd, t) };
}

/** The target as the stores open it: the PostgreSQL URL, or the SQLite file's absolute path. */
export function runStoreLocation(target: RunStoreTarget): string {
  return target.kind === 'postgres' ? target.url : target.file;
}
