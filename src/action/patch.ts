/** Which head-side lines a unified diff touches: the added lines (filter-mode added) and the hunks (diff_context). */

/** 1-based, inclusive. */
export interface LineRange {
  start: number;
  end: number;
}

export interface ChangedLines {
  added: LineRange[];
  /** Every head line a hunk shows, context included: reviewdog's diff_context. */
  context: LineRange[];
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Parses the hunks of one file's patch (GitHub's `patch` field, or the part of `git diff` after the headers). */
export function parsePatch(patch: string): ChangedLines {
  const added: LineRange[] = [];
  const context: LineRange[] = [];
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) push(context, next, next + count - 1);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('+')) push(added, next, next++);
    else if (line.startsWith(' ')) next++;
    else if (line.startsWith('diff --git')) inHunk = false;
    // '-' lines are gone from the head; '\ No newline at end of file' is not a line.
  }
  return { added, context };
}

function push(ranges: LineRange[], start: number, end: number): void {
  const last = ranges[ranges.length - 1];
  if (last && start <= last.end + 1) last.end = Math.max(last.end, end);
  else ranges.push({ start, end });
}

export function overlaps(ranges: LineRange[], start: number, end: number): boolean {
  return ranges.some((r) => r.start <= end && start <= r.end);
}

/**
 * Splits `git diff` output into each head path's patch. Paths come from the `+++ b/…` header, which git quotes
 * C-style when a name has unusual characters; deleted files (`+++ /dev/null`) are left out.
 */
export function splitGitDiff(output: string): Map<string, string> {
  const patches = new Map<string, string>();
  let current: string | null = null;
  let lines: string[] = [];
  const flush = () => {
    if (current !== null) patches.set(current, lines.join('\n'));
    current = null;
    lines = [];
  };
  for (const line of output.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      continue;
    }
    if (current === null && line.startsWith('+++ ')) {
      const target = unquoteGitPath(line.slice(4));
      if (target.startsWith('b/')) current = target.slice(2);
      continue;
    }
    if (current !== null) lines.push(line);
  }
  flush();
  return patches;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting ("dir/caf\303\251 \"x\".yaml") of a path; an unquoted path comes back as it is. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text.replace(/\t$/, '');
  const bytes: number[] = [];
  const body = Array.from(text.slice(1, -1));
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3).join(''), 8));
      i += 2;
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
