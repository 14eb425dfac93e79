// What names a PostgreSQL run store: a `postgres://` or `postgresql://` URL (libpq's connection URI), and how
// one is shown in logs and /api/health: with its password replaced, so a secret never leaves the process.
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The URL without its password (`postgres://user:***@host:port/db`); the text unchanged when it is no URL. */
export function redactPostgresUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
  }
}
