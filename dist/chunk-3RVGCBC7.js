import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  inFileOrder,
  sortFindings
} from "./chunk-BRXAADAB.js";

// src/report/merge.ts
var MergeError = class extends Error {
};
function parseReport(text, name) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MergeError(`${name}: not JSON (${error.message})`);
  }
  const report = value;
  if (typeof report !== "object" || report === null || Array.isArray(report)) throw new MergeError(`${name}: not a shipshape JSON report`);
  if (report.version !== 1) throw new MergeError(`${name}: report version ${JSON.stringify(report.version)} is not 1 (made by another shipshape?)`);
  if (!Array.isArray(report.findings) || !Array.isArray(report.files)) throw new MergeError(`${name}: not a shipshape JSON report (no findings or files list)`);
  return report;
}
function mergeReports(inputs) {
  if (inputs.length === 0) throw new MergeError("no reports to merge");
  checkShards(inputs);
  const owner = /* @__PURE__ */ new Map();
  inputs.forEach(({ report }, i) => {
    for (const entry of report.files) if (!owner.has(entry.file)) owner.set(entry.file, i);
  });
  const files = [];
  const added = /* @__PURE__ */ new Set();
  const findings = [];
  const notices = [];
  const images = [];
  inputs.forEach(({ report }, i) => {
    for (const entry of report.files) {
      if (owner.get(entry.file) === i && !added.has(entry.file)) files.push(entry);
      added.add(entry.file);
    }
    for (const finding of report.findings) {
      if (!owner.has(finding.file)) owner.set(finding.file, i);
      if (owner.get(finding.file) === i) findings.push(finding);
    }
    for (const notice of report.notices ?? []) if (!notices.includes(notice)) notices.push(notice);
    images.push(...report.images ?? []);
  });
  return {
    version: 1,
    findings: sortFindings(findings),
    files: files.sort(inFileOrder),
    notices,
    ...images.length ? { images } : {}
  };
}
function checkShards(inputs) {
  const sharded = inputs.filter((r) => r.report.shard);
  if (sharded.length === 0) return;
  const counts = [...new Set(sharded.map((r) => r.report.shard?.count))];
  if (counts.length > 1) throw new MergeError(`the reports come from different shardings (${counts.map((c) => `n=${c}`).join(", ")})`);
  const count = counts[0];
  const seen = /* @__PURE__ */ new Map();
  for (const { name, report } of sharded) {
    const index = report.shard?.index;
    const earlier = seen.get(index);
    if (earlier !== void 0) throw new MergeError(`shard ${index}/${count} appears twice (${earlier} and ${name})`);
    seen.set(index, name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new MergeError(`missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")}: a merge of some shards would under-report`);
}

export {
  MergeError,
  parseReport,
  mergeReports
};
