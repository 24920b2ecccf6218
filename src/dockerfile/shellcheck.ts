/**
 * ShellCheck over the shell-form RUN scripts of a Dockerfile, the way hadolint feeds it: each script gets a shebang
 * for the stage's shell and `export`s for the ARG/ENV names in force, SC1090/SC1091/SC2187 are excluded, and
 * non-POSIX shells (pwsh, cmd) are skipped. Findings map back to the exact Dockerfile line.
 *
 * One process serves many scripts: every RUN becomes its own small file (so one script's syntax error cannot hide
 * another's findings, and variables of one RUN do not leak into the next, as in Docker), and all files go to a single
 * `shellcheck --format=json1` call. `scriptJobs` and the process are separate so an engine run can batch the jobs of
 * many Dockerfiles (src/dockerfile/shellcheck-batch.ts).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { RuleHit, Severity } from '../core/types.js';
import type { DockerfileModel, Heredoc } from './model.js';
import { runBodies } from './commands.js';
import { shellAt } from './stage-context.js';
import { variableNamesBefore } from './stage-values.js';
import type { MappedScript } from './shell.js';

/** Codes hadolint leaves out: `source` needs directives a Dockerfile cannot give, and ash is checked as sh. */
export const EXCLUDED_CODES = [1090, 1091, 2187];
/** Set by every proxy-aware build; hadolint declares them too. */
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy'];
const DIALECTS: Record<string, string> = { sh: 'sh', ash: 'sh', busybox: 'sh', dash: 'dash', bash: 'bash', ksh: 'ksh', mksh: 'ksh' };
const HEADER_LINES = 2;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Set in a file's options when its ShellCheck run is left to the run's batch (src/dockerfile/shellcheck-batch.ts). */
export const DEFERRED = 'shellcheck-deferred';
/**
 * ShellCheck's time grows exponentially with nested quoted command substitutions (12 levels: 7 s, 16: over a
 * minute), and one such script would time out a whole batch; real scripts nest two or three deep.
 */
export const MAX_SUBSTITUTION_DEPTH = 8;

export interface SkippedScript {
  line: number;
  reason: string;
}

/** The deepest nesting of `$(` … `)` and backquotes in a script, quotes ignored (they do not stop nesting). */
export function substitutionDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let backquoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '$' && text[i + 1] === '(') {
      deepest = Math.max(deepest, ++depth + (backquoted ? 1 : 0));
      i++;
    } else if (ch === ')' && depth > 0) depth--;
    else if (ch === '`') {
      backquoted = !backquoted;
      if (backquoted) deepest = Math.max(deepest, depth + 1);
    }
  }
  return deepest;
}

export interface ScriptJob {
  /** Unique within one run of shellcheck; becomes the file name. */
  name: string;
  /** The file's full text: shebang, exports, script. */
  text: string;
  script: MappedScript;
  /** Fallback line (the instruction's first) for findings that fall on the header. */
  line: number;
}

export interface ShellcheckComment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: 'error' | 'warning' | 'info' | 'style';
  code: number;
  message: string;
}

let cachedPath: string | undefined;
let cachedFor: string | undefined;

/** The shellcheck binary on PATH, or null. Looked up once per PATH value. */
export function findShellcheck(): string | null {
  const path = process.env.PATH ?? '';
  if (cachedFor === path && cachedPath !== undefined) return cachedPath || null;
  cachedFor = path;
  cachedPath = '';
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, process.platform === 'win32' ? 'shellcheck.exe' : 'shellcheck');
    try {
      accessSync(candidate, constants.X_OK);
      cachedPath = candidate;
      break;
    } catch {
      // Not here.
    }
  }
  return cachedPath || null;
}

export const SHELLCHECK_MISSING_NOTICE = 'shellcheck is not on PATH: RUN scripts were not checked with ShellCheck (install the `shellcheck` package to enable SCxxxx findings)';

/** The shellcheck files for one Dockerfile: one per shell-form RUN (ONBUILD RUN included) whose shell ShellCheck knows. */
export function scriptJobs(model: DockerfileModel, prefix = 'r', skipped: SkippedScript[] = []): ScriptJob[] {
  const jobs: ScriptJob[] = [];
  for (const body of runBodies(model)) {
    if (body.form !== 'shell' || !body.script || !body.script.text.trim()) continue;
    const { instruction, stage } = body;
    const script = withHeredocs(body.script, instruction.heredocs, instruction.line);
    const depth = substitutionDepth(script.text);
    if (depth > MAX_SUBSTITUTION_DEPTH) {
      skipped.push({ line: instruction.line, reason: `command substitutions nested ${depth} deep` });
      continue;
    }
    let dialect = DIALECTS[heredocInterpreter(instruction.args, body.script, instruction.heredocs) ?? shellAt(model, stage, instruction.line).name];
    // A heredoc script with its own shebang runs under that interpreter (BuildKit executes it as a file).
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(script.text);
    if (shebang) {
      const program = shebang[1].endsWith('/env') ? shebang[2] ?? '' : shebang[1];
      dialect = DIALECTS[program.slice(program.lastIndexOf('/') + 1)];
    }
    if (!dialect) continue;
    const names = [...PROXY_VARIABLES, ...(stage ? variableNamesBefore(model, stage, instruction) : [])].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
    const header = `#!/bin/${dialect}\nexport ${[...new Set(names)].map((n) => `${n}=1`).join(' ')}\n`;
    jobs.push({ name: `${prefix}${jobs.length + 1}-line${instruction.line}.sh`, text: header + script.text + '\n', script, line: instruction.line });
  }
  return jobs;
}

/** `RUN <<EOT bash`: the heredoc is the script and the program named on the RUN line runs it, whatever SHELL says. */
function heredocInterpreter(args: string, script: MappedScript, heredocs: Heredoc[]): string | undefined {
  if (!heredocs.length || script.lineAt[0] !== heredocs[0].line) return undefined;
  const program = args.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, '').trim().split(/\s+/)[0];
  return program ? program.slice(program.lastIndexOf('/') + 1) : undefined;
}

/** When the RUN line is the script and heredocs are its data (`cat <<EOF > f`), the shell sees the bodies too. */
function withHeredocs(script: MappedScript, heredocs: Heredoc[], line: number): MappedScript {
  if (!heredocs.length || script.lineAt[0] === heredocs[0].line) return script;
  let text = script.text;
  const lineAt = [...script.lineAt];
  const push = (s: string, at: number) => {
    text += s;
    for (let i = 0; i < s.length; i++) lineAt.push(at);
  };
  for (const doc of heredocs) {
    push('\n', lineAt[lineAt.length - 1] ?? line);
    const body = doc.body.endsWith('\n') || doc.body === '' ? doc.body : doc.body + '\n';
    let at = doc.line;
    for (const ch of body) {
      push(ch, at);
      if (ch === '\n') at++;
    }
    push(doc.name, at);
  }
  return { text, lineAt };
}

/** The command line for one shellcheck process over `jobs`, run in the directory that holds their files. */
export function shellcheckArgs(jobs: ScriptJob[]): string[] {
  return ['--format=json1', '--norc', `--exclude=${EXCLUDED_CODES.join(',')}`, ...jobs.map((j) => j.name)];
}

/** Writes each job's file into `dir`, where shellcheck then runs. */
export function writeJobs(dir: string, jobs: ScriptJob[]): void {
  for (const job of jobs) writeFileSync(join(dir, job.name), job.text);
}

/**
 * A finished shellcheck's output → its comments by job name. Throws (with a short reason) when it failed: status 1
 * only means it found something.
 */
export function readShellcheckOutput(jobs: ScriptJob[], status: number | null, stdout: string, stderr: string): Map<string, ShellcheckComment[]> {
  if (status !== 0 && status !== 1) throw new Error(`shellcheck exited with status ${status}: ${stderr.trim().split('\n')[0]}`);
  let parsed: { comments?: ShellcheckComment[] };
  try {
    parsed = JSON.parse(stdout || '{"comments":[]}');
  } catch {
    throw new Error('shellcheck printed output that is not JSON');
  }
  const byFile = new Map<string, ShellcheckComment[]>(jobs.map((j) => [j.name, []]));
  for (const comment of parsed.comments ?? []) byFile.get(comment.file)?.push(comment);
  return byFile;
}

/**
 * Runs one shellcheck process over all jobs and waits for it (the per-file path; an engine run uses the
 * asynchronous ShellcheckBatch). Throws (with a short reason) when shellcheck cannot run, times out or fails; the
 * caller turns that into a notice.
 */
export function runShellcheck(binary: string, jobs: ScriptJob[], timeoutMs = DEFAULT_TIMEOUT_MS): Map<string, ShellcheckComment[]> {
  if (!jobs.length) return new Map();
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-sc-'));
  try {
    writeJobs(dir, jobs);
    const result = spawnSync(binary, shellcheckArgs(jobs), {
      cwd: dir, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, windowsHide: true,
    });
    if (result.error) {
      const code = (result.error as NodeJS.ErrnoException).code;
      throw new Error(code === 'ETIMEDOUT' ? timedOut(timeoutMs) : `shellcheck could not run: ${result.error.message}`);
    }
    if (result.signal) throw new Error(`shellcheck was stopped by ${result.signal}`);
    return readShellcheckOutput(jobs, result.status, result.stdout, result.stderr ?? '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const timedOut = (timeoutMs: number) => `shellcheck timed out after ${timeoutMs} ms`;

const LEVELS: Record<ShellcheckComment['level'], Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

/** A shellcheck (line, column) of a job's file → the Dockerfile line. */
export function fileLine(job: ScriptJob, line: number, column: number): number {
  const scriptLine = line - HEADER_LINES;
  if (scriptLine < 1) return job.line;
  let offset = 0;
  for (let l = 1; l < scriptLine; l++) {
    const next = job.script.text.indexOf('\n', offset);
    if (next < 0) return job.script.lineAt[job.script.lineAt.length - 1] ?? job.line;
    offset = next + 1;
  }
  const at = Math.min(offset + Math.max(column - 1, 0), job.script.lineAt.length - 1);
  return job.script.lineAt[at] ?? job.line;
}

export function toHits(job: ScriptJob, comments: ShellcheckComment[]): RuleHit[] {
  const hits: RuleHit[] = [];
  // Several columns of one joined line are one Dockerfile line: the same complaint there is said once.
  const said = new Set<string>();
  for (const c of comments) {
    const line = fileLine(job, c.line, c.column);
    const endLine = Math.max(line, fileLine(job, c.endLine, Math.max(c.endColumn - 1, 1)));
    const message = c.message.trim();
    const key = `${c.code}\0${line}\0${endLine}\0${message}`;
    if (said.has(key)) continue;
    said.add(key);
    hits.push({ line, endLine, ruleId: `SC${c.code}`, severity: LEVELS[c.level] ?? 'warning', message });
  }
  return hits;
}

/** ShellCheck hits for one Dockerfile: one process, none when there is nothing to check or no binary. */
export function shellcheckDockerfile(model: DockerfileModel, timeoutMs = DEFAULT_TIMEOUT_MS): RuleHit[] {
  const binary = findShellcheck();
  if (!binary) return [];
  const jobs = scriptJobs(model);
  if (!jobs.length) return [];
  const results = runShellcheck(binary, jobs, timeoutMs);
  return jobs.flatMap((job) => toHits(job, results.get(job.name) ?? []));
}
