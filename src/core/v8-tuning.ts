/**
 * V8's tier-up budget for a short-lived linter. Imported first by the entry points (src/cli/bin.ts,
 * src/action/bin.ts), so it is set before the engine's code is loaded; V8 flags are per process, so the lint
 * workers get it too.
 *
 * By default V8 hands a function to its optimising compiler (TurboFan, on a background thread) after little
 * work. A run of the engine calls hundreds of functions a few thousand times each: on the corpus about a third of
 * the CPU went to optimised code that was ready when the run was nearly over, on a thread that competes with the
 * lint workers for the same cores. A larger budget keeps the hot loops (YAML scanning, shell tokenising) optimised
 * and the rest in the interpreter and baseline code. Measured with `npm run bench` (BENCHMARKS.md): whole corpus
 * −20 % CPU, and faster at 4× and 16× the corpus too. A budget the user set in NODE_OPTIONS wins.
 */
import { setFlagsFromString } from 'node:v8';

const INTERRUPT_BUDGET = 2_000_000;

if (!`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`.includes('interrupt-budget')) {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
