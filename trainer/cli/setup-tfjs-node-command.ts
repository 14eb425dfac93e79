// `trainboard setup-tfjs-node`: builds the current project's @tensorflow/tfjs-node native addon offline (see
// trainer/backend/tfjs-node-builder.ts) and checks that it loads; says what it did, or why it could not.
import { resolve } from 'node:path';
import type { CommandIO } from '../../cli/command.ts';
import { parseFlags } from '../../cli/parse-flags.ts';
import { buildTfjsNodeAddon, checkTfjsNodeLoads, TfjsNodeSetupError } from '../backend/tfjs-node-builder.ts';

export const help = `usage: trainboard setup-tfjs-node [--project DIR] [--wheel FILE] [--python PATH] [--link]

Builds the native addon of the @tensorflow/tfjs-node that your project (DIR, default the current directory)
resolves, offline: TensorFlow's C library comes from --wheel (a tensorflow-cpu wheel, also $TRAINBOARD_TF_WHEEL),
else from the tensorflow installed for --python (default $PYTHON, ./.venv/bin/python, python3), else from a
tensorflow-cpu wheel that pip can fetch from its configured index. The addon is compiled with the node-gyp that
ships with npm. Install tfjs-node first with: npm install --save-exact @tensorflow/tfjs-node@4.22.0 --ignore-scripts
--link  symlink an installed tensorflow's libraries (800 MB) instead of copying them; keep that tensorflow then.
Afterwards \`trainboard train --backend auto\` (and your own code) uses tfjs-node; until then trainboard uses WASM.`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values } = parseFlags(args, {
    project: { type: 'string' },
    wheel: { type: 'string' },
    python: { type: 'string' },
    link: { type: 'boolean' },
  });
  const projectDir = resolve(values.project ?? process.cwd());
  const log = (line: string): void => io.stdout(`setup-tfjs-node: ${line}`);
  try {
    const built = await buildTfjsNodeAddon({
      projectDir,
      ...(values.wheel !== undefined && { wheel: values.wheel }),
      ...(values.python !== undefined && { python: values.python }),
      link: values.link === true,
      log,
    });
    log(`built ${built.binding}`);
    log(await checkTfjsNodeLoads(projectDir));
    return 0;
  } catch (err) {
    if (!(err instanceof TfjsNodeSetupError)) throw err;
    io.stderr(`trainboard setup-tfjs-node: ${err.message}`);
    return 1;
  }
}
