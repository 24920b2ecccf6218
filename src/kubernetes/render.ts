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
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Config } from '../config/schema.js';
import type { LintedFile } from '../core/checkers.js';
import { toFinding } from '../core/rule-settings.js';
import type { Finding } from '../core/types.js';
import type { DiscoveredFile } from '../discover/walk.js';
import renderFailed from '../rules/common/render-failed.js';
import renderSkipped from '../rules/common/render-skipped.js';
import { lintObjects } from './lint.js';
import type { FieldPath, ManifestObject } from './model.js';
import { isObject, parseManifests, type ParsedManifests } from './parse.js';

export interface RenderContext {
  cwd: string;
  notices: string[];
  /** The configuration in force for an absolute path (command-line options included). */
  configFor(path: string): Config;
  /** Report path for an absolute path. */
  reportPath(path: string): string;
}

export interface RenderPlan {
  /** Discovered files still to be checked one by one. */
  rest: DiscoveredFile[];
  /** Rendered output, one entry per file findings map to, plus the chart/kustomization files that carry a render finding. */
  linted: LintedFile[];
}

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const DEFAULT_TIMEOUT_SECONDS = 60;
/** Rendered output above this is cut off: a chart producing more is a bug, not a deployment. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export function planRendering(discovered: DiscoveredFile[], ctx: RenderContext): RenderPlan {
  const charts = chartRoots(discovered);
  const inChart = (path: string) => charts.some((root) => isInside(path, root));
  const all = discovered.filter((f) => KUSTOMIZATION_NAMES.has(basename(f.path)) && !inChart(f.path) && !f.error).map((f) => f.path);
  // A base that an overlay of the run builds on is checked through the overlay (which may set its namespace).
  // A Component cannot be built on its own: its files are checked as written, its patches skipped.
  const bases = new Set(all.flatMap(referencedKustomizations));
  const components = all.filter((file) => readKustomization(file)?.kind === 'Component');
  const kustomizations = all.filter((file) => !bases.has(file) && !components.includes(file));
  const fragments = new Set(components.flatMap(patchFiles));
  let rest = discovered.filter((f) => !inChart(f.path) && !KUSTOMIZATION_NAMES.has(basename(f.path)) && !fragments.has(f.path));
  const out = new Outputs(ctx);
  for (const root of charts) renderChart(root, ctx, out);
  for (const file of kustomizations) {
    const consumed = renderKustomization(file, ctx, out);
    rest = rest.filter((f) => !consumed.has(f.path));
  }
  return { rest, linted: out.files() };
}

/** Directories holding a Chart.yaml that some discovered file lies in (a subchart under charts/ belongs to its parent). */
function chartRoots(discovered: DiscoveredFile[]): string[] {
  const roots = new Set<string>();
  const checked = new Map<string, boolean>();
  const hasChart = (dir: string) => {
    let known = checked.get(dir);
    if (known === undefined) checked.set(dir, (known = existsSync(join(dir, 'Chart.yaml'))));
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

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Where rendered objects go: per target file, objects and findings; plus the render findings themselves. */
class Outputs {
  private readonly byFile = new Map<string, { path: string; config: Config; objects: ManifestObject[] }>();
  private readonly notes: LintedFile[] = [];

  constructor(private readonly ctx: RenderContext) {}

  add(path: string, object: ManifestObject): void {
    const file = this.ctx.reportPath(path);
    let entry = this.byFile.get(file);
    if (!entry) this.byFile.set(file, (entry = { path, config: this.ctx.configFor(path), objects: [] }));
    entry.objects.push(object);
  }

  /** A render finding on the Chart.yaml / kustomization file itself (the finding says it all; the file has no parse error). */
  note(path: string, meta: typeof renderFailed.meta, message: string): void {
    const file = this.ctx.reportPath(path);
    const config = this.ctx.configFor(path);
    const finding = toFinding(meta, { line: 1, message }, file, config);
    this.notes.push({ file, path, type: 'kubernetes', config, findings: finding ? [finding] : [], error: null, model: null });
  }

  files(): LintedFile[] {
    const linted: LintedFile[] = [...this.notes];
    for (const [file, { path, config, objects }] of this.byFile) {
      const model: ParsedManifests = { file, objects, problems: [], isManifest: true };
      // One template line can yield several objects (a `range`, a base shared by overlays): one fix, one finding.
      const seen = new Set<string>();
      const findings = lintObjects(file, model, config, this.ctx.notices).filter((f) => {
        const key = `${f.ruleId}\0${f.line}`;
        return !seen.has(key) && !!seen.add(key);
      });
      linted.push({ file, path, type: 'kubernetes', config, findings, error: null, model });
    }
    return linted;
  }
}

// ---------------------------------------------------------------------------------------------------- tools

/** An executable on PATH, or null. */
export function findTool(name: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

interface ToolRun {
  ok: boolean;
  stdout: string;
  /** Why it failed, in a line or three. */
  error: string;
}

function runTool(command: string, args: string[], cwd: string, timeoutSeconds: number): ToolRun {
  const result = spawnSync(command, args, {
    cwd, encoding: 'utf8', timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT_BYTES,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const name = basename(command);
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    const why = code === 'ETIMEDOUT' ? `did not finish within ${timeoutSeconds} s and was stopped` : code === 'ENOBUFS' ? `produced more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MB of output` : result.error.message;
    return { ok: false, stdout: '', error: `${name} ${why}` };
  }
  if (result.status !== 0) {
    const lines = (result.stderr || result.stdout || '').split('\n').map((l) => l.trim()).filter(Boolean);
    return { ok: false, stdout: '', error: `${name} exited with ${result.status ?? result.signal}: ${lines.slice(0, 3).join(' / ') || 'no message'}` };
  }
  return { ok: true, stdout: result.stdout, error: '' };
}

function timeoutOf(config: Config): number {
  const value = Number(config.options['render-timeout']);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_SECONDS;
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

// ---------------------------------------------------------------------------------------------------- Helm

/**
 * `helm template`, with options from the configuration in force at the chart: `helm-release` (release name,
 * default `release-name` as helm's), `helm-namespace`, `helm-values` (files relative to the chart). Test hooks
 * are skipped (`--skip-tests`, and any object annotated `helm.sh/hook: test`); CRDs in crds/ are included.
 */
function renderChart(root: string, ctx: RenderContext, out: Outputs): void {
  const chartYaml = join(root, 'Chart.yaml');
  const config = ctx.configFor(chartYaml);
  const helm = findTool('helm');
  if (!helm) {
    out.note(chartYaml, renderSkipped.meta, 'helm is not on PATH, so this chart was not rendered and its templates were not checked');
    return;
  }
  const args = ['template', String(config.options['helm-release'] ?? 'release-name'), '.', '--skip-tests', '--include-crds'];
  if (typeof config.options['helm-namespace'] === 'string') args.push('--namespace', config.options['helm-namespace']);
  for (const values of stringList(config.options['helm-values'])) args.push('--values', resolve(root, values));
  const run = runTool(helm, args, root, timeoutOf(config));
  if (!run.ok) {
    out.note(chartYaml, renderFailed.meta, `helm template failed: ${run.error}`);
    return;
  }
  const { objects, lines } = helmObjects(run.stdout);
  for (const { object, source } of objects) {
    if (/(?:^|,)\s*test(?:-success|-failure)?\s*(?:,|$)/.test(String((object.value.metadata as Record<string, Record<string, unknown>> | undefined)?.annotations?.['helm.sh/hook'] ?? ''))) continue;
    // `# Source: <chart>/templates/x.yaml`: the first segment is the chart's name, the rest a path inside it.
    const templatePath = source ? join(root, ...source.split('/').slice(1)) : chartYaml;
    out.add(templatePath, mapToTemplate(object, lines, ctx.reportPath(templatePath), templatePath));
  }
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
function mapToTemplate(rendered: ManifestObject, output: string[], file: string, templatePath: string): ManifestObject {
  let template: string[] = [];
  try {
    template = readFileSync(templatePath, 'utf8').split('\n');
  } catch {
    // A source outside the chart directory (a library chart): every finding at line 1.
  }
  const templateKeyLines = keyLines(template);
  const kindLine = (templateKeyLines.get('kind') ?? [1])[0];
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
  return { ...rendered, file, renderedFrom: 'helm', line: kindLine, endLine: Math.max(kindLine, template.length), lineOf };
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

// ---------------------------------------------------------------------------------------------------- Kustomize

/**
 * `kustomize build` (or `kubectl kustomize`) through a wrapper Kustomization that asks for origin annotations, so
 * each output object names the file it came from. Returns the files the render covered (resources, patches, the
 * kustomization itself): they are not checked again as written.
 */
function renderKustomization(file: string, ctx: RenderContext, out: Outputs): Set<string> {
  const dir = dirname(file);
  const config = ctx.configFor(file);
  const patches = patchFiles(file);
  const kustomize = findTool('kustomize');
  const kubectl = kustomize ? null : findTool('kubectl');
  if (!kustomize && !kubectl) {
    out.note(file, renderSkipped.meta, 'neither kustomize nor kubectl is on PATH, so this Kustomization was not rendered: its files are checked as written and its patches skipped');
    return new Set([file, ...patches]);
  }
  const wrapper = mkdtempSync(join(tmpdir(), 'shipshape-kustomize-'));
  try {
    const target = relative(wrapper, dir).split(sep).join('/');
    writeFileSync(join(wrapper, 'kustomization.yaml'), `resources:\n  - ${JSON.stringify(target)}\nbuildMetadata: [originAnnotations]\n`);
    const run = kustomize
      ? runTool(kustomize, ['build', wrapper], wrapper, timeoutOf(config))
      : runTool(kubectl as string, ['kustomize', wrapper], wrapper, timeoutOf(config));
    if (!run.ok) {
      out.note(file, renderFailed.meta, `kustomize build failed: ${kustomizeError(run.error, wrapper, ctx.cwd)}; the files are checked as written`);
      return new Set([file, ...patches]);
    }
    const consumed = new Set([file, ...patches]);
    const parsedSources = new Map<string, ParsedManifests | null>();
    for (const object of parseManifests('kustomize-output', run.stdout).objects) {
      const origin = originOf(object);
      const source = origin?.path ? resolve(wrapper, origin.path) : origin?.configuredIn ? resolve(wrapper, origin.configuredIn) : file;
      stripOrigin(object);
      if (!isInside(source, dir) && source !== file) {
        // A remote base or one outside the linted tree: reported at the kustomization that pulls it in.
        out.add(file, { ...object, file: ctx.reportPath(file), renderedFrom: 'kustomize', line: 1, endLine: 1, lineOf: () => 1 });
        continue;
      }
      consumed.add(source);
      out.add(source, mapToSource(object, source, ctx.reportPath(source), parsedSources, origin?.configuredIn ? generatorLine(file, object.kind) : null));
    }
    return consumed;
  } finally {
    rmSync(wrapper, { recursive: true, force: true });
  }
}

/**
 * kustomize's error without klog's prefix, our wrapper's own layer of "accumulating resources from …", escaped
 * quotes or the working directory: what is left names the file and the problem.
 */
function kustomizeError(error: string, wrapper: string, cwd: string): string {
  let text = error.replace(/[EWIF]\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\] "command failed" err="/, '').replace(/\\"/g, '"').replace(/"$/, '');
  text = text.replace(/^(kubectl|kustomize) exited with \d+: accumulating resources: accumulation err='accumulating resources from '[^']*': '[^']*' must resolve to a file': (?:recursed accumulation of path '[^']*': )?/, '$1: ');
  text = text.split(`${cwd}${sep}`).join('').split(wrapper).join('.');
  const missing = /lstat (\S+): no such file or directory/.exec(text);
  if (missing) return `${missing[1]} does not exist`;
  return text.length > 400 ? `…${text.slice(text.indexOf(' ', text.length - 400) + 1)}` : text;
}

/** Kustomization files of the directories a kustomization builds on (resources, bases, components). */
function referencedKustomizations(file: string): string[] {
  const doc = readKustomization(file);
  const dir = dirname(file);
  const found: string[] = [];
  for (const key of ['resources', 'bases', 'components']) {
    for (const entry of stringList(doc?.[key])) {
      const target = resolve(dir, entry);
      for (const name of KUSTOMIZATION_NAMES) if (existsSync(join(target, name))) found.push(join(target, name));
    }
  }
  return found;
}

function readKustomization(file: string): Record<string, unknown> | null {
  try {
    const doc: unknown = parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: 100 });
    return isObject(doc) ? doc : null;
  } catch {
    return null;
  }
}

/** Patch files a kustomization names: fragments, not objects to check on their own. */
function patchFiles(file: string): string[] {
  const doc = readKustomization(file);
  if (!doc) return [];
  const dir = dirname(file);
  const paths: string[] = [];
  for (const key of ['patches', 'patchesStrategicMerge', 'patchesJson6902']) {
    const list = Array.isArray(doc[key]) ? doc[key] : [];
    for (const item of list) {
      const path = typeof item === 'string' ? item : isObject(item) && typeof item.path === 'string' ? item.path : null;
      // An inline patch (a YAML string with a newline) is no file.
      if (path && !path.includes('\n')) paths.push(resolve(dir, path));
    }
  }
  return paths;
}

function originOf(object: ManifestObject): { path?: string; configuredIn?: string } | null {
  const annotations = (object.value.metadata as Record<string, unknown> | undefined)?.annotations;
  const text = isObject(annotations) ? annotations['config.kubernetes.io/origin'] : undefined;
  if (typeof text !== 'string') return null;
  try {
    const origin = parseYaml(text);
    return isObject(origin) ? { path: typeof origin.path === 'string' ? origin.path : undefined, configuredIn: typeof origin.configuredIn === 'string' ? origin.configuredIn : undefined } : null;
  } catch {
    return null;
  }
}

/** The origin annotation is ours, not the user's: rules must not see it. */
function stripOrigin(object: ManifestObject): void {
  const metadata = object.value.metadata as Record<string, unknown>;
  const annotations = metadata.annotations as Record<string, unknown>;
  delete annotations['config.kubernetes.io/origin'];
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
}

/**
 * The rendered object with the lines of the object it came from in the source file (same kind, and the same name
 * or the name a prefix/suffix was added to), so a finding on a patched or prefixed object still lands on the line
 * a person edits; a field a patch added reports at its nearest ancestor the source has.
 */
function mapToSource(rendered: ManifestObject, path: string, file: string, cache: Map<string, ParsedManifests | null>, generator: number | null): ManifestObject {
  if (generator !== null) return { ...rendered, file, renderedFrom: 'kustomize', line: generator, endLine: generator, lineOf: () => generator };
  if (!cache.has(path)) {
    let parsed: ParsedManifests | null = null;
    try {
      parsed = parseManifests(file, readFileSync(path, 'utf8'));
    } catch {
      parsed = null;
    }
    cache.set(path, parsed);
  }
  const candidates = (cache.get(path)?.objects ?? []).filter((o) => o.kind === rendered.kind);
  const source = candidates.find((o) => o.name === rendered.name)
    ?? candidates.find((o) => o.name !== null && rendered.name !== null && rendered.name.includes(o.name))
    ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!source) return { ...rendered, file, renderedFrom: 'kustomize', line: 1, endLine: 1, lineOf: () => 1 };
  return { ...rendered, file, renderedFrom: 'kustomize', line: source.line, endLine: source.endLine, lineOf: (p) => source.lineOf(p) };
}

/** The line of a kustomization's configMapGenerator/secretGenerator, where a generated object is defined. */
function generatorLine(file: string, kind: string): number {
  const key = kind === 'Secret' ? 'secretGenerator' : 'configMapGenerator';
  try {
    const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return index >= 0 ? index + 1 : 1;
  } catch {
    return 1;
  }
}
