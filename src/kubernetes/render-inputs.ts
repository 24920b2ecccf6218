/**
 * What each chart and Kustomization of a workspace is rendered from, and which files its findings land on. The
 * action needs both: a pull request that changes only values.yaml or a patch changes findings that are reported
 * on templates or base resources it did not touch (src/action/scope.ts decides what that puts in scope).
 *
 * Charts and kustomizations are found as planRendering() finds them, so the two agree on what is rendered.
 */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigLoader } from '../config/load.js';
import { CHART_FILE, KUSTOMIZATION_NAMES, classify } from '../discover/classify.js';
import { discoverFiles, type DiscoveredFile } from '../discover/walk.js';
import { chartRoots } from './render.js';
import { helmValuesFiles } from './render-helm.js';
import { cachedKustomizationReader, kustomizationIn, patchFiles, type KustomizationReader } from './render-kustomize.js';
import { isInside, stringList } from './render-tools.js';

/** One render. Paths are relative to the workspace with `/`, as the report and the change set write them. */
export interface RenderInputs {
  /** Chart.yaml or the kustomization file: where a render that fails, or cannot run, is reported. */
  file: string;
  /** Every file the render's findings can land on: the chart's files; the kustomization's resources and its own file. */
  outputs: string[];
  /** Whether the render reads `path` at all, its templates and resources included. */
  reads(path: string): boolean;
  /**
   * Whether a change to `path` can move findings anywhere in the outputs, not only on its own lines: a values file,
   * Chart.yaml, a helper, a kustomization file, a patch, a generator's source. A template or a resource yields
   * only its own objects, so a change to it is not one of these. `path` may be a file the change deleted.
   */
  feeds(path: string): boolean;
}

/** `configFile`: the action's `config` input, which replaces the discovery of `.shipshape.yml` (helm-values lives there). */
export function renderInputs(workspace: string, configFile?: string): RenderInputs[] {
  const discovered = discoverFiles(['.'], workspace).filter((f) => !f.error);
  const charts = chartRoots(discovered);
  const inChart = (path: string) => charts.some((root) => isInside(path, root));
  const read = cachedKustomizationReader();
  const loader = new ConfigLoader(configFile);
  const units = charts.map((root) => chartInputs(root, discovered, helmValues(root, loader)));
  for (const f of discovered) {
    if (!KUSTOMIZATION_NAMES.has(basename(f.path)) || inChart(f.path)) continue;
    // A Component cannot be built on its own: its files feed the kustomizations that include it.
    if (read(f.path)?.kind !== 'Component') units.push(kustomizationInputs(f.path, read));
  }
  const rel = (path: string) => relative(workspace, path).split(sep).join('/');
  const abs = (path: string) => resolve(workspace, ...path.split('/'));
  return units.map((u) => ({
    file: rel(u.file),
    outputs: [...u.outputs].map(rel),
    reads: (path) => u.reads(abs(path)),
    feeds: (path) => u.feeds(abs(path)),
  }));
}

interface Unit {
  file: string;
  outputs: Iterable<string>;
  reads(path: string): boolean;
  feeds(path: string): boolean;
}

/**
 * helm reads every file of a chart (templates, values, helpers, subcharts, and any file through `.Files`), so all
 * of them but its documentation feed it — except a template that helm outputs as a document of its own, which
 * yields only its own objects. The helm-values files the configuration names feed it wherever they are.
 */
function chartInputs(root: string, discovered: DiscoveredFile[], values: string[]): Unit {
  const reads = (path: string) => (isInside(path, root) && !isDocumentation(path) && !isDockerfile(path)) || values.includes(path);
  return {
    file: join(root, CHART_FILE),
    // Findings land on the files helm names in `# Source:` (templates, crds/), or on Chart.yaml; all are discovered.
    outputs: discovered.filter((f) => isInside(f.path, root) && f.type !== 'dockerfile').map((f) => f.path),
    reads,
    feeds: (path) => reads(path) && !renderedAsItself(relative(root, path)),
  };
}

/** Under a templates/ or crds/ directory (of the chart or a subchart), and not a `_` partial. */
function renderedAsItself(inChart: string): boolean {
  const parts = inChart.split(sep);
  return parts.slice(0, -1).some((dir) => dir === 'templates' || dir === 'crds') && !parts[parts.length - 1].startsWith('_');
}

/** templates/NOTES.txt counts as documentation: `helm template` does not output it. Other text files may be read through `.Files`. */
function isDocumentation(path: string): boolean {
  return /\.(?:md|markdown|rst)$/i.test(path) || /^(?:readme|license|licence|changelog|notice|owners|notes\.txt)(?:\.[^.]*)?$/i.test(basename(path));
}

/** A Dockerfile beside a chart is linted as itself (src/kubernetes/render.ts), not through helm. */
function isDockerfile(path: string): boolean {
  return classify(path) === 'dockerfile';
}

function helmValues(root: string, loader: ConfigLoader): string[] {
  try {
    return helmValuesFiles(root, loader.forFile(join(root, CHART_FILE)));
  } catch {
    return []; // a broken configuration is reported by the run itself
  }
}

/**
 * A kustomization's objects come from its resources and its bases (which land on the base's files), transformed
 * by its own patches, generators and components. What feeds it: its own file, the files those name, and the same
 * of its components. A base's patches feed only the base's objects, which the base — a unit of its own — covers;
 * the overlay still reads them, so a base change that breaks the overlay's build is reported on the overlay.
 */
function kustomizationInputs(top: string, read: KustomizationReader): Unit {
  const outputs = new Set<string>();
  const fed = new Set<string>();
  const readOnly = new Set<string>();
  const visited = new Set<string>();
  const visit = (file: string, own: boolean) => {
    if (visited.has(file)) return;
    visited.add(file);
    // Generated objects, and objects from a remote base, are reported on the kustomization file.
    outputs.add(file);
    const inputs = own ? fed : readOnly;
    inputs.add(file);
    const doc = read(file);
    if (!doc) return;
    const dir = dirname(file);
    for (const entry of [...stringList(doc.resources), ...stringList(doc.bases)]) {
      // A remote base (a URL) resolves to a path no change touches.
      const target = resolve(dir, entry);
      const base = kustomizationIn(target);
      if (base) visit(base, false);
      else outputs.add(target);
    }
    for (const entry of stringList(doc.components)) {
      const component = kustomizationIn(resolve(dir, entry));
      if (component) visit(component, own);
    }
    for (const path of [...patchFiles(file, read), ...namedFiles(doc, dir)]) inputs.add(path);
  };
  visit(top, true);
  return {
    file: top,
    outputs,
    reads: (path) => outputs.has(path) || fed.has(path) || readOnly.has(path),
    feeds: (path) => fed.has(path),
  };
}

/**
 * Files a kustomization names besides resources and patches: generator sources (`files` entries may be
 * `key=path`), replacement sources, CRD and OpenAPI schemas, transformer configurations and plugin configs.
 * An inline entry (YAML with a newline) names no file.
 */
function namedFiles(doc: Record<string, unknown>, dir: string): string[] {
  const names: string[] = [];
  const field = (value: unknown, key: string) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);
  for (const generator of [...listOf(doc.configMapGenerator), ...listOf(doc.secretGenerator)]) {
    names.push(...stringList(field(generator, 'files')).map((f) => f.slice(f.indexOf('=') + 1)), ...stringList(field(generator, 'envs')), ...stringList(field(generator, 'env')));
  }
  for (const replacement of listOf(doc.replacements)) names.push(...stringList(field(replacement, 'path')));
  for (const chart of listOf(doc.helmCharts)) names.push(...stringList(field(chart, 'valuesFile')));
  names.push(...stringList(doc.crds), ...stringList(doc.configurations), ...stringList(field(doc.openapi, 'path')));
  for (const key of ['transformers', 'generators', 'validators']) names.push(...stringList(doc[key]));
  return names.filter((name) => name && !name.includes('\n')).map((name) => resolve(dir, name));
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
