/** Helpers every rule file uses to declare itself; they only attach types, so a rule stays plain data + a function. */
import type { DockerfileModel } from '../dockerfile/model.js';
import type { Rule, RuleMeta, RuleTarget } from '../core/types.js';

export type DockerfileRule = Rule<DockerfileModel> & { target: 'dockerfile' };

/** A rule whose findings the engine itself emits (parse errors, skipped steps): metadata only, for docs and SARIF. */
export interface EngineRule {
  meta: RuleMeta;
  target: RuleTarget | 'any';
}

export function dockerfileRule(rule: Rule<DockerfileModel>): DockerfileRule {
  return { ...rule, target: 'dockerfile' };
}

export function engineRule(meta: RuleMeta, target: RuleTarget | 'any' = 'any'): EngineRule {
  return { meta, target };
}

// Refined by the Kubernetes and image stages as they land; until then they take any context.
export type KubernetesRule = Rule<never> & { target: 'kubernetes' };
export type ImageRule = Rule<never> & { target: 'image' };
