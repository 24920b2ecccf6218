/** Which files the run considers (paths/exclude inputs) and which findings it reports (filter-mode). */
import picomatch from 'picomatch';
import type { Finding } from '../core/types.js';
import { classify } from '../discover/classify.js';
import type { ChangeSet } from './changes.js';
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

/** reviewdog's filter modes, over the files and lines of the change. A run over everything keeps everything. */
export function findingFilter(changes: ChangeSet, mode: FilterMode): (finding: Finding) => boolean {
  if (changes.kind === 'all' || mode === 'nofilter') return () => true;
  return (f) => {
    const changed = changes.files.get(f.file);
    if (!changed) return false;
    if (mode === 'file' || changed.lines === 'all') return true;
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
  if (changes.kind === 'all' || mode === 'nofilter') return false;
  return ![...changes.files.keys()].some((p) => classify(p) !== null && inScope(p));
}
