import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  maxOf
} from "./chunk-NKWLBF3J.js";
import {
  renderJson
} from "./chunk-VLNDKBEE.js";
import {
  buildLabel
} from "./chunk-EMQ6UYHY.js";
import {
  renderSarif
} from "./chunk-EAY3PT7W.js";
import {
  formatBytes
} from "./chunk-4JEQPCOM.js";

// src/report/text-images.ts
var LARGEST = 8;
var BAR = 24;
var WASTE = 5;
var EIGHTHS = ["", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"];
function renderImagesText(images, paint) {
  return images.flatMap((image) => [...renderImage(image, paint), ""]);
}
function renderImage(image, paint) {
  const tag = image.kept === false ? `${image.tag} (removed after measuring; --keep-images keeps it)` : image.tag;
  const out = [`${paint("bold", `Image of ${buildLabel(image.dockerfile, image.target, image.buildArgs)}`)}  ${paint("dim", `${tag} \xB7 ${image.builder}`)}`];
  out.push(`  ${formatBytes(image.sizeBytes)} (${formatBytes(image.compressedBytes)} compressed) \xB7 ${image.layers.length} layers \xB7 efficiency ${(image.efficiency * 100).toFixed(1)} % \xB7 ${formatBytes(image.reclaimableBytes)} reclaimable \xB7 built in ${image.buildSeconds.toFixed(1)} s, measured in ${image.analysisSeconds.toFixed(1)} s`);
  if (image.base) out.push(`  ${baseLine(image)}`);
  const largest = [...image.layers].sort((a, b) => b.sizeBytes - a.sizeBytes || a.index - b.index).slice(0, LARGEST);
  if (largest.length && image.sizeBytes > 0) {
    out.push(paint("dim", "  largest layers"));
    const sizeWidth = Math.max(...largest.map((l) => formatBytes(l.sizeBytes).length));
    for (const layer of largest) {
      const share = layer.sizeBytes / image.sizeBytes;
      out.push(`    ${formatBytes(layer.sizeBytes).padStart(sizeWidth)}  ${bar(share)}  ${(share * 100).toFixed(1).padStart(5)} %  ${origin(layer, image.dockerfile)}`);
    }
  }
  const waste = image.topWaste.slice(0, WASTE);
  if (waste.length) {
    out.push(paint("dim", "  top waste"));
    for (const w of waste) {
      out.push(`    ${formatBytes(w.wastedBytes).padStart(8)}  ${oneLine(w.path)}  ${paint("dim", `added by ${lineName(w.addedBy.line)}, ${w.removedBy.how} by ${lineName(w.removedBy.line)}`)}`);
    }
  }
  return out;
}
function baseLine(image) {
  const base = image.base;
  if (base.error !== null || base.deltaBytes === null || base.sizeBytes === null) return `against ${base.ref}: no delta (${oneLine(base.error ?? "not measured")})`;
  const sign = base.deltaBytes > 0 ? "+" : base.deltaBytes < 0 ? "-" : "\xB1";
  const percent = base.deltaPercent === null ? "" : ` (${sign}${Math.abs(base.deltaPercent).toFixed(1)} %)`;
  return `against ${base.ref}: ${sign}${formatBytes(Math.abs(base.deltaBytes))}${percent}, from ${formatBytes(base.sizeBytes)}`;
}
function origin(layer, dockerfile) {
  const text = oneLine(layer.instruction ?? layer.createdBy.replace(/\s*# buildkit$/, ""));
  const short = text.length > 70 ? `${text.slice(0, 69)}\u2026` : text;
  if (layer.line !== null) return `${dockerfile}:${layer.line}  ${short}`;
  return layer.fromBase ? `(base image)  ${short}` : `(layer ${layer.index})  ${short}`;
}
function lineName(line) {
  return line === null ? "the base image" : `line ${line}`;
}
function bar(share) {
  const eighths = Math.round(Math.min(1, Math.max(0, share)) * BAR * 8);
  const full = Math.floor(eighths / 8);
  const text = "\u2588".repeat(full) + EIGHTHS[eighths % 8];
  return (text || "\u258F").padEnd(BAR, " ");
}
function oneLine(text) {
  return text.replace(/[\x00-\x1f\x7f]+/g, " ");
}

// src/report/text.ts
var COLOURS = {
  error: ["\x1B[31m", "\x1B[39m"],
  warning: ["\x1B[33m", "\x1B[39m"],
  info: ["\x1B[36m", "\x1B[39m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  bold: ["\x1B[1m", "\x1B[22m"]
};
function renderText(report, colour) {
  const paint = (style, text) => colour ? COLOURS[style][0] + text + COLOURS[style][1] : text;
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(paint("bold", file));
    const width = maxOf(findings.map((f) => location(f).length));
    for (const f of findings) {
      out.push(`  ${paint("dim", location(f).padEnd(width))}  ${paint(f.severity, f.severity.padEnd(7))}  ${oneLine2(f.message)}  ${paint("dim", f.ruleId)}`);
    }
    out.push("");
  }
  out.push(...renderImagesText(report.images ?? [], paint));
  for (const notice of report.notices ?? []) out.push(paint("dim", `note: ${notice}`));
  const count = (s) => report.findings.filter((f) => f.severity === s).length;
  const files = report.files.length;
  const summary = `${report.findings.length} finding${report.findings.length === 1 ? "" : "s"} (${count("error")} error, ${count("warning")} warning, ${count("info")} info) in ${files} file${files === 1 ? "" : "s"}`;
  out.push(report.findings.length ? paint("bold", summary) : `No findings in ${files} file${files === 1 ? "" : "s"}.`);
  return out.join("\n") + "\n";
}
function location(f) {
  const lines = f.endLine > f.line ? `${f.line}-${f.endLine}` : `${f.line}`;
  return f.column ? `${lines}:${f.column}` : lines;
}
function oneLine2(text) {
  return text.replace(/[\x00-\x1f\x7f]+/g, " ");
}

// src/report/render.ts
function renderReport(report, format, colour = false) {
  if (format === "json") return renderJson(report);
  if (format === "sarif") return renderSarif(report);
  return renderText(report, colour);
}

// src/cli/output.ts
import { writeFileSync } from "node:fs";
function writeReport(text, output, command = "shipshape") {
  if (!output) {
    process.stdout.write(text);
    return true;
  }
  try {
    writeFileSync(output, text);
    return true;
  } catch (error) {
    const code = error.code;
    process.stderr.write(`${command}: cannot write the report to ${output} (${code ?? error.message})
`);
    return false;
  }
}

export {
  renderReport,
  writeReport
};
