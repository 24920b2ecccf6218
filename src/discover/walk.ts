/** Walks the paths given to the CLI or the action and yields the files to check, each once. */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileType } from '../core/types.js';
import { classify } from './classify.js';
import { byCodeUnits } from '../core/findings.js';

export const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  type: FileType;
  /** Set when the path could not be read as a directory entry (dangling link, permission). */
  error?: string;
}

/**
 * The hidden entries (names starting with `.`) of every directory a walk read, by directory path. Configuration files
 * are hidden files: the config loader asks this before it asks the filesystem, and a directory walked without one
 * needs no lookup of its own (src/config/load.ts).
 */
export type HiddenEntries = Map<string, Set<string>>;

export function discoverFiles(paths: string[], cwd: string, hidden?: HiddenEntries): DiscoveredFile[] {
  const found = new Map<string, DiscoveredFile>();
  const visitedDirs = new Set<string>();

  /** `known`: the directory's real path, when its parent's is known and it is no link (one realpath call fewer). */
  const visitDir = (dir: string, known?: string): void => {
    let real: string;
    try {
      real = known ?? realpathSync(dir);
    } catch {
      return;
    }
    // A symlink loop or two links to one directory: walk each real directory once.
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
    } catch {
      return;
    }
    const dotted = hidden && new Set<string>();
    for (const entry of entries) {
      if (dotted && entry.name.startsWith('.')) dotted.add(entry.name);
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const path = join(dir, entry.name);
      // The directory entry already says what a plain file or directory is: only links need a stat of their
      // target (a thousand-file tree is a thousand stat calls fewer).
      if (entry.isDirectory()) visitDir(path, join(real, entry.name));
      else if (entry.isFile()) addFile(path);
      else if (entry.isSymbolicLink()) visitLink(path);
    }
    if (dotted) hidden.set(dir, dotted);
  };

  const addFile = (path: string): void => {
    const type = classify(path);
    if (type) found.set(path, { path, type });
  };

  const visitLink = (path: string): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      if (classify(path)) found.set(path, { path, type: classify(path) as FileType, error: brokenLink(error) });
      return;
    }
    if (stats.isDirectory()) visitDir(path);
    else if (stats.isFile()) addFile(path);
  };

  for (const given of paths) {
    const path = resolve(cwd, given);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      found.set(path, { path, type: classify(path, true) as FileType, error: 'no such file or directory' });
      continue;
    }
    if (stats.isDirectory()) visitDir(path);
    else found.set(path, { path, type: classify(path, true) as FileType });
  }
  return [...found.values()];
}

/** Why a link cannot be followed: its target is gone, or links point at each other. */
function brokenLink(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'dangling symbolic link (its target does not exist)';
  if (code === 'ELOOP') return 'symbolic link loop (the links point at each other)';
  return `symbolic link cannot be followed (${code ?? 'error'})`;
}

function byName(a: Dirent, b: Dirent): number {
  return byCodeUnits(a.name, b.name);
}
