import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  allRules,
  ruleMeta
} from "./chunk-L52PBGJD.js";
import {
  encodePath
} from "./chunk-BA6OQRX4.js";
import {
  REPOSITORY_URL,
  TOOL_NAME,
  TOOL_VERSION,
  ruleDocUrl
} from "./chunk-53RL47MI.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";

// src/report/rule-docs.ts
function ruleHelpMarkdown(meta, fence = "dockerfile") {
  const aliases = meta.aliases.length ? `

Also known as: ${meta.aliases.map((a) => `\`${a}\``).join(", ")}.` : "";
  const off = meta.enabledByDefault === false ? "\n\nOff by default; turn it on in `.shipshape.yml`." : "";
  return `${meta.docs.why}

**Fix:** ${meta.docs.fix}${aliases}${off}

Bad:

\`\`\`${fence}
${meta.docs.bad}
\`\`\`

Good:

\`\`\`${fence}
${meta.docs.good}
\`\`\``;
}

// src/report/sarif.ts
var targetsOf = /* @__PURE__ */ new Map();
for (const r of allRules) targetsOf.set(r.meta.id, [...targetsOf.get(r.meta.id) ?? [], r.target]);
var CATEGORIES = ["dockerfile", "kubernetes", "image"];
var LEVEL = { error: "error", warning: "warning", info: "note" };
function renderSarif(report) {
  const typeOf = new Map(report.files.map((f) => [f.file, f.type]));
  const groups = new Map(CATEGORIES.map((c) => [c, []]));
  for (const finding of report.findings) {
    const targets = (targetsOf.get(finding.ruleId) ?? []).filter((t) => t !== "any");
    const type = typeOf.get(finding.file);
    const category = targets.length === 1 ? targets[0] : type && (targets.includes(type) || targets.length === 0) ? type : targets[0] ?? "dockerfile";
    (groups.get(category) ?? groups.get("dockerfile"))?.push(finding);
  }
  const runs = [...groups].map(([category, findings]) => sarifRun(category, findings));
  return JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs }, null, 2) + "\n";
}
function sarifRun(category, findings) {
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  const rules = ids.map((id) => sarifRule(id, category));
  return {
    tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, informationUri: REPOSITORY_URL, rules } },
    automationDetails: { id: `${TOOL_NAME}/${category}/` },
    results: findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ids.indexOf(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{
        physicalLocation: {
          // A URI reference: each segment percent-encoded, so `c#svc/Dockerfile` is no path `c` with a fragment.
          artifactLocation: { uri: encodePath(f.file) },
          region: { startLine: f.line, endLine: f.endLine, ...f.column ? { startColumn: f.column } : {} }
        }
      }],
      partialFingerprints: { "shipshape/v1": fingerprint(f) },
      // Set by the action when it compared with the base branch.
      ...f.status ? { baselineState: f.status === "new" ? "new" : "unchanged" } : {}
    }))
  };
}
function sarifRule(id, category) {
  const meta = allRules.find((r) => r.meta.id === id && r.target === category)?.meta ?? ruleMeta(id);
  if (!meta) {
    const text = `${id}; see ${ruleDocUrl(id)}`;
    return { id, name: id, shortDescription: { text: id }, fullDescription: { text }, help: { text, markdown: text }, helpUri: ruleDocUrl(id), defaultConfiguration: { level: "warning" } };
  }
  const fence = category === "kubernetes" ? "yaml" : "dockerfile";
  return {
    id,
    name: meta.id,
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.docs.why },
    help: { text: `${meta.docs.why} Fix: ${meta.docs.fix}`, markdown: ruleHelpMarkdown(meta, fence) },
    helpUri: ruleDocUrl(id),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { category: meta.category, tags: [meta.category, ...meta.aliases] }
  };
}
function fingerprint(f) {
  return createHash("sha256").update(`${f.ruleId}\0${f.file}\0${f.message.replace(/\d+(?:\.\d+)?/g, "#")}`).digest("hex").slice(0, 32);
}

export {
  renderSarif,
  fingerprint
};
