import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  describeApiError,
  error,
  isPermissionError,
  notice,
  setOutput,
  statusOf,
  summary,
  warning
} from "./chunk-DETAYXKM.js";
import {
  renderJson
} from "./chunk-VLNDKBEE.js";
import {
  buildVariant
} from "./chunk-EMQ6UYHY.js";
import {
  byPlace
} from "./chunk-BRXAADAB.js";
import {
  SEVERITY_RANK,
  atOrAbove
} from "./chunk-O3VY6SPR.js";
import {
  encodePath,
  escapeMarkdown,
  link
} from "./chunk-BA6OQRX4.js";
import {
  formatBytes
} from "./chunk-4JEQPCOM.js";
import {
  TOOL_NAME,
  TOOL_VERSION,
  ruleDocUrl
} from "./chunk-53RL47MI.js";

// src/action/gate.ts
function failingFindings(findings, failOn, newOnly) {
  return findings.filter((f) => atOrAbove(f.severity, failOn) && (!newOnly || f.status !== "existing"));
}
function gateReason(failing, failOn, newOnly) {
  const first = failing[0];
  const more = failing.length > 1 ? ` and ${failing.length - 1} more` : "";
  const kind = newOnly ? "new finding" : "finding";
  const where = `${first.ruleId} at ${first.file}:${first.line}`.replace(/[\r\n]+/g, " ");
  return `shipshape: ${failing.length} ${kind}${failing.length === 1 ? "" : "s"} at or above ${failOn} (${where}${more})`;
}

// src/action/outputs.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
async function writeReportFiles(report, workspace, sarifFile) {
  const reportFile = join(process.env.RUNNER_TEMP || tmpdir(), "shipshape-report.json");
  writeFileSync(reportFile, renderJson(report));
  setOutput("report-file", reportFile);
  if (sarifFile) {
    const path = resolve(workspace, sarifFile);
    mkdirSync(dirname(path), { recursive: true });
    const { renderSarif } = await import("./chunk-5JRYNM6Y.js");
    writeFileSync(path, renderSarif(report));
    setOutput("sarif-file", path);
  }
  setOutput("findings", report.findings.length);
  setOutput("errors", report.findings.filter((f) => f.severity === "error").length);
  setOutput("warnings", report.findings.filter((f) => f.severity === "warning").length);
  const image = report.images?.[0];
  if (image) {
    setOutput("image-size", image.sizeBytes);
    if (image.base?.deltaBytes != null) setOutput("image-size-delta", image.base.deltaBytes);
  }
}

// src/action/publish.ts
import { createHash } from "node:crypto";

// src/github/check-run.ts
var ANNOTATIONS_PER_REQUEST = 50;
var CHECK_SUMMARY_LIMIT = 65535;
async function publishCheckRun(github, run) {
  const batches = [];
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations) => ({
    title: run.title,
    summary: run.summary.slice(0, CHECK_SUMMARY_LIMIT),
    ...annotations?.length ? { annotations } : {}
  });
  const finished = { status: "completed", conclusion: run.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() };
  const single = batches.length <= 1;
  const { data } = await github.request("POST /repos/{owner}/{repo}/check-runs", {
    ...run.repo,
    name: run.name,
    head_sha: run.headSha,
    ...single ? finished : { status: "in_progress" },
    output: output(batches[0])
  });
  let requests = 1;
  if (single) return { url: data.html_url ?? "", requests };
  let completed = false;
  try {
    for (let i = 1; i < batches.length; i++) {
      const last = i === batches.length - 1;
      await github.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...run.repo, check_run_id: data.id, ...last ? finished : {}, output: output(batches[i]) });
      requests++;
      completed = last;
    }
  } finally {
    if (!completed) await github.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...run.repo, check_run_id: data.id, ...finished }).catch(() => void 0);
  }
  return { url: data.html_url ?? "", requests };
}

// src/github/sticky-comment.ts
async function upsertStickyComment(github, comment) {
  const { repo, issueNumber, marker, body: body2 } = comment;
  const existing = await findSticky(github, repo, issueNumber, marker, comment.signature);
  if (existing) {
    if (existing.body === body2) return { action: "unchanged", url: existing.html_url };
    try {
      const { data: data2 } = await github.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: existing.id, body: body2 });
      return { action: "updated", url: data2.html_url };
    } catch (error2) {
      if (statusOf(error2) !== 404) throw error2;
    }
  } else if (!comment.create) {
    return { action: "none" };
  }
  const { data } = await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: issueNumber, body: body2 });
  return { action: "created", url: data.html_url };
}
async function findSticky(github, repo, issueNumber, marker, signature) {
  const matches = [];
  const pages = github.paginate.iterator("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    for (const c of page.data) if (c.body?.startsWith(marker)) matches.push(c);
  }
  return matches.find((c) => c.user?.type === "Bot") ?? matches.find((c) => c.body?.includes(signature));
}

// src/report/markdown-images.ts
var LARGEST_LAYERS = 5;
var BAR_WIDTH = 20;
var CHANGED_INSTRUCTIONS = 3;
function renderImages(images, lineUrl) {
  return images.map((image) => renderImage(image, lineUrl)).join("\n\n");
}
function renderImage(image, lineUrl) {
  const base = image.base;
  const variant = buildVariant(image.target, image.buildArgs);
  const out = [`### \u{1F4E6} Image of ${link(image.dockerfile, lineUrl(image.dockerfile, 1, 1))}${variant ? ` (${escapeMarkdown(variant)})` : ""}`, ""];
  out.push(`| | This change | Base${base ? ` (${escapeMarkdown(shortRef(base.ref))})` : ""} | Delta |`, "|---|--:|--:|--:|");
  out.push(`| Size | ${formatBytes(image.sizeBytes)} | ${formatMaybe(base?.sizeBytes)} | ${formatDelta(base?.deltaBytes ?? null, base?.deltaPercent ?? null)} |`);
  const compressedDelta = base?.compressedBytes != null ? image.compressedBytes - base.compressedBytes : null;
  out.push(`| Compressed (pull) | ${formatBytes(image.compressedBytes)} | ${formatMaybe(base?.compressedBytes)} | ${formatDelta(compressedDelta, null)} |`);
  out.push(`| Layers | ${image.layers.length} | | |`);
  out.push(`| Efficiency | ${(image.efficiency * 100).toFixed(1)} % | | |`);
  out.push(`| Wasted | ${formatBytes(image.wastedBytes)} | | |`);
  if (base?.error) out.push("", `Base not measured: ${escapeMarkdown(base.error)}`);
  if (base) out.push(...biggestChanges(base.instructions, image.dockerfile, lineUrl));
  const largest = [...image.layers].sort((a, b) => b.sizeBytes - a.sizeBytes).slice(0, LARGEST_LAYERS);
  const biggest = largest[0]?.sizeBytes ?? 0;
  if (largest.length && biggest > 0) {
    out.push("", `**Largest layers**`, "", "| Layer | Size | | Made by |", "|--:|--:|---|---|");
    for (const layer of largest) out.push(`| ${layer.index + 1} | ${formatBytes(layer.sizeBytes)} | \`${bar(layer.sizeBytes / biggest)}\` | ${madeBy(layer, image.dockerfile, lineUrl)} |`);
    out.push("", layerChart(image.layers));
  }
  return out.join("\n");
}
function madeBy(layer, dockerfile, lineUrl) {
  const text = clip(layer.instruction ?? layer.createdBy);
  const what = layer.fromBase ? `base image${text ? `: ${escapeMarkdown(text)}` : ""}` : escapeMarkdown(text || "(no history)");
  if (layer.line === null) return what;
  return `${link(`line ${layer.line}`, lineUrl(dockerfile, layer.line, layer.endLine ?? layer.line))}: ${what}`;
}
function biggestChanges(deltas, dockerfile, lineUrl) {
  const top = deltas.filter((d) => d.deltaBytes !== 0).sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes)).slice(0, CHANGED_INSTRUCTIONS);
  if (top.length === 0) return [];
  const rows = top.map((d) => {
    const where = d.line === null ? "removed" : link(`line ${d.line}`, lineUrl(dockerfile, d.line, d.endLine ?? d.line));
    return `| ${where} | ${escapeMarkdown(clip(d.instruction))} | ${formatDelta(d.deltaBytes, null)} |`;
  });
  return ["", "**Largest changes against the base**", "", "| Where | Instruction | Delta |", "|---|---|--:|", ...rows];
}
function clip(text) {
  return text.length > 80 ? `${text.slice(0, 79)}\u2026` : text;
}
function layerChart(layers) {
  const shown = layers.slice(-60);
  const mb = shown.map((l) => Number((l.sizeBytes / 1e6).toFixed(2)));
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Layer sizes (MB)"',
    `  x-axis [${shown.map((l) => `"L${l.index + 1}"`).join(", ")}]`,
    '  y-axis "MB"',
    `  bar [${mb.join(", ")}]`,
    "```"
  ].join("\n");
}
function bar(fraction) {
  const filled = Math.max(1, Math.round(fraction * BAR_WIDTH));
  return "\u2588".repeat(filled) + "\u2591".repeat(BAR_WIDTH - filled);
}
function shortRef(ref) {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}
function formatMaybe(bytes) {
  return bytes == null ? "\u2014" : formatBytes(bytes);
}
function formatDelta(bytes, percent) {
  if (bytes === null) return "\u2014";
  const sign = bytes > 0 ? "+" : bytes < 0 ? "\u2212" : "\xB1";
  const pct = percent === null ? "" : ` (${sign}${Math.abs(percent).toFixed(1)} %)`;
  return `${sign}${formatBytes(Math.abs(bytes))}${pct}`;
}

// src/report/markdown.ts
var REPORT_SIGNATURE = `<sub>${TOOL_NAME} `;
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", info: "\u{1F535}" };
var OPEN_ROWS = 10;
var MESSAGE_MAX = 400;
function renderMarkdown(report, options) {
  const measure = options.measure ?? ((text2) => text2.length);
  const ranked = [...report.findings].sort(importance);
  const render = (kept) => body(report, ranked.slice(0, kept), ranked.slice(kept), options);
  let text = render(ranked.length);
  if (measure(text) < options.limit) return text;
  let low = 0;
  let high = ranked.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(render(mid)) < options.limit) low = mid;
    else high = mid - 1;
  }
  text = render(low);
  if (measure(text) < options.limit) return text;
  const signatureAt = text.lastIndexOf(REPORT_SIGNATURE);
  const footer = `
\u2026

${text.slice(signatureAt)}`;
  let head = text.slice(0, signatureAt);
  while (head && measure(head + footer) >= options.limit) head = head.slice(0, Math.floor(head.length * 0.9));
  return head + footer;
}
function body(report, shown, omittedRows, options) {
  const omitted = omittedRows.length;
  const lineUrl = options.lineUrl ?? (() => void 0);
  const out = [];
  if (options.header) out.push(options.header);
  out.push(`## ${verdict(report.findings, options)}`, "");
  if (report.findings.length) out.push(counts(report.findings), "", gateLine(options), "");
  const compared = report.findings.some((f) => f.status);
  const fresh = shown.filter((f) => f.status !== "existing").sort(tableOrder);
  const existing = shown.filter((f) => f.status === "existing").sort(tableOrder);
  if (fresh.length) {
    out.push(`### ${compared ? "New findings" : "Findings"}`, "", ...table(fresh.slice(0, OPEN_ROWS), lineUrl), "");
    if (fresh.length > OPEN_ROWS) out.push(...collapsed(`${fresh.length - OPEN_ROWS} more`, table(fresh.slice(OPEN_ROWS), lineUrl)));
  }
  if (existing.length) out.push(...collapsed(`${existing.length} existing finding${plural(existing.length)}, already on the base`, table(existing, lineUrl)));
  if (omitted) {
    const left = ["error", "warning", "info"].map((s) => [s, omittedRows.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
    const what = left.map(([s, n]) => `${n} ${s}${s === "info" ? "" : plural(n)}`).join(", ");
    out.push(`> [!NOTE]`, `> ${omitted} more finding${plural(omitted)} (${what}) left out to stay within GitHub's size limit; ${options.fullReport}.`, "");
  }
  if (report.images?.length) out.push(renderImages(report.images, lineUrl), "");
  const notes = [...report.notices ?? [], ...options.notes ?? []];
  if (notes.length) out.push(...collapsed(`${notes.length} note${plural(notes.length)} about this run`, notes.map((n) => `- ${escapeMarkdown(n)}`)));
  const run = options.runUrl ? ` \xB7 ${link("workflow run", options.runUrl)}` : "";
  out.push(`${REPORT_SIGNATURE}${TOOL_VERSION}${run}</sub>`);
  return out.join("\n") + "\n";
}
function verdict(findings, options) {
  if (options.failing) return `\u274C ${TOOL_NAME}: ${options.failing} finding${plural(options.failing)} fail${options.failing === 1 ? "s" : ""} the gate`;
  if (findings.length) return `\u26A0\uFE0F ${TOOL_NAME}: ${findings.length} finding${plural(findings.length)}, none failing the gate`;
  return `\u2705 ${TOOL_NAME}: all clear${options.scope ? ` in ${escapeMarkdown(options.scope)}` : ""}`;
}
function counts(findings) {
  const by = (s) => findings.filter((f) => f.severity === s).length;
  const parts = ["error", "warning", "info"].map((s) => `${ICON[s]} ${by(s)} ${s}${s === "info" ? "" : plural(by(s))}`);
  const fresh = findings.filter((f) => f.status === "new").length;
  const existing = findings.filter((f) => f.status === "existing").length;
  const status = fresh + existing ? ` \u2014 **${fresh} new**, ${existing} existing` : "";
  return parts.join(" \xB7 ") + status;
}
function gateLine(options) {
  if (options.failOn === "none") return "The gate is off (`fail-on: none`).";
  const which = options.newFindingsOnly ? "new findings" : "findings";
  return `The gate fails on ${which} at or above \`${options.failOn}\`${options.failing ? "." : ": none here."}`;
}
function table(findings, lineUrl) {
  const rows = ["| Severity | Rule | Where | Message |", "|---|---|---|---|"];
  for (const f of findings) {
    const where = f.endLine > f.line ? `${f.file}:${f.line}-${f.endLine}` : `${f.file}:${f.line}`;
    const message = f.message.length > MESSAGE_MAX ? `${f.message.slice(0, MESSAGE_MAX - 1)}\u2026` : f.message;
    rows.push(`| ${ICON[f.severity]} ${f.severity} | ${link(f.ruleId, ruleDocUrl(f.ruleId))} | ${link(where, lineUrl(f.file, f.line, f.endLine))} | ${escapeMarkdown(message)} |`);
  }
  return rows;
}
function collapsed(summary2, lines) {
  return ["<details>", `<summary>${summary2}</summary>`, "", ...lines, "", "</details>", ""];
}
function importance(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || Number(a.status === "existing") - Number(b.status === "existing") || tableOrder(a, b);
}
function tableOrder(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || byPlace(a, b);
}
function plural(n) {
  return n === 1 ? "" : "s";
}

// src/action/annotations.ts
var LEVEL = { error: "failure", warning: "warning", info: "notice" };
var COMMANDS_SHOWN_PER_TYPE = 10;
function toCheckAnnotations(findings) {
  return findings.map((f) => ({
    path: f.file,
    start_line: f.line,
    end_line: f.endLine,
    ...f.column && f.endLine === f.line ? { start_column: f.column } : {},
    annotation_level: LEVEL[f.severity],
    title: f.ruleId.slice(0, 255),
    message: annotationMessage(f)
  }));
}
function annotationMessage(f) {
  const status = f.status === "existing" ? " (already on the base)" : "";
  return `${f.message}${status}
${ruleDocUrl(f.ruleId)}`.slice(0, 6e4);
}
var EMIT = { error, warning, info: notice };
function emitCommandAnnotations(findings, first, gateFails = false) {
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || Number(first(b)) - Number(first(a)) || Number(a.status === "existing") - Number(b.status === "existing") || byPlace(a, b));
  let emitted = 0;
  let hidden = 0;
  for (const severity of ["error", "warning", "info"]) {
    const ofType = ordered.filter((f) => f.severity === severity);
    const shown = severity === "error" && gateFails ? COMMANDS_SHOWN_PER_TYPE - 1 : COMMANDS_SHOWN_PER_TYPE;
    const room = ofType.length > shown ? shown - 1 : ofType.length;
    for (const f of ofType.slice(0, room)) {
      EMIT[severity](annotationMessage(f), { title: f.ruleId, file: f.file, startLine: f.line, endLine: f.endLine, ...f.column && f.endLine === f.line ? { startColumn: f.column } : {} });
    }
    emitted += room;
    const rest = ofType.length - room;
    if (rest > 0) {
      hidden += rest;
      EMIT[severity](`${rest} more ${severity} finding${rest === 1 ? "" : "s"} in the job summary (GitHub shows ${COMMANDS_SHOWN_PER_TYPE} annotations of each type per step)`, { title: "shipshape" });
    }
  }
  return { emitted, hidden };
}

// src/action/publish.ts
var COMMENT_LIMIT = 65536;
var ALL_IN_REPORT = "the JSON report (output `report-file`) has them all";
var MORE_IN_SUMMARY = `the job summary lists more, and ${ALL_IN_REPORT}`;
var SUMMARY_LIMIT = 1024 * 1024;
async function publish(p) {
  const { context, inputs, github, report } = p;
  const repo = { owner: context.owner, repo: context.repo };
  const denied = [];
  const mayWrite = Boolean(github) && !context.pull?.fromFork;
  if (github && context.pull?.fromFork) denied.push("comment or create check runs on a pull request from a fork");
  if (!github && context.pull) p.notes.push("no github-token: no pull request comment, and annotations are workflow commands");
  const label = runLabel(context, inputs);
  const markdown = (extra) => renderMarkdown(report, {
    lineUrl: (file, line, endLine) => `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}/${encodePath(file)}#L${line}${endLine > line ? `-L${endLine}` : ""}`,
    failOn: inputs.failOn,
    newFindingsOnly: inputs.newFindingsOnly,
    failing: p.failing.length,
    scope: p.scope,
    runUrl: context.runUrl,
    notes: p.notes,
    ...extra
  });
  try {
    let annotated = inputs.annotations !== "checks" || report.findings.length === 0;
    if (!annotated && github && mayWrite && context.sha) {
      try {
        const summary2 = markdown({ limit: CHECK_SUMMARY_LIMIT, fullReport: MORE_IN_SUMMARY });
        const conclusion = p.failing.length ? "failure" : report.findings.length ? "neutral" : "success";
        await publishCheckRun(github, { repo, name: label.checkName, headSha: context.sha, conclusion, title: titleOf(report, p.failing), summary: summary2, annotations: toCheckAnnotations(report.findings) });
        annotated = true;
      } catch (error2) {
        if (isPermissionError(error2)) denied.push("create check runs (it needs `checks: write`)");
        else p.notes.push(`could not create the check run (${describeApiError(error2)}); annotating with workflow commands`);
      }
    }
    if (!annotated || inputs.annotations === "commands") {
      const { hidden } = emitCommandAnnotations(report.findings, p.onChangedLine, p.failing.length > 0);
      if (hidden) p.notes.push(`${hidden} finding${hidden === 1 ? "" : "s"} did not fit GitHub's 10 annotations per type; all are listed here`);
    }
    if (context.pull && inputs.comment !== "never" && github && mayWrite) {
      try {
        const header = label.marker;
        const body2 = markdown({ limit: COMMENT_LIMIT, fullReport: MORE_IN_SUMMARY, header });
        const create = inputs.comment === "always" || report.findings.length > 0;
        const result = await upsertStickyComment(github, { repo, issueNumber: context.pull.number, marker: header, signature: REPORT_SIGNATURE, body: body2, create });
        if (result.url) setOutput("comment-url", result.url);
      } catch (error2) {
        if (isPermissionError(error2)) denied.push("comment on the pull request (it needs `pull-requests: write`)");
        else p.notes.push(`could not update the pull request comment (${describeApiError(error2)})`);
      }
    }
  } finally {
    if (denied.length) {
      const what = `the token cannot ${denied.join(" or ")}`;
      p.notes.push(what);
      const annotations = inputs.annotations === "none" ? "" : " and annotations are workflow commands";
      notice(`shipshape: ${what}; the report is in the job summary${annotations}.`);
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      const summary2 = markdown({ limit: SUMMARY_LIMIT, fullReport: ALL_IN_REPORT, measure: (s) => Buffer.byteLength(s) });
      await summary.addRaw(summary2).write().catch((error2) => warning(`shipshape: could not write the job summary: ${error2.message}`));
    }
  }
}
function runLabel(context, inputs) {
  const scope = [...inputs.paths, ...inputs.exclude.map((e) => `!${e}`)].join(", ");
  const job = context.job.replace(/[^\w.-]/g, "_");
  if (!scope) return { marker: `<!-- shipshape:${job} -->`, checkName: "shipshape" };
  const key = createHash("sha256").update(scope).digest("hex").slice(0, 12);
  return { marker: `<!-- shipshape:${job}:${key} -->`, checkName: `shipshape (${scope.length > 60 ? `${scope.slice(0, 59)}\u2026` : scope})` };
}
function titleOf(report, failing) {
  if (failing.length) return `${failing.length} finding${failing.length === 1 ? "" : "s"} fail the gate`;
  return report.findings.length ? `${report.findings.length} finding${report.findings.length === 1 ? "" : "s"}` : "All clear";
}

export {
  failingFindings,
  gateReason,
  writeReportFiles,
  publish
};
