// Test helper: reads every run of a logdir with the tfevents reader and interpreter, as the server would.
import { createEventStreamReader } from '../../../tfevents/event-stream-reader.ts';
import { createRunInterpreter, type Sample } from '../../../tfevents/event-interpreter.ts';
import { openFileByteSource } from '../../../tfevents/node/file-byte-source.ts';
import { scanLogdir } from '../../../tfevents/node/logdir-scan.ts';

export interface ReadRun {
  samples: Sample[];
  /** tag -> plugin name. */
  plugins: Map<string, string>;
  damaged: number;
}

export function readLogdir(logdir: string): Map<string, ReadRun> {
  const out = new Map<string, ReadRun>();
  for (const run of scanLogdir(logdir).runs) {
    const interp = createRunInterpreter();
    const samples: Sample[] = [];
    let damaged = 0;
    for (const file of run.files) {
      const source = openFileByteSource(file);
      try {
        const batch = createEventStreamReader(source, file).readAvailable();
        damaged += batch.damaged.length + (batch.fatal ? 1 : 0);
        for (const e of batch.events) samples.push(...interp.interpret(e.event));
      } finally {
        source.close();
      }
    }
    const plugins = new Map([...interp.tags()].map(([tag, info]) => [tag, info.plugin]));
    out.set(run.run, { samples, plugins, damaged });
  }
  return out;
}

/** Steps of a scalar tag in a run, in file order. */
export function scalarSteps(run: ReadRun | undefined, tag: string): number[] {
  return (run?.samples ?? []).flatMap((s) => (s.kind === 'scalar' && s.tag === tag ? [s.step] : []));
}
