/** The CLI entry point: flags in, report out, exit code from --fail-on. Thin by design: the core does the work. */
import { existsSync, writeFileSync } from 'node:fs';
import { ConfigError, configuredFailOnFor } from '../config/load.js';
import { run } from '../core/engine.js';
import { atOrAbove } from '../core/types.js';
import { TOOL_VERSION } from '../core/about.js';
import { renderReport } from '../report/render.js';
import { inShard } from '../core/shard.js';
import { parseCli, USAGE, UsageError } from './args.js';

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
  let report;
  try {
    report = await run({
      paths: options.paths, configFile: options.config, options: options.options,
      // A shard reads every file (the project-wide checks need them all) and reports only its own.
      ...(options.shard ? { reportFilter: inShard(options.shard) } : {}),
      // The build log goes to stderr, so a JSON or SARIF report on stdout stays clean.
      build: options.build ? { ...options.build, log: process.stderr } : undefined,
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`shipshape: configuration error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  // Without --fail-on, the config found from the working directory decides (hadolint reads $PWD/.hadolint.yaml).
  let failOn = options.failOn;
  if (!options.failOnGiven) {
    try {
      failOn = configuredFailOnFor(process.cwd(), options.config) ?? failOn;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
    }
  }
  if (options.shard) report.shard = options.shard;
  const text = renderReport(report, options.format, options.colour);
  if (options.output) writeFileSync(options.output, text);
  else process.stdout.write(text);
  return report.findings.some((f) => atOrAbove(f.severity, failOn)) ? 1 : 0;
}

