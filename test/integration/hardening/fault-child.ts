// Child processes of the fault tests, run as `node --import tsx fault-child.ts <mode> ...`:
//   write <runDir> <fromStep> <delayMs>: writes scalar `loss` = step with the real summary writer, flushing
//     after every point, and prints each flushed step on stdout ("S <step>") until killed;
//   lock <sqliteFile> <holdMs>: holds `BEGIN EXCLUSIVE` on the run store for holdMs, printing "locked" and
//     "released", then records a session `after-lock` through the run store API.
import Database from 'better-sqlite3';
import { openRunStore } from '../../../runstore/run-store.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';

const [mode, target, a, b] = process.argv.slice(2);

async function write(dir: string, from: number, delayMs: number): Promise<void> {
  const w = createSummaryWriter(dir, {
    flushMs: 60_000,
    onError: (err) => process.stdout.write(`E ${err.message}\n`),
  });
  for (let step = from; ; step++) {
    w.scalar('loss', step, step);
    w.flush();
    process.stdout.write(`S ${step}\n`);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  }
}

async function lock(file: string, holdMs: number): Promise<void> {
  const db = new Database(file);
  db.pragma('busy_timeout = 10000');
  db.exec('BEGIN EXCLUSIVE');
  process.stdout.write('locked\n');
  await new Promise((r) => setTimeout(r, holdMs));
  db.exec('COMMIT');
  db.close();
  process.stdout.write('released\n');
  const store = openRunStore(file);
  store.createSession({ id: 'after-lock', task: 'xor', backend: 'cpu', startedAt: Date.now() / 1000 });
  store.close();
  process.stdout.write('done\n');
}

if (mode === 'write') await write(target!, Number(a ?? 0), Number(b ?? 2));
else if (mode === 'lock') await lock(target!, Number(a ?? 3000));
else throw new Error(`unknown mode ${mode}`);
