/** The few git questions the action asks, answered from the checkout without touching its work tree. */
import { spawn } from 'node:child_process';

export class GitError extends Error {}

export class Git {
  constructor(readonly cwd: string) {}

  /** Runs git and returns stdout; quotepath off so names come back as UTF-8, not octal escapes. */
  run(args: string[], input?: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['-c', 'core.quotepath=false', ...args], { cwd: this.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error) => reject(new GitError(`git could not start: ${error.message}`)));
      child.on('close', (code) => {
        if (code === 0) resolve(Buffer.concat(out));
        else reject(new GitError(`git ${args[0]} failed: ${Buffer.concat(err).toString('utf8').trim().split('\n')[0] || `exit ${code}`}`));
      });
      child.stdin.on('error', () => {});
      child.stdin.end(input ?? '');
    });
  }

  async text(args: string[]): Promise<string> {
    return (await this.run(args)).toString('utf8');
  }

  async hasCommit(sha: string): Promise<boolean> {
    return this.run(['cat-file', '-e', `${sha}^{commit}`]).then(() => true, () => false);
  }

  async isShallow(): Promise<boolean> {
    return (await this.text(['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true';
  }

  /** Fetches commits by SHA that a shallow or single-branch checkout lacks (GitHub serves any reachable SHA). */
  async ensureCommits(shas: string[], depth = 1): Promise<void> {
    const missing: string[] = [];
    for (const sha of shas) if (!(await this.hasCommit(sha))) missing.push(sha);
    if (missing.length === 0) return;
    await this.run(['fetch', '--no-tags', '--no-recurse-submodules', `--depth=${depth}`, 'origin', ...missing]);
  }

  /**
   * The merge base of base and head, deepening a shallow clone until one appears: a pull request's diff is
   * `base...head`, which a depth-1 checkout cannot compute.
   */
  async mergeBase(base: string, head: string): Promise<string | null> {
    const find = () => this.text(['merge-base', base, head]).then((s) => s.trim() || null, () => null);
    let found = await find();
    for (const deepen of [50, 500]) {
      if (found || !(await this.isShallow())) return found;
      await this.run(['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${deepen}`, 'origin', base, head]).catch(() => undefined);
      found = await find();
    }
    if (!found && (await this.isShallow())) {
      await this.run(['fetch', '--no-tags', '--no-recurse-submodules', '--unshallow', 'origin']).catch(() => undefined);
      found = await find();
    }
    return found;
  }

  /** `git diff --name-status` between two commits, renames followed. */
  async changedFiles(from: string, to: string): Promise<NameStatus[]> {
    const fields = (await this.text(['diff', '--name-status', '-z', '-M', '--no-ext-diff', from, to])).split('\0');
    const result: NameStatus[] = [];
    for (let i = 0; i < fields.length - 1; ) {
      const code = fields[i++];
      if (code.startsWith('R') || code.startsWith('C')) {
        result.push({ status: code[0] as 'R' | 'C', previousPath: fields[i++], path: fields[i++] });
      } else {
        result.push({ status: code[0] as NameStatus['status'], path: fields[i++] });
      }
    }
    return result;
  }

  /** The whole unified diff between two commits (three lines of context, as GitHub's patches have). */
  patch(from: string, to: string): Promise<string> {
    return this.text(['diff', '-M', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', '-U3', from, to]);
  }

  /** Every regular file in a commit's tree (symbolic links and submodules left out). */
  async listFilesAt(commit: string): Promise<string[]> {
    const entries = (await this.text(['ls-tree', '-r', '-z', commit])).split('\0').filter(Boolean);
    // "<mode> <type> <sha>\t<path>"
    return entries.filter((e) => /^100(644|755) blob /.test(e)).map((e) => e.slice(e.indexOf('\t') + 1));
  }

  /** Reads many files of one commit in a single `cat-file --batch`; a path the commit lacks is left out. */
  async readFiles(commit: string, paths: string[]): Promise<Map<string, Buffer>> {
    const files = new Map<string, Buffer>();
    if (paths.length === 0) return files;
    // Names with a newline cannot go through --batch's line protocol; such files are skipped.
    const asked = paths.filter((p) => !p.includes('\n'));
    const out = await this.run(['cat-file', '--batch'], asked.map((p) => `${commit}:${p}\n`).join(''));
    let at = 0;
    for (const path of asked) {
      const end = out.indexOf(10, at);
      if (end < 0) break;
      const header = out.subarray(at, end).toString('utf8');
      at = end + 1;
      const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!match) continue; // "<name> missing"
      const size = Number(match[2]);
      if (match[1] === 'blob') files.set(path, out.subarray(at, at + size));
      at += size + 1;
    }
    return files;
  }
}

export interface NameStatus {
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T' | 'U' | 'X';
  path: string;
  previousPath?: string;
}
