import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, canonicalId, findRule } from '../../src/rules/registry.js';
import { renderRulesDoc } from '../../src/report/rules-doc.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('rule metadata', () => {
  for (const { meta, target } of allRules) {
    it(`${target}/${meta.id} is complete`, () => {
      expect(meta.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(['error', 'warning', 'info']).toContain(meta.severity);
      expect(['security', 'reliability', 'efficiency', 'maintainability']).toContain(meta.category);
      expect(meta.title.length).toBeGreaterThan(5);
      for (const key of ['why', 'fix', 'bad', 'good'] as const) expect(meta.docs[key].trim().length, key).toBeGreaterThan(0);
    });
  }
  it('an id names one rule per target', () => {
    const keys = allRules.map((r) => `${r.target}/${r.meta.id}`);
    expect(keys.length).toBe(new Set(keys).size);
  });
  it('an alias names one rule', () => {
    const owners = new Map<string, Set<string>>();
    for (const { meta } of allRules) for (const alias of meta.aliases) owners.set(alias.toLowerCase(), (owners.get(alias.toLowerCase()) ?? new Set()).add(meta.id));
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([]);
  });
  it('finds rules by id or alias, case-insensitively', () => {
    expect(findRule('DL3002')?.id).toBe('root-user');
    expect(canonicalId('dl3025')).toBe('shell-form-command');
    expect(canonicalId('SC2086')).toBe('SC2086');
  });
});

describe('generated files', () => {
  it('docs/rules.md is current (run npm run gen)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(renderRulesDoc());
  });
});
