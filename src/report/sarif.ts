/** SARIF 2.1.0: one run per kind of target so GitHub code scanning keeps them apart; rules carry their help. */
import { createHash } from 'node:crypto';
import type { Finding, Report, Severity } from '../core/types.js';
import { TOOL_NAME, TOOL_VERSION, REPOSITORY_URL, ruleDocUrl } from '../core/about.js';
import { allRules, ruleMeta } from '../rules/registry.js';
import { ruleHelpMarkdown } from './rule-docs.js';
import { encodePath } from './markdown-escape.js';

// Ids can repeat across targets (root-user is a Dockerfile rule and a manifest rule): keep every target per id.
const targetsOf = new Map<string, string[]>();
for (const r of allRules) targetsOf.set(r.meta.id, [...(targetsOf.get(r.meta.id) ?? []), r.target]);
const CATEGORIES = ['dockerfile', 'kubernetes', 'image'];
const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

export function renderSarif(report: Report): string {
  const typeOf = new Map(report.files.map((f) => [f.file, f.type as string]));
  // Every category always gets its run, empty or not: code scanning closes a category's alerts only when a run
  // for that category says there are none left.
  const groups = new Map<string, Finding[]>(CATEGORIES.map((c) => [c, []]));
  for (const finding of report.findings) {
    const targets = (targetsOf.get(finding.ruleId) ?? []).filter((t) => t !== 'any');
    const type = typeOf.get(finding.file);
    const category = targets.length === 1 ? targets[0] : type && (targets.includes(type) || targets.length === 0) ? type : (targets[0] ?? 'dockerfile');
    (groups.get(category) ?? groups.get('dockerfile'))?.push(finding);
  }
  const runs = [...groups].map(([category, findings]) => sarifRun(category, findings));
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2) + '\n';
}

function sarifRun(category: string, findings: Finding[]) {
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
          region: { startLine: f.line, endLine: f.endLine, ...(f.column ? { startColumn: f.column } : {}) },
        },
      }],
      partialFingerprints: { 'shipshape/v1': fingerprint(f) },
      // Set by the action when it compared with the base branch.
      ...(f.status ? { baselineState: f.status === 'new' ? 'new' : 'unchanged' } : {}),
    })),
  };
}

function sarifRule(id: string, category: string) {
  const meta = allRules.find((r) => r.meta.id === id && r.target === category)?.meta ?? ruleMeta(id);
  if (!meta) {
    // An id no rule declares (ShellCheck's SCxxxx): still every field code scanning shows.
    const text = `${id}; see ${ruleDocUrl(id)}`;
    return { id, name: id, shortDescription: { text: id }, fullDescription: { text }, help: { text, markdown: text }, helpUri: ruleDocUrl(id), defaultConfiguration: { level: 'warning' } };
  }
  const fence = category === 'kubernetes' ? 'yaml' : 'dockerfile';
  return {
    id,
    name: meta.id,
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.docs.why },
    help: { text: `${meta.docs.why} Fix: ${meta.docs.fix}`, markdown: ruleHelpMarkdown(meta, fence) },
    helpUri: ruleDocUrl(id),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { category: meta.category, tags: [meta.category, ...meta.aliases] },
  };
}

/**
 * Stable across line moves and small size changes: the rule, the file and the message (which names the instruction
 * or field) with its numbers blanked, since some messages cite a line or a size.
 */
export function fingerprint(f: Finding): string {
  return createHash('sha256').update(`${f.ruleId}\0${f.file}\0${f.message.replace(/\d+(?:\.\d+)?/g, '#')}`).digest('hex').slice(0, 32);
}

