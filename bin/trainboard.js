#!/usr/bin/env node
// Entry point of the `trainboard` command. Installed from npm it runs the compiled CLI in dist/ (no loader,
// no TypeScript at run time). In a source checkout (cli/main.ts beside this folder) it runs the sources through
// the tsx loader, so development and the repository's tests never see a stale build;
// TRAINBOARD_COMPILED=1 forces the compiled CLI there too.
import { existsSync } from 'node:fs';

const fromSource =
  process.env.TRAINBOARD_COMPILED !== '1' && existsSync(new URL('../cli/main.ts', import.meta.url));
let main;
if (fromSource) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
} else {
  ({ main } = await import('../dist/cli/main.js'));
}
process.exitCode = await main(process.argv.slice(2));
