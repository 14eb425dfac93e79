// Session names: the default `<task>-YYYYMMDD-HHMMSS` (made unique with -2, -3... when taken) and validation
// of user-given names, which must stay inside the logdir. A local logdir is checked on disk, an s3:// one by
// listing its names (s3-run-names.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isRemoteLogPath } from '../../tfevents/node/summary-writer-factory.ts';
import { takenS3RunNames } from './s3-run-names.ts';

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

/** uniqueRunName() for a local or an s3:// logdir (one listing of the bucket for s3://). */
export async function uniqueRunNameAt(logdir: string, base: string): Promise<string> {
  if (!isRemoteLogPath(logdir)) return uniqueRunName(logdir, base);
  const taken = await takenS3RunNames(logdir, base);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
