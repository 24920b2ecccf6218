import { expect } from 'vitest';
import { emptyConfig } from '../../src/config/schema.js';
import type { LintedFile } from '../../src/core/checkers.js';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { lintManifest } from '../../src/kubernetes/lint.js';
import { kubernetesProjectChecks, lintKubernetesProject } from '../../src/kubernetes/project.js';
import { kubernetesRules } from '../../src/rules/index.js';
import { loadFixtures } from '../helpers/fixtures.js';
import { fixtureSuite } from '../helpers/fixture-suite.js';

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
  // With lint workers the engine runs the project rules that read manifests alone before the Dockerfiles are in
  // (kubernetesProjectChecks); a rule that reads them waits. Every fixture must give the same findings that way.
  const staged = kubernetesProjectChecks();
  staged.early({ files: [linted], notices, configFor: () => config });
  expect(staged.check({ files: [linted, ...dockerfiles], notices, configFor: () => config })).toEqual(project);
  expect(notices).toEqual([]);
  expect(result.skipped ?? false, 'fixture is read as a manifest').toBe(false);
  return [...result.findings, ...project].filter((f) => f.ruleId === ruleId);
}

fixtureSuite('Kubernetes', kubernetesRules, fixtures, (f) => findingsOf(f.ruleId, f.text, f.name));
