import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/registry.js';
import { HADOLINT_RULES, renderHadolintMigration, ruleForCode } from '../../src/report/hadolint-migration.js';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { emptyConfig } from '../../src/config/schema.js';

// hadolint 2.15: DL1001, DL3000–DL3067 without the retired DL3005/DL3017/DL3031/DL3039, DL4000–DL4006 without DL4002.
const RETIRED = new Set(['DL3005', 'DL3017', 'DL3031', 'DL3039', 'DL4002']);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `DL${from + i}`);
const CODES = ['DL1001', ...range(3000, 3067), ...range(4000, 4006)].filter((c) => !RETIRED.has(c));

describe('hadolint parity', () => {
  it('knows 71 codes, and the data table lists exactly them', () => {
    expect(CODES).toHaveLength(71);
    expect(HADOLINT_RULES.map((r) => r.code)).toEqual(CODES);
  });

  it('every hadolint code maps to a shipshape rule through its aliases', () => {
    const missing = CODES.filter((code) => !ruleForCode(code));
    expect(missing, `DL codes without a rule: ${missing.join(', ')}`).toEqual([]);
  });

  it('no DL code is claimed by two rules', () => {
    const shared = CODES.filter((code) => allRules.filter((r) => r.meta.aliases.some((a) => a.toUpperCase() === code)).length > 1);
    expect(shared).toEqual([]);
  });

  it('version-pinning rules default to info', () => {
    for (const code of ['DL3008', 'DL3013', 'DL3016', 'DL3018', 'DL3028', 'DL3033', 'DL3037', 'DL3041', 'DL3062']) {
      expect(ruleForCode(code)?.severity, code).toBe('info');
    }
  });

  it('DL1001 and DL3057 are off by default, as in hadolint', () => {
    expect(ruleForCode('DL1001')?.enabledByDefault).toBe(false);
    expect(ruleForCode('DL3057')?.enabledByDefault).toBe(false);
    const text = '# hadolint ignore=DL3008\nFROM nginx:1.27-alpine\n';
    const ids = lintDockerfile('Dockerfile', text, emptyConfig(), []).findings.map((f) => f.ruleId);
    expect(ids).not.toContain('no-inline-ignore-pragma');
    expect(ids).not.toContain('healthcheck-missing');
  });

  it('label-schema rules stay silent without a schema and speak with one', () => {
    const text = 'FROM nginx:1.27-alpine\nLABEL version="v1" url="nope" created="yesterday" license="Apache 2" rev="main" email="a at b" empty=""\n';
    const schemaRules = ['DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'].map((c) => ruleForCode(c)?.id);
    const without = lintDockerfile('Dockerfile', text, emptyConfig(), []).findings.filter((f) => schemaRules.includes(f.ruleId));
    expect(without).toEqual([]);
    const config = emptyConfig();
    config.options = {
      'strict-labels': true,
      'label-schema': { version: 'semver', url: 'url', created: 'rfc3339', license: 'spdx', rev: 'hash', email: 'email', empty: 'text', owner: 'text' },
    };
    const found = lintDockerfile('Dockerfile', text + 'LABEL stray=1\n', config, []).findings.filter((f) => schemaRules.includes(f.ruleId));
    expect(found.map((f) => `${f.ruleId}:${f.line}`).sort()).toEqual([
      'label-empty:2', 'label-missing:1', 'label-not-email:2', 'label-not-git-hash:2', 'label-not-rfc3339:2',
      'label-not-semver:2', 'label-not-spdx:2', 'label-not-url:2', 'label-superfluous:3',
    ]);
  });

  it('docs/hadolint-migration.md is current (run npm run gen) and lists every code', () => {
    const doc = renderHadolintMigration();
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'hadolint-migration.md'), 'utf8')).toBe(doc);
    for (const code of CODES) expect(doc).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });
});
