import { expect } from 'vitest';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { emptyConfig } from '../../src/config/schema.js';
import { dockerfileRules } from '../../src/rules/index.js';
import { loadFixtures } from '../helpers/fixtures.js';
import { fixtureSuite } from '../helpers/fixture-suite.js';

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

fixtureSuite('Dockerfile', dockerfileRules, fixtures, (f) => findingsOf(f.ruleId, f.text, f.name, f.options, f.expectRule));
