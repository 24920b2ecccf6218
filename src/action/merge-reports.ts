/**
 * The two halves of a sharded matrix (docs/sharding.md). A `shard: i/n` job lints, writes its JSON report (output
 * report-file, for upload-artifact) and stops: no comment, check run or gate of its own, which n jobs would fight
 * over. The `merge-reports: <glob>` job reads the downloaded reports, merges them (src/report/merge.ts) and does
 * what one unsharded run does with its report: files and outputs, annotations, sticky comment, job summary, gate.
 */
import * as core from '@actions/core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Shard } from '../core/shard.js';
import type { Report } from '../core/types.js';
import type { GitHub } from '../github/client.js';
import { mergeReports, parseReport } from '../report/merge.js';
import type { ActionContext } from './context.js';
import { failingFindings, gateReason } from './gate.js';
import { InputError, type ActionInputs } from './inputs.js';
import { writeReportFiles } from './outputs.js';
import { publish } from './publish.js';

/** `outputDir`: the workspace, where the report files go (the shard may have linted a checkout of the head). */
export async function finishShard(report: Report, shard: Shard, outputDir: string, inputs: ActionInputs): Promise<void> {
  report.shard = shard;
  await writeReportFiles(report, outputDir, inputs.sarifFile);
  core.info(`shipshape: shard ${shard.index}/${shard.count} found ${report.findings.length} findings in ${report.files.length} files; a job with merge-reports publishes and gates them`);
}

export async function publishMerged(p: { inputs: ActionInputs; context: ActionContext; github: GitHub | null; notes: string[] }): Promise<void> {
  const { inputs, context } = p;
  const paths = findFiles(context.workspace, inputs.mergeReports);
  if (paths.length === 0) throw new InputError(`merge-reports: no file matches ${inputs.mergeReports.map((g) => `'${g}'`).join(', ')} (were the shards' reports downloaded?)`);
  const report = mergeReports(paths.map((path) => {
    const name = relative(context.workspace, path);
    return { name, report: parseReport(readFileSync(path, 'utf8'), name) };
  }));
  const failing = failingFindings(report.findings, inputs.failOn, inputs.newFindingsOnly);
  await writeReportFiles(report, context.workspace, inputs.sarifFile);
  const checked = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
  await publish({ report, context, inputs, github: p.github, failing, scope: `the ${checked} ${paths.length} shards checked`, notes: p.notes, onChangedLine: () => false });
  if (failing.length) core.setFailed(gateReason(failing, inputs.failOn, inputs.newFindingsOnly));
}

/** Files matching any of the globs (relative to the workspace, or absolute), sorted; `**` walks directories. */
export function findFiles(workspace: string, patterns: string[]): string[] {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(workspace, pattern);
    const { base, glob, isGlob } = picomatch.scan(absolute);
    if (!isGlob) {
      if (isFile(absolute)) found.add(absolute);
      continue;
    }
    const matches = picomatch(glob, { dot: true });
    const walk = (dir: string) => {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const path = join(dir, name);
        if (isFile(path)) {
          if (matches(relative(base, path).split('\\').join('/'))) found.add(path);
        } else if (name !== '.git' && name !== 'node_modules' && isDirectory(path)) walk(path);
      }
    };
    walk(base);
  }
  return [...found].sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
