/**
 * Mutation fuzzing over the real manifests, the YAML twin of fuzz-dockerfiles.test.ts: truncate, splice, flip bytes,
 * insert random keys, anchors and aliases, nest deeply, add huge lines. Every input must give findings, a parse-error
 * or a silent skip (YAML that is no manifest), never throw, never leave an internal-error notice, and stay within a
 * per-file time budget. The per-object rules and the project-wide checkers both run, as the engine runs them.
 * Seeded: a failure names the seed and mutation that reproduce it (FUZZ_SEED=… FUZZ_CASES=… to replay or widen).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/schema.js';
import { projectCheckers, type LintedFile } from '../../src/core/checkers.js';
import { decodeSource, MAX_BYTES, type ReadResult } from '../../src/discover/read.js';
import { lintManifest } from '../../src/kubernetes/lint.js';
import { overBudget } from '../helpers/budget.js';
import { pick, seededRandom } from '../helpers/random.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'manifests');
const files: string[] = [];
const walk = (dir: string) => readdirSync(dir).forEach((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : files.push(join(dir, n))));
walk(CORPUS);
// The big CRDs (up to 800 KB) are good load but slow every case down; most cases take the ordinary files.
const small = files.filter((f) => statSync(f).size < 64 * 1024);

/** Lines a careless edit, a bad merge or a hostile author could leave in a manifest. */
const SNIPPETS = [
  'key: value', '  nested: &anchor {a: 1}', 'alias: *anchor', 'ref: *missing', '<<: *anchor', '<<: [*a, *b]', '- item',
  '? complex key', ': value', '---', '...', '%YAML 1.1', '%TAG ! tag:example.com,2000:', '!!binary aGVsbG8=', '!custom x',
  'apiVersion: v1', 'kind: Pod', 'kind: List\nitems: [1, 2]', 'metadata: null', 'spec: []', 'containers: {}', 'image: 42',
  'securityContext: {runAsUser: -1}', 'resources: {limits: {cpu: "a lot"}}', '\tkey: tab-indented', '"unterminated',
  "'single", 'key: |', 'key: >-', '{[', ']}', 'a: b: c', '&a a: *a', 'x: &x [*x]', 'on: yes', 'y: 2024-01-01T00:00:00Z',
  '\u0000', '\uFEFF', '\uFFFD', 'k: \u202E', '# comment', '#', '@reserved', '`backtick', 'port: 99999999999999999999',
];

/** Anchors, aliases and merges wired at random: self references, forward references, fan-out. */
function anchorsAndAliases(random: () => number): string {
  const names = ['a', 'b', 'c', 'd'];
  const lines: string[] = [];
  for (let i = 0; i < 2 + random() * 8; i++) {
    const name = pick(random, names);
    const shape = Math.floor(random() * 4);
    if (shape === 0) lines.push(`k${i}: &${name} [${Array.from({ length: 1 + Math.floor(random() * 9) }, () => `*${pick(random, names)}`).join(', ')}]`);
    else if (shape === 1) lines.push(`k${i}: &${name}\n  <<: *${pick(random, names)}\n  v: ${i}`);
    else if (shape === 2) lines.push(`k${i}: *${pick(random, names)}`);
    else lines.push(`k${i}: &${name} {x: *${pick(random, names)}}`);
  }
  return lines.join('\n');
}

type Mutation = (text: string, random: () => number) => string;
const MUTATIONS: Record<string, Mutation> = {
  truncate: (t, r) => t.slice(0, Math.floor(r() * t.length)),
  splice: (t, r) => {
    const other = readFileSync(pick(r, small), 'utf8');
    return t.slice(0, Math.floor(r() * t.length)) + other.slice(Math.floor(r() * other.length));
  },
  flipBytes: (t, r) => {
    const chars = [...t];
    for (let i = 0; i < 1 + r() * 20; i++) chars[Math.floor(r() * chars.length)] = String.fromCharCode(Math.floor(r() * 0x250));
    return chars.join('');
  },
  insertKeys: (t, r) => {
    const lines = t.split('\n');
    for (let i = 0; i < 1 + r() * 10; i++) {
      const at = Math.floor(r() * lines.length);
      // At the indentation of the line it lands before, or a random one: both happen in real edits.
      const indent = r() < 0.5 ? (/^\s*/.exec(lines[at] ?? '')?.[0] ?? '') : ' '.repeat(Math.floor(r() * 12));
      lines.splice(at, 0, indent + pick(r, SNIPPETS));
    }
    return lines.join('\n');
  },
  anchorsAndAliases: (t, r) => {
    const lines = t.split('\n');
    lines.splice(Math.floor(r() * lines.length), 0, anchorsAndAliases(r));
    return lines.join('\n');
  },
  deepNesting: (t, r) => {
    const depth = 50 + Math.floor(r() * 950);
    if (r() < 0.5) return t + '\n---\napiVersion: v1\nkind: ConfigMap\ndata: ' + '['.repeat(depth) + ']'.repeat(depth) + '\n';
    let block = '\n---\napiVersion: example.com/v1\nkind: Widget\nspec:\n';
    for (let i = 0; i < depth; i++) block += ' '.repeat(i + 1) + `k${i}:\n`;
    return t + block + ' '.repeat(depth + 1) + 'v: 1\n';
  },
  hugeLine: (t, r) => {
    const lines = t.split('\n');
    const huge = 'x'.repeat(100_000 + Math.floor(r() * 900_000));
    lines.splice(Math.floor(r() * lines.length), 0, r() < 0.5 ? `  annotation: "${huge}"` : huge);
    return lines.join('\n');
  },
};

const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const CASES = Number(process.env.FUZZ_CASES ?? 400);
/** A hang detector, not a benchmark: 2 s, plus 10 ms a KB for the big CRDs (linear work is fine, a blow-up is not). */
const budgetMs = (bytes: number) => 2000 + (10 * bytes) / 1024;

describe(`fuzzing manifests (seed ${SEED}, ${CASES} cases)`, () => {
  it('never throws and always reports findings, a parse error or a skip within the budget', () => {
    const random = seededRandom(SEED);
    const names = Object.keys(MUTATIONS);
    const failures: string[] = [];
    const outcomes = { findings: 0, parseErrors: 0, skipped: 0, refused: 0 };
    for (let i = 0; i < CASES; i++) {
      const file = pick(random, random() < 0.9 ? small : files);
      const mutation = pick(random, names);
      const mutated = MUTATIONS[mutation](readFileSync(file, 'utf8'), random);
      const label = `case ${i} (${mutation} of ${file.slice(CORPUS.length + 1)}, seed ${SEED})`;
      const started = performance.now();
      try {
        const bytes = Buffer.from(mutated, 'utf8');
        const source: ReadResult = bytes.length > MAX_BYTES.kubernetes ? { error: 'too large' } : decodeSource(bytes);
        if (source.error !== undefined) {
          outcomes.refused++; // refused before parsing: a parse-error by construction (bad-input tests pin the text)
          continue;
        }
        const notices: string[] = [];
        const config = emptyConfig();
        const result = lintManifest('fuzz.yaml', source.text, config, notices);
        const lineCount = source.text.split('\n').length;
        if (result.skipped) outcomes.skipped++;
        else if (result.findings.some((f) => f.ruleId === 'parse-error')) outcomes.parseErrors++;
        else outcomes.findings++;
        if (result.error !== null && !result.findings.some((f) => f.ruleId === 'parse-error')) failures.push(`${label}: a file error without a parse-error`);
        for (const f of result.findings) {
          if (!(f.line >= 1 && f.endLine >= f.line && f.endLine <= lineCount)) failures.push(`${label}: ${f.ruleId} at bad line ${f.line}-${f.endLine} of ${lineCount}`);
        }
        // The project-wide checkers see the file as the engine would hand it over.
        if (!result.skipped) {
          const linted: LintedFile = { ...result, file: 'fuzz.yaml', path: '/fuzz.yaml', type: 'kubernetes', config };
          for (const check of projectCheckers) check({ files: [linted], notices, configFor: () => config, findings: result.findings, withdraw: () => {} });
        }
        if (notices.length) failures.push(`${label}: ${notices[0]}`);
      } catch (error) {
        failures.push(`${label}: threw ${(error as Error).message}`);
      }
      const slow = overBudget(performance.now() - started, budgetMs(mutated.length), () => {
        const source = decodeSource(Buffer.from(mutated, 'utf8'));
        if (source.error !== undefined) return;
        const config = emptyConfig();
        const result = lintManifest('fuzz.yaml', source.text, config, []);
        if (result.skipped) return;
        const linted: LintedFile = { ...result, file: 'fuzz.yaml', path: '/fuzz.yaml', type: 'kubernetes', config };
        for (const check of projectCheckers) check({ files: [linted], notices: [], configFor: () => config, findings: result.findings, withdraw: () => {} });
      });
      if (slow) failures.push(`${label}: ${slow}`);
    }
    expect(failures).toEqual([]);
    // Not a vacuous run: the mutations reach the rules, the recovering reader and the skip path alike.
    expect(outcomes.findings).toBeGreaterThan(CASES / 10);
    expect(outcomes.parseErrors).toBeGreaterThan(CASES / 10);
  });
});
