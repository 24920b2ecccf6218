/** What the Helm and Kustomize renderers share: where their output goes, and how a tool is run. */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { basename, delimiter, isAbsolute, join, relative } from 'node:path';
import type { Config } from '../config/schema.js';
import type { LintedFile } from '../core/checkers.js';
import { toFinding } from '../core/rule-settings.js';
import type { RuleMeta } from '../core/types.js';
import { lintObject } from './lint.js';
import { oncePerProblem } from './repeats.js';
import type { ManifestObject } from './model.js';
import type { ParsedManifests } from './parse.js';

export interface RenderContext {
  cwd: string;
  notices: string[];
  /** The configuration in force for an absolute path (command-line options included). */
  configFor(path: string): Config;
  /** Report path for an absolute path. */
  reportPath(path: string): string;
  /** Whether the configuration's `ignore` leaves the file out: rendered objects from it are then not reported either. */
  ignored?(path: string): boolean;
}

const DEFAULT_TIMEOUT_SECONDS = 60;
/** Rendered output above this is cut off: a chart producing more is a bug, not a deployment. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** What a render hands back: applied to the outputs in order, it returns the files it covered. */
export type Commit = (out: Outputs) => Set<string>;

export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Where rendered objects go: per target file, objects and findings; plus the render findings themselves. */
export class Outputs {
  private readonly byFile = new Map<string, { path: string; config: Config; objects: ManifestObject[] }>();
  private readonly notes: LintedFile[] = [];

  constructor(private readonly ctx: RenderContext) {}

  add(path: string, object: ManifestObject): void {
    if (this.ctx.ignored?.(path)) return;
    const file = this.ctx.reportPath(path);
    let entry = this.byFile.get(file);
    if (!entry) this.byFile.set(file, (entry = { path, config: this.ctx.configFor(path), objects: [] }));
    entry.objects.push(object);
  }

  /** A render finding on the Chart.yaml / kustomization file itself (the finding says it all; the file has no parse error). */
  note(path: string, meta: RuleMeta, message: string): void {
    const file = this.ctx.reportPath(path);
    const config = this.ctx.configFor(path);
    const finding = toFinding(meta, { line: 1, message }, file, config);
    this.notes.push({ file, path, type: 'kubernetes', config, findings: finding ? [finding] : [], error: null, model: null });
  }

  files(): LintedFile[] {
    const linted: LintedFile[] = [...this.notes];
    for (const [file, { path, config, objects }] of this.byFile) {
      const model: ParsedManifests = { file, objects, problems: [], isManifest: true };
      // One template line can yield several objects (a `range`, a base shared by overlays): one fix, one finding.
      const once = oncePerProblem();
      const findings = objects.flatMap((object) => lintObject(object, file, model, config, this.ctx.notices).filter((f) => once(f, object)));
      linted.push({ file, path, type: 'kubernetes', config, findings, error: null, model });
    }
    return linted;
  }
}

/** An executable on PATH, or null. */
export function findTool(name: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

export interface ToolRun {
  ok: boolean;
  stdout: string;
  /** Why it failed, in a line or three. */
  error: string;
}

/** Runs a tool with a time limit (SIGKILL when it passes) and an output cap; never throws. */
export function runTool(command: string, args: string[], cwd: string, timeoutSeconds: number): Promise<ToolRun> {
  const name = basename(command);
  return new Promise((done) => {
    const child = execFile(command, args, { cwd, encoding: 'utf8', timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT_BYTES }, (error, stdout, stderr) => {
      if (!error) return done({ ok: true, stdout, error: '' });
      const code = (error as NodeJS.ErrnoException).code as unknown;
      if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return done({ ok: false, stdout: '', error: `${name} produced more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MB of output` });
      if (error.killed && error.signal === 'SIGKILL') return done({ ok: false, stdout: '', error: `${name} did not finish within ${timeoutSeconds} s and was stopped` });
      if (typeof code !== 'number') return done({ ok: false, stdout: '', error: `${name} could not run: ${error.message}` });
      const lines = (stderr || stdout || '').split('\n').map((l) => l.trim()).filter(Boolean);
      done({ ok: false, stdout: '', error: `${name} exited with ${code}: ${lines.slice(0, 3).join(' / ') || 'no message'}` });
    });
    child.stdin?.end();
  });
}

export function timeoutOf(config: Config): number {
  const value = Number(config.options['render-timeout']);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_SECONDS;
}

export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
