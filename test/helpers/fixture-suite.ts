/** The fixture suite every rule target shares: each rule has fires- and silent- fixtures, each fixture's lines hold. */
import { describe, expect, it } from 'vitest';
import type { Finding, RuleMeta } from '../../src/core/types.js';
import type { Fixture } from './fixtures.js';

export function fixtureSuite(target: string, rules: { meta: RuleMeta }[], fixtures: Fixture[], findingsOf: (fixture: Fixture) => Finding[]): void {
  describe(`every ${target} rule has fixtures that fire and that stay silent`, () => {
    for (const rule of rules) {
      it(rule.meta.id, () => {
        const own = fixtures.filter((f) => f.ruleId === rule.meta.id);
        expect(own.some((f) => f.fires), 'a fires- fixture').toBe(true);
        expect(own.some((f) => !f.fires), 'a silent- fixture').toBe(true);
      });
    }
  });

  describe(`${target} rule fixtures`, () => {
    for (const fixture of fixtures) {
      it(`${fixture.ruleId}/${fixture.name}`, () => {
        const found = findingsOf(fixture)
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
}
