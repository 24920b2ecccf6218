/** Where a config's rule setting goes: every target's rule of that id, or one target's (Config.targetRules). */
import type { Config, RuleSetting } from './schema.js';
import { settingTarget } from '../rules/registry.js';

/** Sets a rule by the name a config wrote (an id or a peer's alias); `only`: the one target the whole config is about. */
export function setRule(config: Config, name: string, setting: RuleSetting, only?: string): void {
  const { id, target } = settingTarget(name, only);
  if (target === null) config.rules[id] = setting;
  else ((config.targetRules ??= {})[target] ??= {})[id] = setting;
}

/** A later config's settings over an earlier one's, field by field; a setting for every target reaches each target's own. */
export function mergeRuleSettings(base: Config, over: Config): Pick<Config, 'rules' | 'targetRules'> {
  const merged = (a: RuleSetting | undefined, b: RuleSetting): RuleSetting => ({ ...a, ...b, options: { ...a?.options, ...b.options } });
  const rules: Record<string, RuleSetting> = { ...base.rules };
  const targetRules: Record<string, Record<string, RuleSetting>> = {};
  for (const [target, settings] of Object.entries(base.targetRules ?? {})) targetRules[target] = { ...settings };
  for (const [id, setting] of Object.entries(over.rules)) {
    rules[id] = merged(rules[id], setting);
    for (const settings of Object.values(targetRules)) if (settings[id]) settings[id] = merged(settings[id], setting);
  }
  for (const [target, settings] of Object.entries(over.targetRules ?? {})) {
    for (const [id, setting] of Object.entries(settings)) (targetRules[target] ??= {})[id] = merged(targetRules[target]?.[id], setting);
  }
  return Object.keys(targetRules).length ? { rules, targetRules } : { rules };
}
