import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { emptyConfig } from '../../src/config/schema.js';
import { dockerfileRules } from '../../src/rules/index.js';
import { loadFixtures } from '../helpers/fixtures.js';

const fixtures = loadFixtures('dockerfile');

function findingsOf(ruleId: string, text: string, file: string, options: Record<string, unknown> = {}, countId = ruleId) {
  const config = emptyConfig();
  config.rules[ruleId] = { enabled: true };
  config.options = options;
  const notices: string[] = [];
  const result = lintDockerfile(file, text, config, notices);
  expect(notices).toEqual([]);
  return result.findings.filter((f) => f.ruleId === countId);
}

describe('every Dockerfile rule has fixtures that fire and that stay silent', () => {
  for (const rule of dockerfileRules) {
    it(rule.meta.id, () => {
      const own = fixtures.filter((f) => f.ruleId === rule.meta.id);
      expect(own.some((f) => f.fires), 'a fires- fixture').toBe(true);
      expect(own.some((f) => !f.fires), 'a silent- fixture').toBe(true);
    });
  }
});

describe('Dockerfile rule fixtures', () => {
  for (const fixture of fixtures) {
    it(`${fixture.ruleId}/${fixture.name}`, () => {
      const found = findingsOf(fixture.ruleId, fixture.text, fixture.name, fixture.options, fixture.expectRule)
        .map((f): [number, number] => [f.line, f.endLine])
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      if (fixture.fires) {
        expect(fixture.expected.length, 'fires- fixture needs an expect-lines header').toBeGreaterThan(0);
        expect(found).toEqual(fixture.expected);
      } else {
        expect(found).toEqual([]);
      }
    });
  }
});
