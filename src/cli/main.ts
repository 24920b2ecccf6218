/** The CLI entry point: flags in, report out, exit code from --fail-on. Thin by design: the core does the work. */
import { existsSync, statSync } from 'node:fs';
import { TOOL_VERSION } from '../core/about.js';
import { parseCli, USAGE, UsageError } from './args.js';
import { prestartLintWorkers } from '../core/lint-threads.js';

export async function main(argv: string[]): Promise<number> {
  // `shipshape merge <report.json...>`: the shards of a matrix become one report (src/cli/merge.ts).
  if (argv[0] === 'merge') return (await import('./merge.js')).mergeMain(argv.slice(1));
  let options;
  try {
    options = parseCli(argv, Boolean(process.stdout.isTTY));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`shipshape: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (options.paths.length === 0) {
    process.stderr.write(`shipshape: no paths given\n\n${USAGE}`);
    return 2;
  }
  const missing = options.paths.filter((p) => !existsSync(p));
  if (missing.length) {
    process.stderr.write(`shipshape: no such file or directory: ${missing.join(', ')}\n`);
    return 2;
  }
  // The lint workers load their bundle while this thread loads the engine (src/core/lint-threads.ts); files given
  // one by one (a pre-commit hook) are counted, so a handful starts none.
  prestartLintWorkers(options.paths.every((p) => statSync(p, { throwIfNoEntry: false })?.isFile()) ? options.paths.length : Infinity);
  // The engine, its rules and parsers load only now: --help, --version and usage errors answer without them.
  return (await import('./lint.js')).lintAndReport(options);
}
