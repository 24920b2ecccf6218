import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  MergeError,
  mergeReports,
  parseReport
} from "./chunk-3RVGCBC7.js";
import {
  USAGE
} from "./chunk-HZYNHPRG.js";
import {
  renderReport,
  writeReport
} from "./chunk-EUCGAQ3T.js";
import "./chunk-NKWLBF3J.js";
import "./chunk-VLNDKBEE.js";
import "./chunk-EMQ6UYHY.js";
import "./chunk-BRXAADAB.js";
import "./chunk-FRDFALO4.js";
import {
  atOrAbove,
  isFailOn
} from "./chunk-O3VY6SPR.js";
import "./chunk-EAY3PT7W.js";
import "./chunk-L52PBGJD.js";
import "./chunk-BA6OQRX4.js";
import "./chunk-4JEQPCOM.js";
import "./chunk-53RL47MI.js";
import "./chunk-BE2CS7BA.js";
import "./chunk-VUGGHO27.js";

// src/cli/merge.ts
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
async function mergeMain(argv) {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string", default: "error" },
        "no-color": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    }));
  } catch (error) {
    return usage(error.message);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = values.format;
  const failOn = values["fail-on"];
  if (format !== "text" && format !== "json" && format !== "sarif") return usage(`--format must be text, json or sarif, not '${format}'`);
  if (!isFailOn(failOn)) return usage(`--fail-on must be error, warning, info or none, not '${failOn}'`);
  if (positionals.length === 0) return usage("merge needs the JSON reports to combine");
  let report;
  try {
    report = mergeReports(positionals.map((path) => ({ name: path, report: parseReport(readText(path), path) })));
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    process.stderr.write(`shipshape merge: ${error.message}
`);
    return 2;
  }
  const colour = Boolean(process.stdout.isTTY) && !values["no-color"] && !("NO_COLOR" in process.env) && format === "text" && !values.output;
  const text = renderReport(report, format, colour);
  if (!writeReport(text, values.output, "shipshape merge")) return 2;
  return report.findings.some((f) => atOrAbove(f.severity, failOn)) ? 1 : 0;
}
function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new MergeError(`${path}: cannot read (${error.code ?? error.message})`);
  }
}
function usage(message) {
  process.stderr.write(`shipshape merge: ${message}

${USAGE}`);
  return 2;
}
export {
  mergeMain
};
