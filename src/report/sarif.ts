/** SARIF 2.1.0: one run per kind of target so GitHub code scanning keeps them apart; rules carry their help. */
import { createHash } from 'node:crypto';
import type { Finding, Report, Severity } from '../core/types.js';
import { TOOL_NAME, TOOL_VERSION, REPOSITORY_URL, ruleDocUrl } from '../core/about.js';
import { allRules, ruleMeta } from '../rules/registry.js';
import { ruleHelpMarkdown } from './rule-docs.js';

const targetOf = new Map(allRules.map((r) => [r.meta.id, r.target]));
const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

export function renderSarif(report: Report): string {
  const typeOf = new Map(report.files.map((f) => [f.file, f.type as string]));
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const target = targetOf.get(finding.ruleId);
    const category = target && target !== 'any' ? target : (typeOf.get(finding.file) ?? 'dockerfile');
    groups.set(category, [...(groups.get(category) ?? []), finding]);
  }
  if (groups.size === 0) groups.set('dockerfile', []);
  const runs = [...groups].map(([category, findings]) => sarifRun(category, findings));
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2) + '\n';
}

function sarifRun(category: string, findings: Finding[]) {
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  const rules = ids.map((id) => sarifRule(id));
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
          artifactLocation: { uri: f.file },
          region: { startLine: f.line, endLine: f.endLine, ...(f.column ? { startColumn: f.column } : {}) },
        },
      }],
      partialFingerprints: { 'shipshape/v1': fingerprint(f) },
    })),
  };
}

function sarifRule(id: string) {
  const meta = ruleMeta(id);
  if (!meta) return { id, name: id, shortDescription: { text: id }, helpUri: ruleDocUrl(id) };
  const fence = targetOf.get(id) === 'kubernetes' ? 'yaml' : 'dockerfile';
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

/** Stable across line moves: the rule, the file and the message (which names the instruction or field). */
function fingerprint(f: Finding): string {
  return createHash('sha256').update(`${f.ruleId}\0${f.file}\0${f.message}`).digest('hex').slice(0, 32);
}
