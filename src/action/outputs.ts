/** The step's files and outputs: the JSON report (the contract), SARIF, counts and image figures. */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Report } from '../core/types.js';
import type { ImageReport } from '../image/types.js';
import { renderJson } from '../report/json.js';

export async function writeReportFiles(report: Report & { images?: ImageReport[] }, workspace: string, sarifFile: string | undefined): Promise<void> {
  const reportFile = join(process.env.RUNNER_TEMP || tmpdir(), 'shipshape-report.json');
  writeFileSync(reportFile, renderJson(report));
  core.setOutput('report-file', reportFile);
  if (sarifFile) {
    const path = resolve(workspace, sarifFile);
    mkdirSync(dirname(path), { recursive: true });
    // Loaded on demand: SARIF carries every rule's metadata, which a no-op run has no need to load.
    const { renderSarif } = await import('../report/sarif.js');
    writeFileSync(path, renderSarif(report));
    core.setOutput('sarif-file', path);
  }
  core.setOutput('findings', report.findings.length);
  core.setOutput('errors', report.findings.filter((f) => f.severity === 'error').length);
  core.setOutput('warnings', report.findings.filter((f) => f.severity === 'warning').length);
  const image = report.images?.[0];
  if (image) {
    // One figure per output: the first image, as most repositories build one; the JSON report has them all.
    core.setOutput('image-size', image.sizeBytes);
    if (image.base?.deltaBytes != null) core.setOutput('image-size-delta', image.base.deltaBytes);
  }
}
