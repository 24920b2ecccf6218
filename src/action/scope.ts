/**
 * Which files the run considers (paths/exclude inputs), which findings it reports (filter-mode), and which files a
 * change to what a chart or a Kustomization is rendered from brings into the change.
 */
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import type { Finding } from '../core/types.js';
import { CHART_FILE, classify, KUSTOMIZATION_NAMES } from '../discover/classify.js';
import type { RenderInputs } from '../kubernetes/render-inputs.js';
import type { ChangedFile, ChangeSet } from './changes.js';
import type { FilterMode } from './inputs.js';
import { overlaps } from './patch.js';

/**
 * A path filter from gitignore-like globs: `Dockerfile*` or `*.yaml` (no slash) match at any depth, `deploy/`
 * or a plain `deploy` also match everything under that directory.
 */
export function pathFilter(include: string[], exclude: string[]): (file: string) => boolean {
  const matchesAny = (patterns: string[]) => {
    if (patterns.length === 0) return null;
    const matchers = patterns.map(compileGlob);
    return (file: string) => matchers.some((m) => m(file));
  };
  const included = matchesAny(include);
  const excluded = matchesAny(exclude);
  return (file) => (!included || included(file)) && !(excluded && excluded(file));
}

function compileGlob(pattern: string): (file: string) => boolean {
  const clean = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  const base = picomatch(clean, { dot: true, basename: !clean.includes('/') });
  const under = picomatch(`${clean}/**`, { dot: true });
  return (file) => base(file) || under(file);
}

/**
 * The changed files a run reports on, or null when it reports every file in scope: the change is the whole
 * repository, or filter-mode is nofilter.
 */
export function reportedFiles(changes: ChangeSet, mode: FilterMode): Map<string, ChangedFile> | null {
  return changes.kind === 'all' || mode === 'nofilter' ? null : changes.files;
}

/**
 * reviewdog's filter modes, over the files and lines of the change. A run over everything keeps everything; a file
 * brought in by a change to its render's inputs (withRenderInputs) counts whole.
 */
export function findingFilter(changes: ChangeSet, mode: FilterMode): (finding: Finding) => boolean {
  const files = reportedFiles(changes, mode);
  if (!files) return () => true;
  return (f) => {
    const changed = files.get(f.file);
    if (!changed) return false;
    if (mode === 'file' || changed.lines === 'all' || changed.renderInput) return true;
    return overlaps(mode === 'added' ? changed.lines.added : changed.lines.context, f.line, f.endLine);
  };
}

/** Whether a finding sits on a line the change added: such annotations go first when GitHub's limits bite. */
export function onChangedLine(changes: ChangeSet, f: Finding): boolean {
  if (changes.kind === 'all') return false;
  const changed = changes.files.get(f.file);
  return Boolean(changed && (changed.lines === 'all' || overlaps(changed.lines.added, f.line, f.endLine)));
}

/**
 * True when no finding could be reported: the change touches no file shipshape checks (in the paths/exclude scope)
 * and filter-mode keeps to the change. Then the repository is not even read.
 */
export function nothingToCheck(changes: ChangeSet, mode: FilterMode, inScope: (file: string) => boolean): boolean {
  const files = reportedFiles(changes, mode);
  return files !== null && ![...files.keys()].some((p) => classify(p) !== null && inScope(p));
}

/**
 * A chart's findings land on its templates and a kustomization's on its resources, but what they say depends on
 * more files than those: values, helpers and Chart.yaml; the kustomization file, its patches and generator sources.
 * A change to such an input (src/kubernetes/render-inputs.ts says which are) puts every file the render's findings
 * land on in scope, at file level in every filter-mode: the finding on an unchanged template line is the change's
 * doing, and no line of the template can be singled out as the changed one. A change to a template or resource
 * itself keeps its lines (it yields only its own objects), and puts Chart.yaml / the kustomization file in scope,
 * where a render the change broke is reported. A whole-repository run keeps everything anyway; nofilter does too,
 * but its findings are still marked new or existing, and a file not in the change counts as unchanged there.
 */
export async function withRenderInputs(changes: ChangeSet, workspace: string, mode: FilterMode, configFile: string | undefined, notes: string[]): Promise<ChangeSet> {
  // nofilter reports every file anyway, but the new/existing marking still needs to know the template changed.
  if (changes.kind === 'all') return changes;
  const touched = [
    ...changes.files.keys(),
    ...[...changes.files.values()].flatMap((f) => (f.previousPath ? [f.previousPath] : [])),
    ...(changes.removed ?? []),
  ];
  // An input lies inside a chart or a kustomization's directory (kustomize loads no file from outside its root),
  // or is a checked file (a values file helm-values names from elsewhere): a change to docs or code alone skips
  // the walk of the repository, and the engine's loading, as before.
  const nearRender = renderRootAbove(workspace);
  if (!touched.some((p) => classify(p) !== null || nearRender(p))) return changes;
  const { renderInputs } = await import('../kubernetes/render-inputs.js');
  let renders: RenderInputs[];
  try {
    renders = renderInputs(workspace, configFile);
  } catch (error) {
    // Reading the repository's charts failed: the run goes on with the change as it is, as it did before.
    notes.push(`could not work out what the charts and Kustomizations are rendered from (${(error as Error).message}); their findings are filtered like any file's`);
    return changes;
  }
  const files = new Map(changes.files);
  const widened: string[] = [];
  for (const render of renders) {
    const fed = touched.find((p) => render.feeds(p));
    const read = fed ?? touched.find((p) => render.reads(p));
    if (!read) continue;
    for (const file of fed ? render.outputs : [render.file]) {
      const entry: ChangedFile = files.get(file) ?? { path: file, status: 'modified', lines: { added: [], context: [] } };
      files.set(file, { ...entry, renderInput: read });
    }
    if (fed) widened.push(`${posix.dirname(render.file)} (${fed})`);
  }
  // Said once, in the run's notes: findings on lines nobody touched would otherwise look like a filter bug.
  if (widened.length && mode !== 'nofilter') {
    const one = widened.length === 1;
    const where = mode === 'file' ? 'in the files it changes' : 'on the lines it changes';
    notes.push(`this change touches what ${listed(widened)} ${one ? 'is' : 'are'} rendered from: ${one ? 'its' : 'their'} findings are reported wherever they are, not only ${where}`);
  }
  return { ...changes, files };
}

/** Whether a directory above a path (workspace-relative, `/`) holds a Chart.yaml or a kustomization; cached per directory. */
function renderRootAbove(workspace: string): (path: string) => boolean {
  const known = new Map<string, boolean>();
  const isRoot = (dir: string) => {
    let found = known.get(dir);
    if (found === undefined) known.set(dir, (found = [CHART_FILE, ...KUSTOMIZATION_NAMES].some((name) => existsSync(join(workspace, dir, name)))));
    return found;
  };
  return (path) => inDirectoryWhere(path, isRoot);
}

/** Whether `isRoot` holds for a directory above a path (workspace-relative, `/`), up to the workspace's own (`.`). */
export function inDirectoryWhere(path: string, isRoot: (dir: string) => boolean): boolean {
  for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
    if (isRoot(dir)) return true;
    if (dir === '.' || dir === '/') return false;
  }
}

function listed(items: string[]): string {
  const shown = items.slice(0, 3);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0];
}
