#!/usr/bin/env node
// Entry point of the `trainboard` command. Installed from npm it runs the compiled CLI in dist/ (no loader,
// no TypeScript at run time). In a source checkout (cli/main.ts beside this folder, tsx installed) it runs the
// sources through the tsx loader, so development and the repository's tests never see a stale build;
// TRAINBOARD_COMPILED=1 forces the compiled CLI there too.
import { existsSync } from 'node:fs';

async function loadMain() {
  if (process.env.TRAINBOARD_COMPILED !== '1' && existsSync(new URL('../cli/main.ts', import.meta.url))) {
    let register;
    try {
      ({ register } = await import('tsx/esm/api'));
    } catch {
      register = undefined; // a checkout installed without devDependencies: run the build
    }
    if (register) {
      register();
      return (await import('../cli/main.ts')).main;
    }
  }
  return (await import('../dist/cli/main.js')).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
