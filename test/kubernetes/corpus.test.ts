/** Every real manifest in ../shared/corpus/manifests (416 files, CRDs up to 800 KB) lints without a crash. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const DIR = join(CORPUS, 'manifests');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('manifest corpus', () => {
  it('lints all 416 files without a crash or an internal error', async () => {
    expect(files(DIR)).toHaveLength(416);
    const report = await run({ paths: [DIR], cwd: CORPUS });
    expect(report.notices ?? []).toEqual([]);
    expect(report.files.filter((f) => f.error?.startsWith('internal error')).map((f) => `${f.file}: ${f.error}`)).toEqual([]);
    const manifests = report.files.filter((f) => f.type === 'kubernetes');
    // Kustomize configs, skaffold files and Helm values are skipped as not-manifests; everything else is read.
    expect(manifests.length).toBeGreaterThan(380);
    // The only unparsable files are the ones with a duplicate key, which kubectl refuses too — and even those are
    // still checked past the error.
    const parseErrors = report.findings.filter((f) => f.ruleId === 'parse-error');
    expect(parseErrors.map((f) => f.message)).toEqual(parseErrors.map(() => 'invalid YAML: Map keys must be unique'));
    expect(report.files.filter((f) => f.error).map((f) => `${f.file}: ${f.error}`)).toEqual([]);
    const duplicated = report.findings.find((f) => f.file.endsWith('openshift-origin/etcd-controller.yaml') && f.ruleId === 'parse-error');
    expect(duplicated?.line).toBe(12);
    expect(report.findings.some((f) => f.file.endsWith('openshift-origin/etcd-controller.yaml') && f.ruleId !== 'parse-error')).toBe(true);
    // Real manifests have real findings: the rules ran, on the right kinds of files.
    const ids = new Set(report.findings.map((f) => f.ruleId));
    for (const id of ['namespace-missing', 'resources-missing', 'probes-missing', 'root-user', 'host-path-volume', 'plaintext-secret', 'secret-in-env', 'bare-pod']) {
      expect(ids, id).toContain(id);
    }
    // Every finding points inside its file.
    expect(report.findings.filter((f) => f.line < 1 || f.endLine < f.line)).toEqual([]);
  }, 120_000);
});
