/** Helm: `helm template`, and findings mapped to the template through `# Source:` comments and field keys. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { Config } from '../config/schema.js';
import renderFailed from '../rules/common/render-failed.js';
import renderSkipped from '../rules/common/render-skipped.js';
import type { FieldPath, ManifestObject } from './model.js';
import { parseManifests, relocated } from './parse.js';
import { findTool, runTool, stringList, timeoutOf, type Commit, type RenderContext } from './render-tools.js';
import { CHART_FILE } from '../discover/classify.js';

/**
 * `helm template`, with options from the configuration in force at the chart: `helm-release` (release name,
 * default `release-name` as helm's), `helm-namespace`, `helm-values` (files relative to the chart). Test hooks
 * are skipped (`--skip-tests`, and any object annotated `helm.sh/hook: test`); CRDs in crds/ are included.
 */
export async function renderChart(root: string, ctx: RenderContext): Promise<Commit> {
  const chartYaml = join(root, CHART_FILE);
  const config = ctx.configFor(chartYaml);
  const helm = findTool('helm');
  const covered = new Set<string>();
  if (!helm) {
    return (out) => (out.note(chartYaml, renderSkipped.meta, 'helm is not on PATH, so this chart was not rendered and its templates were not checked'), covered);
  }
  const missing = missingDependencies(root);
  if (missing.length) {
    // Usually `charts/` is git-ignored and filled by `helm dependency build`: not the pull request's fault.
    return (out) => (out.note(chartYaml, renderSkipped.meta, `the chart's dependencies ${missing.join(', ')} are not in charts/, so it was not rendered; run \`helm dependency build ${ctx.reportPath(root)}\` before shipshape to check it`), covered);
  }
  const args = ['template', String(config.options['helm-release'] ?? 'release-name'), '.', '--skip-tests', '--include-crds'];
  if (typeof config.options['helm-namespace'] === 'string') args.push('--namespace', config.options['helm-namespace']);
  for (const values of helmValuesFiles(root, config)) args.push('--values', values);
  const run = await runTool(helm, args, root, timeoutOf(config));
  if (!run.ok) return (out) => (out.note(chartYaml, renderFailed.meta, `helm template failed: ${run.error}`), covered);
  return (out) => {
    const { objects, lines } = helmObjects(run.stdout);
    const templates = new Map<string, Template>();
    for (const { object, source } of objects) {
      if (/(?:^|,)\s*test(?:-success|-failure)?\s*(?:,|$)/.test(String((object.value.metadata as Record<string, Record<string, unknown>> | undefined)?.annotations?.['helm.sh/hook'] ?? ''))) continue;
      // `# Source: <chart>/templates/x.yaml`: the first segment is the chart's name, the rest a path inside it.
      const templatePath = source ? join(root, ...source.split('/').slice(1)) : chartYaml;
      out.add(templatePath, mapToTemplate(object, lines, ctx.reportPath(templatePath), templateAt(templatePath, templates)));
    }
    return covered;
  };
}

/** The values files the configuration in force at the chart gives it (`helm-values`, relative to the chart). */
export function helmValuesFiles(root: string, config: Config): string[] {
  return stringList(config.options['helm-values']).map((values) => resolve(root, values));
}

/** Names of the dependencies Chart.yaml declares that have neither `charts/<name>/` nor `charts/<name>-*.tgz`. */
function missingDependencies(root: string): string[] {
  let chart: unknown;
  try {
    chart = loadYaml(readFileSync(join(root, CHART_FILE), 'utf8'), { maxAliases: 100 });
  } catch {
    return []; // helm itself will say what is wrong with Chart.yaml
  }
  const dependencies = (chart as { dependencies?: { name?: unknown; alias?: unknown }[] } | null)?.dependencies;
  if (!Array.isArray(dependencies)) return [];
  let vendored: string[] = [];
  try {
    vendored = readdirSync(join(root, 'charts'));
  } catch {
    // no charts/ directory
  }
  return dependencies
    .map((d) => (typeof d?.name === 'string' ? d.name : ''))
    .filter((name) => name && !vendored.some((entry) => entry === name || (entry.startsWith(`${name}-`) && entry.endsWith('.tgz'))));
}

/** Rendered objects with the `# Source:` of their document, and the output's lines. */
function helmObjects(text: string): { objects: { object: ManifestObject; source: string | null }[]; lines: string[] } {
  const parsed = parseManifests('helm-output', text);
  const lines = text.split('\n');
  // Document k starts at the k-th `---` when the output opens with one (helm's does), else after the (k-1)-th.
  const separators = lines.flatMap((line, i) => (/^---\s*$/.test(line) ? [i] : []));
  const opensWithSeparator = lines.findIndex((l) => l.trim() !== '') === separators[0];
  const starts = opensWithSeparator ? separators : [0, ...separators];
  const sources = starts.map((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    for (let i = start; i < end; i++) {
      const match = /^# Source: (.+?)\s*$/.exec(lines[i]);
      if (match) return match[1];
    }
    return null;
  });
  return { objects: parsed.objects.map((object) => ({ object, source: sources[object.document] ?? null })), lines };
}

/**
 * A rendered object whose lines are the template's. A field's line is found by its key: the n-th `image:` of the
 * rendered object is taken to be the n-th `image:` of the template; a field the template writes through an
 * include or toYaml falls back to its nearest ancestor the template does spell out, and at worst to `kind:`.
 */
function mapToTemplate(rendered: ManifestObject, output: string[], file: string, { keyLines: templateKeyLines, kindLine, endLine }: Template): ManifestObject {
  const lineOf = (path: FieldPath): number => {
    for (let length = path.length; length >= 0; length--) {
      const line = rendered.lineOf(path.slice(0, length));
      const key = keyOf(output[line - 1] ?? '');
      if (!key) continue;
      let occurrence = 0;
      for (let n = rendered.line; n < line; n++) if (keyOf(output[n - 1] ?? '') === key) occurrence++;
      const candidates = templateKeyLines.get(key) ?? [];
      if (occurrence < candidates.length) return candidates[occurrence];
    }
    return kindLine;
  };
  return relocated(rendered, file, 'helm', () => kindLine, () => endLine, lineOf);
}

/** What mapToTemplate needs of a template file. */
interface Template {
  keyLines: Map<string, number[]>;
  kindLine: number;
  endLine: number;
}

/** The template at `path`, read and scanned once per render however many objects it yields (a `range`). */
function templateAt(path: string, cache: Map<string, Template>): Template {
  let found = cache.get(path);
  if (found) return found;
  let template: string[] = [];
  try {
    template = readFileSync(path, 'utf8').split('\n');
  } catch {
    // A source outside the chart directory (a library chart): every finding at line 1.
  }
  const templateKeyLines = keyLines(template);
  const kindLine = (templateKeyLines.get('kind') ?? [1])[0];
  found = { keyLines: templateKeyLines, kindLine, endLine: Math.max(kindLine, template.length) };
  cache.set(path, found);
  return found;
}

const KEY = /^\s*(?:-\s+)*["']?([A-Za-z0-9_.\/-]+)["']?\s*:(?:\s|$)/;

function keyOf(line: string): string | null {
  return KEY.exec(line)?.[1] ?? null;
}

function keyLines(lines: string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const key = keyOf(line);
    if (key) map.set(key, [...(map.get(key) ?? []), i + 1]);
  });
  return map;
}
