import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  run
} from "./chunk-7WCJ5V76.js";
import {
  ConfigError,
  configuredFailOnFor
} from "./chunk-V56OZ3OK.js";
import "./chunk-6MOYGY67.js";
import "./chunk-HUCAUT67.js";
import {
  renderReport,
  writeReport
} from "./chunk-EUCGAQ3T.js";
import "./chunk-NKWLBF3J.js";
import "./chunk-VLNDKBEE.js";
import "./chunk-EMQ6UYHY.js";
import "./chunk-BRXAADAB.js";
import {
  inShard
} from "./chunk-FRDFALO4.js";
import {
  atOrAbove
} from "./chunk-O3VY6SPR.js";
import "./chunk-EAY3PT7W.js";
import "./chunk-L52PBGJD.js";
import "./chunk-BA6OQRX4.js";
import "./chunk-4JEQPCOM.js";
import "./chunk-53RL47MI.js";
import "./chunk-BE2CS7BA.js";
import "./chunk-WPAU4ZYR.js";
import "./chunk-QWTCEQYU.js";
import "./chunk-VUGGHO27.js";

// src/cli/lint.ts
async function lintAndReport(options) {
  let report;
  try {
    report = await run({
      paths: options.paths,
      configFile: options.config,
      options: options.options,
      // A shard reads every file (the project-wide checks need them all) and reports only its own.
      ...options.shard ? { reportFilter: inShard(options.shard) } : {},
      // The build log goes to stderr, so a JSON or SARIF report on stdout stays clean.
      build: options.build ? { ...options.build, log: process.stderr } : void 0
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`shipshape: configuration error: ${error.message}
`);
      return 2;
    }
    throw error;
  }
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
export {
  lintAndReport
};
