/** The project-wide Kubernetes checks: rules that need every manifest (and Dockerfile) of the run at once. */
import type { ProjectContext } from '../core/checkers.js';
import type { Finding } from '../core/types.js';
import { ruleEnabled, ruleOptions, toFinding } from '../core/rule-settings.js';
import type { DockerfileModel } from '../dockerfile/model.js';
import type { KubernetesProjectContext, KubernetesProjectRule } from '../rules/define.js';
import type { Config } from '../config/schema.js';
import { kubernetesRules } from '../rules/index.js';
import { ignoresFor, isIgnored } from './ignores.js';
import type { ParsedManifests } from './parse.js';
import { podSpecOf } from './pods.js';
import { oncePerProblem } from './repeats.js';

export function projectContext(ctx: ProjectContext): KubernetesProjectContext {
  const objects = ctx.files.filter((f) => f.type === 'kubernetes' && f.model).flatMap((f) => (f.model as ParsedManifests).objects);
  // A Dockerfile has a model exactly when it has no error; the model is read only for a Dockerfile a container links
  // to (a worker thread's Dockerfile is parsed again on the main thread when asked: src/core/lint-pool.ts).
  const dockerfiles = ctx.files.filter((f) => f.type === 'dockerfile' && f.error === null).map((f) => ({ file: f.file, get model() { return f.model as DockerfileModel; } }));
  return { objects, dockerfiles };
}

export function lintKubernetesProject(ctx: ProjectContext): Finding[] {
  return kubernetesProjectChecks().check(ctx);
}

/** Thrown by an early run's context when a rule reads the Dockerfiles: that rule waits for the end of the run. */
const NEEDS_DOCKERFILES = Symbol('the rule reads the Dockerfiles');

/**
 * The project rules of one run, in up to two steps. `early` may be called once every manifest is linted, while lint
 * workers still take Dockerfiles (src/core/engine.ts): it runs the rules that read manifests alone, so this thread's
 * longest project check (schema-invalid) overlaps the workers' Dockerfiles. A rule that touches `dockerfiles` there
 * is stopped and runs in `check`, at the end, with the rest. The findings are those one run at the end would give.
 */
export function kubernetesProjectChecks(): { early(ctx: ProjectContext): void; check(ctx: ProjectContext): Finding[] } {
  const earlyFindings = new Map<KubernetesProjectRule, Finding[]>();
  return {
    early(ctx) {
      const plan = projectRules(ctx);
      const kube = { objects: projectContext(ctx).objects, get dockerfiles(): never { throw NEEDS_DOCKERFILES; } };
      for (const rule of plan?.rules ?? []) {
        try {
          earlyFindings.set(rule, runRule(rule, ctx, kube, plan!.baseConfig));
        } catch (error) {
          if (error !== NEEDS_DOCKERFILES) throw error;
        }
      }
    },
    check(ctx) {
      const plan = projectRules(ctx);
      if (!plan) return [];
      const kube = projectContext(ctx);
      return plan.rules.flatMap((rule) => earlyFindings.get(rule) ?? runRule(rule, ctx, kube, plan.baseConfig));
    },
  };
}

/** The project rules some configuration turns on, and the configuration their options come from; null: nothing to run. */
function projectRules(ctx: ProjectContext): { rules: KubernetesProjectRule[]; baseConfig: Config } | null {
  const manifests = ctx.files.filter((f) => f.type === 'kubernetes');
  if (manifests.length === 0) return null;
  const configs = [...new Set(manifests.map((f) => f.config))];
  // A rule that every configuration turns off is not run: each of its hits would be dropped (runRule).
  const rules = kubernetesRules.filter((r): r is KubernetesProjectRule => r.scope === 'project' && configs.some((config) => ruleEnabled(r.meta, config)));
  // Project rules read options from the configuration of the first manifest: one run, one answer.
  return rules.length ? { rules, baseConfig: manifests[0].config } : null;
}

function runRule(rule: KubernetesProjectRule, ctx: ProjectContext, kube: KubernetesProjectContext, baseConfig: Config): Finding[] {
  let hits;
  try {
    hits = rule.check(kube, ruleOptions(rule.meta, baseConfig));
  } catch (error) {
    if (error === NEEDS_DOCKERFILES) throw error;
    ctx.notices.push(`rule ${rule.meta.id} failed (${(error as Error).message}); its findings are missing`);
    return [];
  }
  const findings: Finding[] = [];
  // A base shared by two overlays is two rendered objects on one line of one file: one problem there is one finding.
  const once = oncePerProblem();
  for (const { object, ...hit } of hits) {
    const config = ctx.configFor(object.file);
    if (!ruleEnabled(rule.meta, config) || isIgnored(ignoresFor(object, podSpecOf(object)), hit.ruleId ?? rule.meta.id)) continue;
    const finding = toFinding(rule.meta, hit, object.file, config);
    if (finding && (!object.renderedFrom || once(finding, object))) findings.push(finding);
  }
  return findings;
}
