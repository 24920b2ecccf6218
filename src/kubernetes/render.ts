/**
 * Helm charts and Kustomizations: rendered with the real tools, then checked like any manifest, with findings mapped
 * back to the file a person edits — the template named by helm's `# Source:` comment, or the resource file named by
 * kustomize's `config.kubernetes.io/origin` annotation.
 *
 * The engine hands every discovered file to planRendering() first. Files inside a chart (templates are Go templates,
 * values.yaml is no manifest) never reach the raw manifest checker; a Kustomization's resources and patches are
 * checked through its output. When the tool is missing, one `render-skipped` finding says so (a Kustomization's
 * files are then checked as written, its patches skipped); when it fails or times out, one `render-failed` finding.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { LintedFile } from '../core/checkers.js';
import { CHART_FILE, KUSTOMIZATION_NAMES } from '../discover/classify.js';
import type { DiscoveredFile } from '../discover/walk.js';
import { renderChart } from './render-helm.js';
import { cachedKustomizationReader, patchFiles, referencedKustomizations, renderKustomization } from './render-kustomize.js';
import { isInside, Outputs, type Commit, type RenderContext } from './render-tools.js';

export { findTool, type RenderContext } from './render-tools.js';

export interface RenderPlan {
  /** Discovered files still to be checked one by one. */
  rest: DiscoveredFile[];
  /** Rendered output, one entry per file findings map to, plus the chart/kustomization files that carry a render finding. */
  linted: LintedFile[];
}

export async function planRendering(discovered: DiscoveredFile[], ctx: RenderContext): Promise<RenderPlan> {
  const charts = chartRoots(discovered);
  const inChart = (path: string) => charts.some((root) => isInside(path, root));
  const all = discovered.filter((f) => KUSTOMIZATION_NAMES.has(basename(f.path)) && !inChart(f.path) && !f.error).map((f) => f.path);
  // A base that an overlay of the run builds on is checked through the overlay (which may set its namespace).
  // A Component cannot be built on its own: its files are checked as written, its patches skipped.
  const read = cachedKustomizationReader();
  const bases = new Set(all.flatMap((file) => referencedKustomizations(file, read)));
  const components = all.filter((file) => read(file)?.kind === 'Component');
  const kustomizations = all.filter((file) => !bases.has(file) && !components.includes(file));
  const fragments = new Set(components.flatMap((file) => patchFiles(file, read)));
  // A chart's YAML is templates and values, checked through helm's output; a Dockerfile beside its Chart.yaml (an
  // app and its chart in one directory) is an ordinary Dockerfile.
  let rest = discovered.filter((f) => f.type === 'dockerfile' || (!inChart(f.path) && !KUSTOMIZATION_NAMES.has(basename(f.path)) && !fragments.has(f.path)));
  // The tools run side by side (each is a process of its own); their output is read in a fixed order.
  const jobs = [...charts.map((root) => () => renderChart(root, ctx)), ...kustomizations.map((file) => () => renderKustomization(file, ctx, read))];
  const out = new Outputs(ctx);
  for (const commit of await inParallel(jobs, Math.max(1, availableParallelism()))) {
    const consumed = commit(out);
    rest = rest.filter((f) => !consumed.has(f.path));
  }
  return { rest, linted: out.files() };
}

async function inParallel(jobs: (() => Promise<Commit>)[], limit: number): Promise<Commit[]> {
  const results: Commit[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/** The charts helm renders: each directory with a Chart.yaml above a discovered file, subcharts left to their parent. */
export function chartRoots(discovered: DiscoveredFile[]): string[] {
  const roots = new Set<string>();
  const checked = new Map<string, boolean>();
  const hasChart = (dir: string) => {
    let known = checked.get(dir);
    if (known === undefined) checked.set(dir, (known = existsSync(join(dir, CHART_FILE))));
    return known;
  };
  for (const file of discovered) {
    for (let dir = dirname(file.path); ; dir = dirname(dir)) {
      if (hasChart(dir)) roots.add(dir);
      if (dirname(dir) === dir) break;
    }
  }
  // Keep the outermost: helm renders subcharts as part of their parent.
  const sorted = [...roots].sort((a, b) => a.length - b.length);
  return sorted.filter((root, i) => !sorted.slice(0, i).some((outer) => isInside(root, outer)));
}
