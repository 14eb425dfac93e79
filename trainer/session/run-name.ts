// Session names: the default `<task>-YYYYMMDD-HHMMSS` (made unique with -2, -3... when taken) and validation
// of user-given names, which must stay inside the logdir.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function defaultRunName(task: string, date: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${task}-${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`;
}

/** Returns why `name` is not a valid session name, or null. */
export function invalidRunName(name: string): string | null {
  if (name === '') return 'must not be empty';
  if (name.startsWith('/') || name.includes('\\')) return "must be a relative '/'-separated path";
  if (name.split('/').some((p) => p === '' || p === '.' || p === '..'))
    return "must not contain empty, '.' or '..' parts";
  if (!/^[A-Za-z0-9._\-/]+$/.test(name)) return 'may only contain letters, digits, ".", "_", "-" and "/"';
  if (name.split('/').some((p) => p === 'train' || p === 'validation'))
    return "must not use 'train' or 'validation' as a part";
  return null;
}

export function uniqueRunName(logdir: string, base: string): string {
  if (!existsSync(join(logdir, base))) return base;
  for (let i = 2; ; i++) if (!existsSync(join(logdir, `${base}-${i}`))) return `${base}-${i}`;
}
