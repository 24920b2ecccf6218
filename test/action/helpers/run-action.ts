/**
 * Runs `node dist/index.js` the way a GitHub runner does: INPUT_* variables (action.yml's defaults filled in),
 * the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the API at a local stand-in.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { FakeGitHub } from './fake-github.js';
import type { TestRepo } from './git-repo.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const ACTION = join(ROOT, 'dist', 'index.js');
export const TOKEN = 'ghs_TestTokenThatMustNeverBePrinted0123456789';

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  /** The JSON report the action wrote (output report-file). */
  report: any;
  runnerTemp: string;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  api?: FakeGitHub;
  env?: Record<string, string>;
  job?: string;
}

const declared = (parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;

export async function runAction(options: RunOptions): Promise<ActionRun> {
  if (!existsSync(ACTION)) throw new Error('dist/index.js is missing: run `node scripts/bundle.mjs` first');
  const temp = mkdtempSync(join(tmpdir(), 'shipshape-runner-'));
  const eventPath = join(temp, 'event.json');
  const outputPath = join(temp, 'output');
  const summaryPath = join(temp, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo/shipshape-demo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.api?.url ?? 'http://127.0.0.1:9',
    GITHUB_JOB: options.job ?? 'lint',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: (options.payload as any)?.pull_request?.head?.sha ?? (options.payload as any)?.after ?? '',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    SHIPSHAPE_API_BACKOFF_MS: '5',
    SHIPSHAPE_API_TIMEOUT_MS: '3000',
  };
  for (const [name, spec] of Object.entries(declared)) {
    const value = options.inputs?.[name] ?? (spec.default ?? '').replace('${{ github.token }}', TOKEN);
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  Object.assign(env, options.env);
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ code: status ?? -1, stdout: out, stderr: err }));
  });
  const reportFile = join(temp, 'shipshape-report.json');
  const result: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: parseCommands(stdout),
    report: existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null,
    runnerTemp: temp,
  };
  return result;
}

export function cleanupRun(run: ActionRun): void {
  rmSync(run.runnerTemp, { recursive: true, force: true });
}

/** The GITHUB_OUTPUT file format: `name<<DELIMITER`, the value, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Workflow commands as the runner reads them: only lines that start with `::`. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ command: m[1], properties, message: unescapeData(m[3]) });
  }
  return commands;
}

export function pullRequestPayload(repo: TestRepo, options: { number?: number; fork?: boolean; changedFiles?: number } = {}): unknown {
  const number = options.number ?? 7;
  const baseRepo = { full_name: 'octo/shipshape-demo', name: 'shipshape-demo', owner: { login: 'octo' } };
  const headRepo = options.fork ? { full_name: 'stranger/shipshape-demo', name: 'shipshape-demo', owner: { login: 'stranger' } } : baseRepo;
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Change things',
      changed_files: options.changedFiles ?? 1,
      head: { ref: 'feature', sha: repo.head, repo: headRepo },
      base: { ref: 'main', sha: repo.base, repo: baseRepo },
    },
    repository: baseRepo,
    sender: { login: 'octocat', type: 'User' },
  };
}
