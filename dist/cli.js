#!/usr/bin/env node
import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import "./chunk-QYLEYO7G.js";
import {
  USAGE,
  UsageError,
  parseCli
} from "./chunk-HZYNHPRG.js";
import {
  prestartLintWorkers
} from "./chunk-HUCAUT67.js";
import "./chunk-FRDFALO4.js";
import "./chunk-O3VY6SPR.js";
import {
  TOOL_VERSION
} from "./chunk-53RL47MI.js";
import "./chunk-BE2CS7BA.js";
import "./chunk-VUGGHO27.js";

// src/cli/main.ts
import { existsSync, statSync } from "node:fs";
async function main(argv) {
  if (argv[0] === "merge") return (await import("./chunk-BZG3RZR3.js")).mergeMain(argv.slice(1));
  let options;
  try {
    options = parseCli(argv, Boolean(process.stdout.isTTY));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`shipshape: ${error.message}

${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${TOOL_VERSION}
`);
    return 0;
  }
  if (options.paths.length === 0) {
    process.stderr.write(`shipshape: no paths given

${USAGE}`);
    return 2;
  }
  const missing = options.paths.filter((p) => !existsSync(p));
  if (missing.length) {
    process.stderr.write(`shipshape: no such file or directory: ${missing.join(", ")}
`);
    return 2;
  }
  prestartLintWorkers(options.paths.every((p) => statSync(p, { throwIfNoEntry: false })?.isFile()) ? options.paths.length : Infinity);
  return (await import("./chunk-PKGT5IDJ.js")).lintAndReport(options);
}

// src/cli/bin.ts
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`shipshape: internal error: ${error?.stack ?? String(error)}
`);
    process.exitCode = 2;
  }
);
