/** The report's order is code-unit order everywhere, so every platform and ICU version gives the same report. */
import { describe, expect, it } from 'vitest';
import { sortFindings, sortNotices } from '../../src/core/findings.js';
import type { Finding } from '../../src/core/types.js';

const at = (file: string, line: number, ruleId: string, column?: number): Finding =>
  ({ file, line, ruleId, column, severity: 'warning', message: '' }) as Finding;

describe('sortFindings', () => {
  it('orders by file, line, column, then rule id, comparing code units', () => {
    const sorted = sortFindings([
      at('a/Dockerfile', 3, 'pipefail-missing'),
      at('a/Dockerfile', 3, 'SC2086'),
      at('a/Dockerfile', 3, 'apt-no-recommends', 5),
      at('B/Dockerfile', 9, 'root-user'),
      at('a/Dockerfile', 1, 'zz-last'),
      at('a/Dockerfile', 3, 'apt-no-recommends'),
    ]);
    // Upper case before lower case: 'B/…' before 'a/…', ShellCheck's SC codes before shipshape's ids.
    expect(sorted.map((f) => `${f.file}:${f.line}:${f.column ?? ''}:${f.ruleId}`)).toEqual([
      'B/Dockerfile:9::root-user',
      'a/Dockerfile:1::zz-last',
      'a/Dockerfile:3::SC2086',
      'a/Dockerfile:3::apt-no-recommends',
      'a/Dockerfile:3::pipefail-missing',
      'a/Dockerfile:3:5:apt-no-recommends',
    ]);
  });
});

describe('sortNotices', () => {
  it('puts the run\'s own notices first as they came, then each file\'s in report order as they came', () => {
    const files = ['k8s/crd.yaml', 'a:b/Dockerfile', 'Dockerfile', 'a'];
    const said = [
      'k8s/crd.yaml: internal error reading it (boom); its findings are missing',
      'rule schema-invalid failed (boom); its findings are missing',
      'Dockerfile:12: ShellCheck skipped this RUN (heredoc)',
      // The longest file prefix wins: this is a:b/Dockerfile's, not a's.
      'a:b/Dockerfile: rule cd-in-run failed (boom); its findings are missing',
      'Dockerfile:3: ShellCheck skipped this RUN (heredoc)',
      'a lint worker failed (boom); its files were linted again on the main thread',
    ];
    expect(sortNotices(said, files)).toEqual([
      'rule schema-invalid failed (boom); its findings are missing',
      'a lint worker failed (boom); its files were linted again on the main thread',
      'Dockerfile:12: ShellCheck skipped this RUN (heredoc)',
      'Dockerfile:3: ShellCheck skipped this RUN (heredoc)',
      'a:b/Dockerfile: rule cd-in-run failed (boom); its findings are missing',
      'k8s/crd.yaml: internal error reading it (boom); its findings are missing',
    ]);
  });
});
