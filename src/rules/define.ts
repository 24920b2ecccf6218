/** Helpers every rule file uses to declare itself; they only attach types, so a rule stays plain data + a function. */
import type { DockerfileModel } from '../dockerfile/model.js';
import type { ManifestFile, ManifestObject, PodSpecRef } from '../kubernetes/model.js';
import type { ImageFacts } from '../image/facts.js';
import type { Rule, RuleHit, RuleMeta, RuleOptions, RuleTarget } from '../core/types.js';

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

/**
 * What a Kubernetes rule sees: one object at a time, with its pod spec already found (null for objects that bear no
 * pods), and the other objects of its file. Hits give lines through `object.lineOf(path)`.
 */
export interface KubernetesContext {
  object: ManifestObject;
  /** The pod spec of a Pod, workload controller, Job, CronJob or PodTemplate; null for any other object. */
  pod: PodSpecRef | null;
  /** Every object of the same file. */
  file: ManifestFile;
}

/** What a project-wide Kubernetes rule sees: every manifest object and Dockerfile of the run (not only changed files). */
export interface KubernetesProjectContext {
  objects: ManifestObject[];
  dockerfiles: { file: string; model: DockerfileModel }[];
}

/** A project-wide hit names the object it is about: its file gives the finding's file, its annotations can ignore it. */
export interface KubernetesProjectHit extends RuleHit {
  object: ManifestObject;
}

export type KubernetesObjectRule = Rule<KubernetesContext> & { target: 'kubernetes'; scope: 'object' };
export interface KubernetesProjectRule {
  meta: RuleMeta;
  target: 'kubernetes';
  scope: 'project';
  check(ctx: KubernetesProjectContext, options: RuleOptions): KubernetesProjectHit[];
}
export type KubernetesRule = KubernetesObjectRule | KubernetesProjectRule;

/** A rule checked once per manifest object. */
export function kubernetesRule(rule: Rule<KubernetesContext>): KubernetesObjectRule {
  return { ...rule, target: 'kubernetes', scope: 'object' };
}

/** A rule that needs every manifest of the project at once (a Namespace and its ResourceQuota may live apart). */
export function kubernetesProjectRule(rule: Omit<KubernetesProjectRule, 'target' | 'scope'>): KubernetesProjectRule {
  return { ...rule, target: 'kubernetes', scope: 'project' };
}

/** A rule checked once per built image (src/image/facts.ts): its figures, its files, the Dockerfile that made it. */
export type ImageRule = Rule<ImageFacts> & { target: 'image' };

export function imageRule(rule: Rule<ImageFacts>): ImageRule {
  return { ...rule, target: 'image' };
}
