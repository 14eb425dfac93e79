#!/usr/bin/env node
// Entry point of the `trainboard` command: registers the TypeScript loader, then runs the CLI dispatcher.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
