/** Diff parsing: which head lines a patch adds or shows, and file names out of `git diff`. */
import { describe, expect, it } from 'vitest';
import { parsePatch, splitGitDiff, unquoteGitPath } from '../../src/action/patch.js';

describe('parsePatch', () => {
  it('reads added lines and hunk extents on the head side', () => {
    const patch = [
      '@@ -1,4 +1,5 @@', ' FROM a', '-RUN x', '+RUN y', '+RUN z', ' USER 1', ' CMD c',
      '@@ -20,3 +21,2 @@ STAGE', ' A', '-B', ' C',
      '\\ No newline at end of file',
    ].join('\n');
    expect(parsePatch(patch)).toEqual({
      added: [{ start: 2, end: 3 }],
      context: [{ start: 1, end: 5 }, { start: 21, end: 22 }],
    });
  });

  it('handles single-line hunk headers and pure deletions', () => {
    expect(parsePatch('@@ -3 +3 @@\n-a\n+b')).toEqual({ added: [{ start: 3, end: 3 }], context: [{ start: 3, end: 3 }] });
    expect(parsePatch('@@ -5,2 +4,0 @@\n-a\n-b')).toEqual({ added: [], context: [] });
  });

  it('treats a line starting with +++ inside a hunk as content', () => {
    expect(parsePatch('@@ -0,0 +1,2 @@\n+++ b/odd\n+x').added).toEqual([{ start: 1, end: 2 }]);
  });
});

describe('splitGitDiff', () => {
  it('keys patches by head path, leaves out deletions and binaries, unquotes odd names', () => {
    const output = [
      'diff --git a/Dockerfile b/Dockerfile', 'index 1..2 100644', '--- a/Dockerfile', '+++ b/Dockerfile', '@@ -1 +1 @@', '-FROM a', '+FROM b',
      'diff --git a/gone.yaml b/gone.yaml', 'deleted file mode 100644', '--- a/gone.yaml', '+++ /dev/null', '@@ -1 +0,0 @@', '-x: 1',
      'diff --git a/logo.png b/logo.png', 'Binary files a/logo.png and b/logo.png differ',
      'diff --git "a/caf\\303\\251 \\"x\\".yaml" "b/caf\\303\\251 \\"x\\".yaml"', '--- "a/caf\\303\\251 \\"x\\".yaml"', '+++ "b/caf\\303\\251 \\"x\\".yaml"', '@@ -0,0 +1 @@', '+a: 1',
    ].join('\n');
    const patches = splitGitDiff(output);
    expect([...patches.keys()]).toEqual(['Dockerfile', 'café "x".yaml']);
    expect(parsePatch(patches.get('Dockerfile')!).added).toEqual([{ start: 1, end: 1 }]);
  });

  it('unquotes C-style escapes and leaves plain names alone', () => {
    expect(unquoteGitPath('"a\\tb\\\\c"')).toBe('a\tb\\c');
    expect(unquoteGitPath('b/plain name.yaml')).toBe('b/plain name.yaml');
  });
});
