/** The project-wide Kubernetes checks: rules that need every manifest (and Dockerfile) of the run at once. */
import type { ProjectContext } from '../core/checkers.js';
import type { Finding } from '../core/types.js';
import { ruleEnabled, ruleOptions, toFinding } from '../core/rule-settings.js';
import type { DockerfileModel } from '../dockerfile/model.js';
import type { KubernetesProjectContext, KubernetesProjectRule } from '../rules/define.js';
import { kubernetesRules } from '../rules/index.js';
import { ignoresFor, isIgnored } from './ignores.js';
import type { ParsedManifests } from './parse.js';
import { podSpecOf } from './pods.js';

export function projectContext(ctx: ProjectContext): KubernetesProjectContext {
  const objects = ctx.files.filter((f) => f.type === 'kubernetes' && f.model).flatMap((f) => (f.model as ParsedManifests).objects);
  // A Dockerfile has a model exactly when it has no error; the model is read only for a Dockerfile a container links
  // to (a worker thread's Dockerfile is parsed again on the main thread when asked: src/core/lint-pool.ts).
  const dockerfiles = ctx.files.filter((f) => f.type === 'dockerfile' && f.error === null).map((f) => ({ file: f.file, get model() { return f.model as DockerfileModel; } }));
  return { objects, dockerfiles };
}

export function lintKubernetesProject(ctx: ProjectContext): Finding[] {
  const rules = kubernetesRules.filter((r): r is KubernetesProjectRule => r.scope === 'project');
  const manifests = ctx.files.filter((f) => f.type === 'kubernetes');
  if (rules.length === 0 || manifests.length === 0) return [];
  const kube = projectContext(ctx);
  // Project rules read options from the configuration of the first manifest: one run, one answer.
  const baseConfig = manifests[0].config;
  const configs = [...new Set(manifests.map((f) => f.config))];
  const findings: Finding[] = [];
  for (const rule of rules) {
    // A rule that every configuration turns off is not run: each of its hits would be dropped below.
    if (!configs.some((config) => ruleEnabled(rule.meta, config))) continue;
    let hits;
    try {
      hits = rule.check(kube, ruleOptions(rule.meta, baseConfig));
    } catch (error) {
      ctx.notices.push(`rule ${rule.meta.id} failed (${(error as Error).message}); its findings are missing`);
      continue;
    }
    for (const { object, ...hit } of hits) {
      const config = ctx.configFor(object.file);
      if (!ruleEnabled(rule.meta, config) || isIgnored(ignoresFor(object, podSpecOf(object)), hit.ruleId ?? rule.meta.id)) continue;
      const finding = toFinding(rule.meta, hit, object.file, config);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
