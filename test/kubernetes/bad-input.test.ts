/** Bad manifests never crash or hang the run: each is a parse-error at its line or a clean result, neighbours intact. */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { tree } from '../helpers/tmp.js';

const GOOD = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n';

async function lint(files: Record<string, string | Buffer>) {
  const root = tree({ ...files, 'good/config.yaml': GOOD });
  const report = await run({ paths: ['.'], cwd: root });
  expect(report.notices ?? []).toEqual([]);
  // The good manifest is always reported in full, whatever its neighbours hold.
  expect(report.findings.filter((f) => f.file === 'good/config.yaml').map((f) => `${f.line}:${f.ruleId}`)).toEqual(['3:namespace-missing']);
  return report;
}

const of = (report: Awaited<ReturnType<typeof run>>, file: string) => ({
  entry: report.files.find((f) => f.file === file),
  findings: report.findings.filter((f) => f.file === file),
});

/** Billion laughs: nine levels of nine aliases each, 9^9 strings once expanded. */
function aliasBomb(): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: lol', 'data:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    lines.push(`  ${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

describe('bad manifests', () => {
  it('an alias bomb is one parse-error at its document, quickly', async () => {
    const started = Date.now();
    const { entry, findings } = of(await lint({ 'bomb.yaml': aliasBomb() }), 'bomb.yaml');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(entry?.type).toBe('kubernetes');
    expect(findings.map((f) => [f.line, f.ruleId])).toEqual([[1, 'parse-error']]);
    expect(findings[0].message).toMatch(/alias/);
  });

  it('a self-referencing alias is a parse-error, not an endless walk', async () => {
    const { findings } = of(await lint({ 'loop.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loop\ndata: &d\n  self: *d\n' }), 'loop.yaml');
    expect(findings.map((f) => f.ruleId)).toEqual(['parse-error']);
  });

  it('50 levels of nesting are read and checked', async () => {
    // A custom resource (no CRD in the repo, so no schema to hold it to): free-form nesting is its business.
    let text = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: deep\n  namespace: shop\nspec:\n';
    for (let i = 0; i < 50; i++) text += '  '.repeat(i + 1) + `k${i}:\n`;
    text += '  '.repeat(51) + 'v: 1\n';
    const { entry, findings } = of(await lint({ 'deep.yaml': text }), 'deep.yaml');
    expect(entry?.error).toBeNull();
    expect(findings).toEqual([]);
  });

  it('5000 levels of flow nesting are a parse-error', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    const { findings } = of(await lint({ 'deeper.yaml': text }), 'deeper.yaml');
    expect(findings.map((f) => f.ruleId)).toEqual(['parse-error']);
  });

  it('a 20 MB file is refused with its size, quickly', async () => {
    const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n' + '  k: "' + 'x'.repeat(200) + '"\n';
    const text = (doc + '---\n').repeat(Math.ceil(20e6 / (doc.length + 4)));
    const started = Date.now();
    const { entry, findings } = of(await lint({ 'big.yaml': text }), 'big.yaml');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(entry?.error).toMatch(/too large/);
    expect(findings.map((f) => [f.line, f.ruleId])).toEqual([[1, 'parse-error']]);
  });

  it('tabs as indentation are a parse-error at their line; the document before is checked', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Secret\nmetadata:\n\tname: b\n';
    const { findings } = of(await lint({ 'tabs.yaml': text }), 'tabs.yaml');
    expect(findings.map((f) => [f.line, f.ruleId])).toEqual([[3, 'namespace-missing'], [9, 'parse-error']]);
  });

  it('text that ends inside an open [ or quote is a parse-error on the last line, not the one after it', async () => {
    for (const text of ['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\nbad: [\n', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: "a\n']) {
      const { findings } = of(await lint({ 'eof.yaml': text }), 'eof.yaml');
      expect(findings.map((f) => [f.line, f.ruleId])).toEqual([[text.split('\n').length - 1, 'parse-error']]);
    }
  });

  it('duplicate keys are a parse-error at the second key', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: shop\n  name: b\n';
    const { findings } = of(await lint({ 'dup.yaml': text }), 'dup.yaml');
    expect(findings.map((f) => [f.line, f.ruleId])).toEqual([[6, 'parse-error']]);
    expect(findings[0].message).toMatch(/unique/);
  });

  it('non-UTF-8 text is one parse-error', async () => {
    const bytes = Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const { findings } = of(await lint({ 'latin1.yaml': bytes }), 'latin1.yaml');
    expect(findings.map((f) => `${f.line}:${f.ruleId}:${f.message}`)).toEqual(['1:parse-error:not valid UTF-8 text']);
  });

  it('YAML that is no manifest is not reported at all', async () => {
    const report = await lint({ '.github/workflows/ci.yml': 'on: [push]\njobs: {}\n', 'values.yaml': 'image: {tag: latest}\n' });
    expect(report.files.map((f) => f.file)).toEqual(['good/config.yaml']);
  });
});
