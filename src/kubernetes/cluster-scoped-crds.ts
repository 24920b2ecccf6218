/**
 * The manifest's `namespace-missing` finding is withdrawn for a custom resource whose CRD, in the same run, says
 * `scope: Cluster`: such an object has no namespace to set. The per-object rule knows only the well-known kinds
 * (src/data/kubernetes-cluster-scoped.json); this project checker sees the CRDs of the run.
 */
import type { ProjectContext } from '../core/checkers.js';
import type { Finding } from '../core/types.js';
import { isObject } from './parse.js';
import { apiGroup } from './pods.js';
import { projectContext } from './project.js';

export function withdrawNamespaceMissingForClusterCrds(ctx: ProjectContext): Finding[] {
  const candidates = (ctx.findings ?? []).filter((f) => f.ruleId === 'namespace-missing');
  if (!ctx.withdraw || candidates.length === 0) return [];
  const { objects } = projectContext(ctx);
  const clusterKinds = new Set<string>();
  for (const crd of objects) {
    if (crd.kind !== 'CustomResourceDefinition' || !crd.apiVersion.startsWith('apiextensions.k8s.io/')) continue;
    const spec = crd.value.spec;
    if (isObject(spec) && spec.scope === 'Cluster' && typeof spec.group === 'string' && isObject(spec.names) && typeof spec.names.kind === 'string') {
      clusterKinds.add(`${spec.group}/${spec.names.kind}`);
    }
  }
  if (clusterKinds.size === 0) return [];
  // file → the lines namespace-missing points at for those objects.
  const lines = new Map<string, Set<number>>();
  for (const object of objects) {
    if (!clusterKinds.has(`${apiGroup(object.apiVersion)}/${object.kind}`)) continue;
    const own = lines.get(object.file) ?? new Set<number>();
    own.add(object.lineOf(['metadata', 'namespace']));
    lines.set(object.file, own);
  }
  for (const finding of candidates) if (lines.get(finding.file)?.has(finding.line)) ctx.withdraw(finding);
  return [];
}
