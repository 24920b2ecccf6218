/** The GitHub Action entry: read inputs, run the core over the workspace, annotate, gate. */
import * as core from '@actions/core';
import { run } from '../core/engine.js';
import { atOrAbove, type Severity } from '../core/types.js';
import { renderJson } from '../report/json.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function main(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const paths = core.getMultilineInput('paths').filter(Boolean);
  const failOn = (core.getInput('fail-on') || 'error') as Severity | 'none';
  const report = await run({ paths: paths.length ? paths : ['.'], cwd: workspace, configFile: core.getInput('config') || undefined });
  for (const f of report.findings) {
    const props = { file: f.file, startLine: f.line, endLine: f.endLine, title: f.ruleId };
    if (f.severity === 'error') core.error(f.message, props);
    else if (f.severity === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }
  const reportFile = join(process.env.RUNNER_TEMP ?? workspace, 'shipshape-report.json');
  writeFileSync(reportFile, renderJson(report));
  core.setOutput('findings', report.findings.length);
  core.setOutput('errors', report.findings.filter((f) => f.severity === 'error').length);
  core.setOutput('warnings', report.findings.filter((f) => f.severity === 'warning').length);
  core.setOutput('report-file', reportFile);
  const failing = report.findings.filter((f) => atOrAbove(f.severity, failOn));
  if (failing.length) core.setFailed(`${failing.length} finding(s) at or above ${failOn}`);
}
