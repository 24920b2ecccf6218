/**
 * The manifest's `namespace-missing` finding is withdrawn for a custom resource whose CRD, in the same run, says
 * `scope: Cluster`: such an object has no namespace to set. The per-object rule knows only the well-known kinds
 * (src/data/kubernetes-cluster-scoped.json); this project checker sees the CRDs of the run.
 */
import type { ProjectContext } from '../core/checkers.js';
import type { Finding } from '../core/types.js';
import { crdsOf } from './crds.js';
import { apiGroup } from './pods.js';
import { projectContext } from './project.js';

export function withdrawNamespaceMissingForClusterCrds(ctx: ProjectContext): Finding[] {
  const candidates = (ctx.findings ?? []).filter((f) => f.ruleId === 'namespace-missing');
  if (!ctx.withdraw || candidates.length === 0) return [];
  const { objects } = projectContext(ctx);
  const clusterKinds = new Set(crdsOf(objects).filter((crd) => crd.spec.scope === 'Cluster').map((crd) => `${crd.group}/${crd.kind}`));
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
