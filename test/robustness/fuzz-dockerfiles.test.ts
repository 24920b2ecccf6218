/**
 * Mutation fuzzing over the real Dockerfiles: truncate, splice, flip bytes, insert random instructions, nest
 * heredocs and continuations, add huge lines. Every input must give findings or a parse-error, never throw, and
 * stay within a per-file time budget. Seeded: a failure names the seed and mutation that reproduce it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { emptyConfig } from '../../src/config/schema.js';
import { decodeSource } from '../../src/discover/read.js';
import { overBudget } from '../helpers/budget.js';
import { pick, seededRandom } from '../helpers/random.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dockerfiles');
const files: string[] = [];
const walk = (dir: string) => readdirSync(dir).forEach((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : files.push(join(dir, n))));
walk(CORPUS);

const SNIPPETS = [
  'RUN <<EOF\n', 'EOF\n', '\\\n', '"', "'", '`', '$(', '${', '}', '#', '# shipshape ignore=\n', '# escape=`\n', 'FROM\n',
  'FROM ${X:-${Y:-${Z}}}\n', 'COPY --from= . .\n', 'ARG =\n', 'USER\n', 'CMD [\n', 'CMD ["a", 1]\n', 'ENV =x\n',
  'RUN --mount=type=cache,target= apt-get install\n', 'ONBUILD ONBUILD RUN x\n', 'HEALTHCHECK CMD\n', '\u0000', '\uFFFD',
  'SHELL ["pwsh", "-c"]\n', 'RUN a && || ; | & b\n', 'EXPOSE 99999999/xyz\n',
];

type Mutation = (text: string, random: () => number) => string;
const MUTATIONS: Record<string, Mutation> = {
  truncate: (t, r) => t.slice(0, Math.floor(r() * t.length)),
  splice: (t, r) => {
    const other = readFileSync(pick(r, files), 'utf8');
    const at = Math.floor(r() * t.length);
    return t.slice(0, at) + other.slice(Math.floor(r() * other.length)) ;
  },
  flipBytes: (t, r) => {
    const chars = [...t];
    for (let i = 0; i < 1 + r() * 20; i++) chars[Math.floor(r() * chars.length)] = String.fromCharCode(Math.floor(r() * 0x250));
    return chars.join('');
  },
  insertInstructions: (t, r) => {
    const lines = t.split('\n');
    for (let i = 0; i < 1 + r() * 10; i++) lines.splice(Math.floor(r() * lines.length), 0, pick(r, SNIPPETS).replace(/\n$/, ''));
    return lines.join('\n');
  },
  deepNesting: (t, r) => t + '\nRUN ' + 'echo "$('.repeat(50 + Math.floor(r() * 200)) + '\n' + 'RUN a \\\n'.repeat(500),
  hugeLine: (t, r) => t + '\nRUN echo ' + 'x'.repeat(100_000 + Math.floor(r() * 400_000)) + '\n',
};

const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const CASES = Number(process.env.FUZZ_CASES ?? 600);
const BUDGET_MS = 2000;

describe(`fuzzing Dockerfiles (seed ${SEED}, ${CASES} cases)`, () => {
  it('never throws and always reports findings or a parse error within the budget', () => {
    const random = seededRandom(SEED);
    const names = Object.keys(MUTATIONS);
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const file = pick(random, files);
      const mutation = pick(random, names);
      const mutated = MUTATIONS[mutation](readFileSync(file, 'utf8'), random);
      const label = `case ${i} (${mutation} of ${file.slice(CORPUS.length + 1)}, seed ${SEED})`;
      const started = performance.now();
      try {
        const source = decodeSource(Buffer.from(mutated, 'utf8'));
        if (source.error !== undefined) continue; // refused before parsing: a parse-error by construction
        const notices: string[] = [];
        const result = lintDockerfile('Dockerfile', source.text, emptyConfig(), notices);
        if (notices.length) failures.push(`${label}: ${notices[0]}`);
        if (result.error !== null && result.findings.length === 0) failures.push(`${label}: a file error without a finding`);
        for (const f of result.findings) {
          if (!(f.line >= 1 && f.endLine >= f.line)) failures.push(`${label}: ${f.ruleId} at bad line ${f.line}-${f.endLine}`);
        }
      } catch (error) {
        failures.push(`${label}: threw ${(error as Error).message}`);
      }
      const slow = overBudget(performance.now() - started, BUDGET_MS, () => {
        const source = decodeSource(Buffer.from(mutated, 'utf8'));
        if (source.error === undefined) lintDockerfile('Dockerfile', source.text, emptyConfig(), []);
      });
      if (slow) failures.push(`${label}: ${slow}`);
    }
    expect(failures).toEqual([]);
  });
});
