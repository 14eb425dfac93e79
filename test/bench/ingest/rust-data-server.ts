// TensorBoard's Rust data server run on its own over a logdir (`--reload once`, every scalar kept:
// `--samples-per-plugin scalars=all`): its own "Finished load cycle" time (every file read, multi-threaded) and
// the peak RSS of the process. The binary comes from the venv's
// tensorboard_data_server package (its server_binary()).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { killTree, sampleRss } from './process-probe.ts';

export function rustDataServerBinary(python: string): string | undefined {
  const r = spawnSync(python, ['-c', 'import tensorboard_data_server as s; print(s.server_binary())'], {
    encoding: 'utf8',
  });
  const bin = r.stdout?.trim();
  return bin && existsSync(bin) ? bin : undefined;
}

function durationSecs(text: string): number {
  const m = /^([\d.]+)(ns|µs|us|ms|s)$/.exec(text);
  if (!m) throw new Error(`cannot parse the Rust data server's duration ${text}`);
  const scale = { ns: 1e-9, µs: 1e-6, us: 1e-6, ms: 1e-3, s: 1 }[m[2] as 'ns' | 'µs' | 'us' | 'ms' | 's'];
  return Number(m[1]) * scale;
}

export async function rustLoadOnce(
  bin: string,
  logdir: string,
  timeoutSecs: number,
): Promise<{ loadSecs: number; peakRssBytes: number }> {
  const args = ['--logdir', logdir, '--reload', 'once', '--samples-per-plugin', 'scalars=all'];
  args.push('--host', '127.0.0.1', '--port', '0', '-v');
  const child = spawn(bin, args, { stdio: ['pipe', 'ignore', 'pipe'], detached: true });
  const rss = sampleRss(child.pid!);
  let log = '';
  try {
    const loadSecs = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Rust data server: no finished load within ${timeoutSecs} s`)),
        timeoutSecs * 1000,
      );
      child.stderr.on('data', (d: Buffer) => {
        log = (log + d.toString()).slice(-8000);
        const m = /Finished load cycle \(([^)]+)\)/.exec(log);
        if (m) {
          clearTimeout(timer);
          resolve(durationSecs(m[1]!));
        }
      });
      child.on('exit', (code) => reject(new Error(`Rust data server exited ${code}: ${log}`)));
    });
    return { loadSecs, peakRssBytes: rss.peak() };
  } finally {
    rss.stop();
    await killTree(child);
  }
}
