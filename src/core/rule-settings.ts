/** Turns a rule's hit into a finding under the configuration in force for its file. */
import type { Config, RuleSetting } from '../config/schema.js';
import type { Finding, Rule, RuleHit, RuleMeta, RuleOptions, Severity } from './types.js';
import { ruleMeta, targetOf } from '../rules/registry.js';

/** The setting in force for `meta`'s rule (or the id it speaks for): every target's, overlaid by its own target's. */
function settingOf(meta: RuleMeta, config: Config, id = meta.id): RuleSetting | undefined {
  const plain = config.rules[id];
  if (!config.targetRules) return plain;
  const target = targetOf(meta);
  const own = target === undefined ? undefined : config.targetRules[target]?.[id];
  return own ? { ...plain, ...own, options: { ...plain?.options, ...own.options } } : plain;
}

export function ruleEnabled(meta: RuleMeta, config: Config): boolean {
  const setting = settingOf(meta, config);
  if (setting?.enabled !== undefined) return setting.enabled;
  return meta.enabledByDefault !== false;
}

/** Rule options: the global `options:` block, overlaid by the rule's own `options:`. */
export function ruleOptions(meta: RuleMeta, config: Config): RuleOptions {
  return { ...config.options, ...settingOf(meta, config)?.options };
}

export function toFinding(meta: RuleMeta, hit: RuleHit, file: string, config: Config): Finding | null {
  const id = hit.ruleId ?? meta.id;
  // A rule speaking for another id (ShellCheck's SCxxxx) is configured under that id.
  const setting = settingOf(meta, config, id);
  if (setting?.enabled === false) return null;
  const severity: Severity = setting?.severity ?? hit.severity ?? (id === meta.id ? meta.severity : ruleMeta(id)?.severity ?? meta.severity);
  const finding: Finding = {
    ruleId: id, severity, message: hit.message, file, line: hit.line, endLine: Math.max(hit.endLine ?? hit.line, hit.line),
    category: meta.category,
  };
  if (hit.column !== undefined) finding.column = hit.column;
  return finding;
}

/** Runs every enabled rule over a model; a rule that throws becomes a finding-free notice, never a crash. */
export function runRules<Ctx>(rules: Rule<Ctx>[], ctx: Ctx, file: string, config: Config, notices: string[]): Finding[] {
  const findings: Finding[] = [];
  // Most rules have no options of their own: they share one copy of the global block (rules only read options).
  let globalOptions: RuleOptions | undefined;
  for (const rule of rules) {
    if (!ruleEnabled(rule.meta, config)) continue;
    const own = settingOf(rule.meta, config)?.options;
    const options = own ? ruleOptions(rule.meta, config) : (globalOptions ??= { ...config.options });
    let hits: RuleHit[];
    try {
      hits = rule.check(ctx, options);
    } catch (error) {
      notices.push(`${file}: rule ${rule.meta.id} failed (${(error as Error).message}); its findings are missing`);
      continue;
    }
    // A rule that checks each command says the same thing twice for `pip install a && pip install b`: once is enough.
    const said = hits.length > 1 ? new Set<string>() : null;
    for (const hit of hits) {
      const finding = toFinding(rule.meta, hit, file, config);
      if (!finding) continue;
      if (said) {
        const key = `${finding.ruleId}\0${finding.line}\0${finding.endLine}\0${finding.column ?? ''}\0${finding.message}`;
        if (said.has(key)) continue;
        said.add(key);
      }
      findings.push(finding);
    }
  }
  return findings;
}
