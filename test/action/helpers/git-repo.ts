/** Real git repositories for the end-to-end tests: a base commit, a head commit, optionally an origin to fetch from. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PullFileEntry } from './fake-github.js';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

export interface TestRepo {
  dir: string;
  base: string;
  head: string;
  cleanup(): void;
}

/** Files to write (null deletes); renames as [from, to] are done with git mv before the writes. */
export interface Change {
  files?: Record<string, string | null>;
  renames?: [string, string][];
  /** Files whose mode the change sets to 755 (their content unchanged). */
  chmod?: string[];
}

/** `executables`: base files to commit with mode 755. */
export function makeRepo(baseFiles: Record<string, string | Buffer>, change: Change, executables: string[] = []): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, baseFiles);
  for (const path of executables) chmodSync(join(dir, path), 0o755);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base', '--allow-empty');
  const base = git(dir, 'rev-parse', 'HEAD').trim();
  git(dir, 'checkout', '-q', '-b', 'feature');
  for (const [from, to] of change.renames ?? []) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    git(dir, 'mv', from, to);
  }
  writeFiles(dir, change.files ?? {});
  for (const path of change.chmod ?? []) chmodSync(join(dir, path), 0o755);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head', '--allow-empty');
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  return { dir, base, head, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function writeFiles(dir: string, files: Record<string, string | Buffer | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    if (content === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
}

/**
 * A shallow, single-commit clone of the repository's head, as actions/checkout makes by default: the base commit
 * and the history between are missing until fetched from `origin`.
 */
export function shallowClone(repo: TestRepo): string {
  git(repo.dir, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-shallow-'));
  git(dir, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${repo.dir}`, '.');
  return dir;
}

/** The pull request's files as GitHub's API would list them, patches made by real git. */
export function pullFilesOf(repo: TestRepo): PullFileEntry[] {
  const names = git(repo.dir, 'diff', '--name-status', '-z', '-M', repo.base, repo.head).split('\0');
  // One diff for every file, cut at each file's header: git lists files in the same order in both outputs.
  const diffs = git(repo.dir, 'diff', '-M', '-U3', '--src-prefix=a/', '--dst-prefix=b/', repo.base, repo.head).split(/^diff --git /m).slice(1);
  const files: PullFileEntry[] = [];
  const statusName: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied' };
  for (let i = 0, n = 0; i < names.length - 1; n++) {
    const code = names[i++];
    const previous = code.startsWith('R') || code.startsWith('C') ? names[i++] : undefined;
    const filename = names[i++];
    const diff = diffs[n] ?? '';
    const at = diff.indexOf('\n@@');
    const patch = at >= 0 ? diff.slice(at + 1).replace(/\n$/, '') : undefined;
    // As GitHub counts them: lines added plus lines deleted (0 for a mode change or a pure rename).
    const changes = patch ? patch.split('\n').filter((l) => /^[+-]/.test(l)).length : 0;
    files.push({ filename, status: statusName[code[0]], changes, ...(previous ? { previous_filename: previous } : {}), ...(patch !== undefined ? { patch } : {}) });
  }
  return files;
}
