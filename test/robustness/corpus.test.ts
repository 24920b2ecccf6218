/** Every real Dockerfile in ../shared/corpus lints without a crash or an internal error. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

function countFiles(dir: string, keep: (name: string) => boolean): number {
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? countFiles(path, keep) : keep(name) ? 1 : 0);
  }, 0);
}

describe('corpus', () => {
  it('is present beside the project', () => expect(existsSync(CORPUS)).toBe(true));

  it('lints all 358 Dockerfiles without a crash', async () => {
    const dir = join(CORPUS, 'dockerfiles');
    const report = await run({ paths: [dir], cwd: CORPUS });
    expect(countFiles(dir, () => true)).toBe(358);
    expect(report.files.filter((f) => f.type === 'dockerfile')).toHaveLength(358);
    expect(report.notices ?? []).toEqual([]);
    expect(report.files.filter((f) => f.error?.startsWith('internal error'))).toEqual([]);
    // Only the Go-templated `.template` files are not Dockerfiles; every real one parses.
    const unparsable = report.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file);
    expect(unparsable.filter((file) => !file.endsWith('.template'))).toEqual([]);
    // Real Dockerfiles have real findings: the rules ran.
    expect(report.findings.length).toBeGreaterThan(300);
  });
});
