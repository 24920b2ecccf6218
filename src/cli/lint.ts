/** A CLI run past its flags: the engine over the paths, the report rendered, the exit code from --fail-on. */
import { ConfigError, configuredFailOnFor } from '../config/load.js';
import { run } from '../core/engine.js';
import { writeReport } from './output.js';
import { atOrAbove } from '../core/types.js';
import { renderReport } from '../report/render.js';
import { inShard } from '../core/shard.js';
import type { CliOptions } from './args.js';

export async function lintAndReport(options: CliOptions): Promise<number> {
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
  if (!writeReport(text, options.output)) return 2;
  return report.findings.some((f) => atOrAbove(f.severity, failOn)) ? 1 : 0;
}
