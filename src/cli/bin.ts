#!/usr/bin/env node
/** `node dist/cli.js`: runs the CLI and sets the exit code. */
// First: V8 flags for the whole run (src/core/v8-tuning.ts).
import '../core/v8-tuning.js';
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`shipshape: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
