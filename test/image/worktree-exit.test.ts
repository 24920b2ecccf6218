/**
 * The base's throw-away checkout (src/image/worktree.ts) is gone after a run, also after one stopped by SIGTERM
 * while the base is being built: otherwise the repository keeps a registered worktree in a temp dir. Real git, a
 * real process (the sources run through tsx) and a real signal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { withWorktree } from '../../src/image/worktree.js';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const WORKTREE = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'image', 'worktree.ts')).href;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function git(args: string[], cwd: string): string {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** A repository with two commits, so `HEAD~1` is a base to check out. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-worktree-test-'));
  dirs.push(dir);
  git(['init', '-q'], dir);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
  git(['add', '.'], dir);
  git(['commit', '-qm', 'base'], dir);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nLABEL a=b\n');
  git(['commit', '-qam', 'head'], dir);
  return dir;
}

const worktrees = (repo: string) => git(['worktree', 'list', '--porcelain'], repo).split('\n').filter((l) => l.startsWith('worktree ')).length;

describe('the base checkout', () => {
  it('holds the base commit while the work runs and is gone after it, with no signal listener left', async () => {
    const repo = repository();
    let seen = '';
    let during = 0;
    await withWorktree(repo, 'HEAD~1', async (dir) => {
      seen = dir;
      during = worktrees(repo);
      expect(git(['show', 'HEAD:Dockerfile'], dir)).toBe('FROM scratch\n');
    });
    expect(during).toBe(2);
    expect(worktrees(repo)).toBe(1);
    expect(existsSync(join(seen, '..'))).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(process.listenerCount('SIGTERM')).toBe(0);
  });

  it('is removed when SIGTERM stops the run while the base is checked out: exit 143, no worktree, no temp dir', () => {
    const repo = repository();
    // The child prints the checkout's path, then is stopped by SIGTERM from inside the work, as a cancelled job is.
    const script = `const { withWorktree } = await import(${JSON.stringify(WORKTREE)});
      await withWorktree(${JSON.stringify(repo)}, 'HEAD~1', async (dir) => {
        process.stdout.write(dir + '\\n');
        process.kill(process.pid, 'SIGTERM');
        await new Promise((resolve) => setTimeout(resolve, 10000));
      });`;
    const child = spawnSync(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30000 });
    const dir = child.stdout.trim();
    expect(child.status, child.stderr).toBe(143);
    expect(dir).toMatch(/shipshape-base-.*tree$/);
    expect(existsSync(join(dir, '..'))).toBe(false);
    expect(worktrees(repo)).toBe(1);
  });
});
