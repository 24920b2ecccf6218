import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/schema.js';
import type { LintedFile } from '../../src/core/checkers.js';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { lintManifest } from '../../src/kubernetes/lint.js';
import { lintKubernetesProject } from '../../src/kubernetes/project.js';
import { kubernetesRules } from '../../src/rules/index.js';
import { loadFixtures } from '../helpers/fixtures.js';

const fixtures = loadFixtures('kubernetes');

/**
 * Dockerfiles a fixture brings along for the Dockerfile↔manifest rules, written in its leading comments:
 * `# dockerfile: web/Dockerfile` followed by its lines, each as `# | FROM …`.
 */
function embeddedDockerfiles(text: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const line of text.split('\n')) {
    const start = /^# dockerfile:\s*(\S+)/.exec(line);
    const body = /^# \| ?(.*)$/.exec(line);
    if (start) out.push({ file: start[1], text: '' });
    else if (body && out.length) out[out.length - 1].text += `${body[1]}\n`;
  }
  return out;
}

/** The findings of one rule on one fixture file: per-object rules and project-wide rules, as the engine runs them. */
function findingsOf(ruleId: string, text: string, file: string) {
  const config = emptyConfig();
  config.rules[ruleId] = { enabled: true };
  const notices: string[] = [];
  const result = lintManifest(file, text, config, notices);
  const linted: LintedFile = { ...result, file, path: `/fixtures/${file}`, type: 'kubernetes', config };
  const dockerfiles = embeddedDockerfiles(text).map((d): LintedFile => ({
    ...lintDockerfile(d.file, d.text, config, notices), file: d.file, path: `/fixtures/${d.file}`, type: 'dockerfile', config,
  }));
  const project = lintKubernetesProject({ files: [linted, ...dockerfiles], notices, configFor: () => config });
  expect(notices).toEqual([]);
  expect(result.skipped ?? false, 'fixture is read as a manifest').toBe(false);
  return [...result.findings, ...project].filter((f) => f.ruleId === ruleId);
}

describe('every Kubernetes rule has fixtures that fire and that stay silent', () => {
  for (const rule of kubernetesRules) {
    it(rule.meta.id, () => {
      const own = fixtures.filter((f) => f.ruleId === rule.meta.id);
      expect(own.some((f) => f.fires), 'a fires- fixture').toBe(true);
      expect(own.some((f) => !f.fires), 'a silent- fixture').toBe(true);
    });
  }
});

describe('Kubernetes rule fixtures', () => {
  for (const fixture of fixtures) {
    it(`${fixture.ruleId}/${fixture.name}`, () => {
      const found = findingsOf(fixture.ruleId, fixture.text, fixture.name)
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
