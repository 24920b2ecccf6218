import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  failingFindings,
  gateReason,
  publish,
  writeReportFiles
} from "./chunk-SZOCVRDJ.js";
import {
  InputError,
  info,
  setFailed
} from "./chunk-DETAYXKM.js";
import {
  mergeReports,
  parseReport
} from "./chunk-3RVGCBC7.js";
import "./chunk-VLNDKBEE.js";
import "./chunk-EMQ6UYHY.js";
import "./chunk-BRXAADAB.js";
import "./chunk-FRDFALO4.js";
import "./chunk-O3VY6SPR.js";
import "./chunk-BA6OQRX4.js";
import {
  require_picomatch
} from "./chunk-4JEQPCOM.js";
import "./chunk-53RL47MI.js";
import "./chunk-BE2CS7BA.js";
import "./chunk-QWTCEQYU.js";
import {
  __toESM
} from "./chunk-VUGGHO27.js";

// src/action/merge-reports.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
async function finishShard(report, shard, outputDir, inputs) {
  report.shard = shard;
  await writeReportFiles(report, outputDir, inputs.sarifFile);
  info(`shipshape: shard ${shard.index}/${shard.count} found ${report.findings.length} findings in ${report.files.length} files; a job with merge-reports publishes and gates them`);
}
async function publishMerged(p) {
  const { inputs, context } = p;
  const paths = findFiles(context.workspace, inputs.mergeReports);
  if (paths.length === 0) throw new InputError(`merge-reports: no file matches ${inputs.mergeReports.map((g) => `'${g}'`).join(", ")} (were the shards' reports downloaded?)`);
  const report = mergeReports(paths.map((path) => {
    const name = relative(context.workspace, path);
    return { name, report: parseReport(readFileSync(path, "utf8"), name) };
  }));
  const failing = failingFindings(report.findings, inputs.failOn, inputs.newFindingsOnly);
  await writeReportFiles(report, context.workspace, inputs.sarifFile);
  const checked = `${report.files.length} file${report.files.length === 1 ? "" : "s"}`;
  await publish({ report, context, inputs, github: p.github, failing, scope: `the ${checked} ${paths.length} shards checked`, notes: p.notes, onChangedLine: () => false });
  if (failing.length) setFailed(gateReason(failing, inputs.failOn, inputs.newFindingsOnly));
}
function findFiles(workspace, patterns) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(workspace, pattern);
    const { base, glob, isGlob } = import_picomatch.default.scan(absolute);
    if (!isGlob) {
      if (isFile(absolute)) found.add(absolute);
      continue;
    }
    const matches = (0, import_picomatch.default)(glob, { dot: true });
    const walk = (dir) => {
      let names;
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const path = join(dir, name);
        if (isFile(path)) {
          if (matches(relative(base, path).split("\\").join("/"))) found.add(path);
        } else if (name !== ".git" && name !== "node_modules" && isDirectory(path)) walk(path);
      }
    };
    walk(base);
  }
  return [...found].sort();
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
export {
  findFiles,
  finishShard,
  publishMerged
};
