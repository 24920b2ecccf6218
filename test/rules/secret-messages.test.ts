/** Findings about secrets name the key or file, never the value: checked on every secret fixture that fires. */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { keyValues } from '../../src/dockerfile/words.js';
import { emptyConfig } from '../../src/config/schema.js';
import { loadFixtures } from '../helpers/fixtures.js';

function findings(text: string) {
  const notices: string[] = [];
  return lintDockerfile('Dockerfile', text, emptyConfig(), notices).findings.filter((f) => f.ruleId === 'secret-in-build-config');
}

describe('secret-in-build-config never prints a value', () => {
  const fixtures = loadFixtures('dockerfile').filter((f) => f.ruleId === 'secret-in-build-config' && f.fires);
  it('has fixtures to check', () => expect(fixtures.length).toBeGreaterThan(5));
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const found = findings(fixture.text);
      expect(found.length).toBeGreaterThan(0);
      const { model } = parseDockerfile(fixture.name, fixture.text);
      const values = model.instructions
        .filter((i) => i.keyword === 'ARG' || i.keyword === 'ENV')
        .flatMap((i) => keyValues(i, model.escapeChar).map((kv) => kv.value ?? ''))
        .filter((v) => v.length >= 4 && !/^\$\{?\w+\}?$/.test(v));
      for (const f of found) for (const value of values) expect(f.message).not.toContain(value);
    });
  }
  it('names the key and the kind, not the token', () => {
    const token = 'ghp_R8fK2mQ9vL4xT7wB1nC6pZ3sD5yH0jE2aGiU';
    const [finding] = findings(`FROM alpine:3.20\nENV DEPLOY_SETTING=${token}\n`);
    expect(finding.message).toContain('DEPLOY_SETTING');
    expect(finding.message).toContain('a GitHub token');
    expect(finding.message).not.toContain(token);
    expect(finding.message).not.toContain(token.slice(4, 16));
  });
  it('does not print a password embedded in a URL', () => {
    const [finding] = findings('FROM alpine:3.20\nENV PIP_INDEX_URL=https://deploy:Xq7pL2vR9@pypi.internal.example/simple\n');
    expect(finding.message).toContain('PIP_INDEX_URL');
    expect(finding.message).not.toContain('Xq7pL2vR9');
    expect(finding.message).not.toContain('deploy:');
  });
});

describe('no Dockerfile finding quotes a credential from the file', () => {
  it('a secret on a shell-form CMD line is not echoed in the exec-form suggestion', () => {
    const key = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
    const text = `FROM node:20-slim\nUSER 10001\nCMD node app.js --api-key=${key}\n`;
    const all = lintDockerfile('Dockerfile', text, emptyConfig(), []).findings;
    expect(all.map((f) => f.ruleId)).toContain('shell-form-command');
    for (const f of all) expect(f.message).not.toContain(key);
  });
});
