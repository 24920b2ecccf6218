/**
 * The GitHub Action: inputs and event in; what changed; the same core as the CLI over the workspace; the report
 * published (files, outputs, annotations, comment, summary); the gate. Each step lives in its own module.
 */
import * as core from '@actions/core';
import { createGitHub, type GitHub } from '../github/client.js';
import { resolveChanges } from './changes.js';
import { readContext, type ActionContext } from './context.js';
import { onPullRequestHead } from './head-checkout.js';
import { failingFindings, gateReason } from './gate.js';
import { Git } from './git.js';
import { configFileOf, readInputs, type ActionInputs } from './inputs.js';
import { writeReportFiles } from './outputs.js';
import { publish } from './publish.js';
import { nothingToCheck, onChangedLine, pathFilter, reportedFiles, withRenderInputs } from './scope.js';

export async function main(): Promise<void> {
  const inputs = readInputs();
  const context = readContext();
  const notes: string[] = [];
  const github = inputs.token
    ? createGitHub({
        token: inputs.token,
        baseUrl: context.apiUrl,
        // Tuning knobs for tests and slow GitHub Enterprise servers; production leaves them unset.
        backoffUnitMs: numberFromEnv('SHIPSHAPE_API_BACKOFF_MS'),
        timeoutMs: numberFromEnv('SHIPSHAPE_API_TIMEOUT_MS'),
        log: (line) => core.debug(line),
      })
    : null;
  // The publishing job of a sharded matrix merges the shards' reports instead of linting (docs/sharding.md).
  if (inputs.mergeReports.length) return (await import('./merge-reports.js')).publishMerged({ inputs, context, github, notes });
  // The pull request's head, checked out beside the workspace when that is GitHub's merge commit (head-checkout.ts);
  // report files still go to the workspace.
  await onPullRequestHead(context, new Git(context.workspace), notes, (linted) => lintAndPublish(linted, context.workspace, inputs, github, notes));
}

async function lintAndPublish(context: ActionContext, outputDir: string, inputs: ActionInputs, github: GitHub | null, notes: string[]): Promise<void> {
  const git = new Git(context.workspace);
  // A change to a chart's values or a kustomization's patch puts the findings it moves in scope (scope.ts).
  const changes = await withRenderInputs(await resolveChanges(context, git, github, notes), context.workspace, inputs.filterMode, configFileOf(inputs, context.workspace), notes);
  if (changes.kind === 'all') notes.push(changes.reason);
  // The engine and its rules load only when something is to be checked: a pull request touching no Dockerfile
  // or manifest finishes in the time it takes to ask GitHub for its files.
  const checking = !nothingToCheck(changes, inputs.filterMode, pathFilter(inputs.paths, inputs.exclude));
  // A run that reports many files shares them with lint workers: they load while the engine does (lint-threads.ts).
  if (checking) {
    (await import('../core/lint-threads.js')).prestartLintWorkers(reportedFiles(changes, inputs.filterMode)?.size ?? Infinity);
  }
  const report = checking
    ? await (await import('./check.js')).checkWorkspace(context, inputs, changes, git, notes)
    : { version: 1 as const, findings: [], files: [], notices: [] };
  if (inputs.shard) return (await import('./merge-reports.js')).finishShard(report, inputs.shard, outputDir, inputs);
  const failing = failingFindings(report.findings, inputs.failOn, inputs.newFindingsOnly);
  await writeReportFiles(report, outputDir, inputs.sarifFile);
  await publish({ report, context, inputs, github, failing, scope: scopeOf(!reportedFiles(changes, inputs.filterMode), report.files.length), notes, onChangedLine: (f) => onChangedLine(changes, f) });
  if (failing.length) core.setFailed(gateReason(failing, inputs.failOn, inputs.newFindingsOnly));
}

function scopeOf(everything: boolean, checked: number): string {
  const files = `${checked} file${checked === 1 ? '' : 's'}`;
  if (everything) return `the ${files} checked`;
  return checked ? `the ${files} this change touches` : 'this change (no Dockerfile or manifest changed)';
}

function numberFromEnv(name: string): number | undefined {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) && value >= 0 ? value : undefined;
}
