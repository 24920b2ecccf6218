/**
 * New or existing: the base version of each changed file is linted too, read from git into a scratch directory
 * (the checkout is never touched), and a head finding the base also has is `existing`. Findings match on rule,
 * file and the text of the lines they point at, or failing that the message, never on line numbers: a moved
 * instruction stays existing, an edited one becomes new.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { CONFIG_NAMES } from '../config/load.js';
import { run } from '../core/engine.js';
import type { Finding, Report } from '../core/types.js';
import { CHART_FILE, classify, KUSTOMIZATION_NAMES } from '../discover/classify.js';
import { changeBase, type ChangeSet } from './changes.js';
import type { Git } from './git.js';
import { inDirectoryWhere } from './scope.js';

export interface BaselineInput {
  workspace: string;
  git: Git;
  changes: ChangeSet;
  /** Absolute. */
  configFile?: string;
  options: Record<string, unknown>;
  /** The paths/exclude inputs: only files they accept are copied out of the base. */
  inScope: (file: string) => boolean;
}

/** Past this many checked files in the base, only the changed ones are copied out (cross-file context is lost). */
const MAX_CONTEXT_FILES = 5000;

export async function markNewAndExisting(report: Report, input: BaselineInput): Promise<void> {
  const { changes } = input;
  if (changes.kind === 'all') return;
  const basePathOf = new Map<string, string>();
  for (const f of report.findings) {
    const changed = changes.files.get(f.file);
    if (!changed) f.status = 'existing'; // untouched by the change: the base has it as it is
    else if (changed.status === 'added') f.status = 'new';
    else basePathOf.set(f.file, changed.previousPath ?? f.file);
  }
  if (basePathOf.size === 0) return;
  const baseFindings = await lintBase(await changeBase(changes, input.git), new Set(basePathOf.values()), input);
  const headPathOf = new Map([...basePathOf].map(([head, base]) => [base, head]));
  const pool = new FindingPool();
  for (const b of baseFindings.findings) {
    const head = headPathOf.get(b.file);
    if (head) pool.add(b, head, baseFindings.texts.get(b.file) ?? []);
  }
  const headTexts = new Map<string, string[]>();
  for (const f of report.findings) {
    if (!basePathOf.has(f.file)) continue;
    if (!headTexts.has(f.file)) headTexts.set(f.file, readLines(join(input.workspace, f.file)));
    f.status = pool.take(f, headTexts.get(f.file) ?? []) ? 'existing' : 'new';
  }
}

/** Each base finding can account for one head finding; exact text matches are taken before message matches. */
class FindingPool {
  private readonly byText = new Map<string, Finding[]>();
  private readonly byMessage = new Map<string, Finding[]>();
  private readonly used = new Set<Finding>();

  add(f: Finding, headFile: string, lines: string[]): void {
    push(this.byText, `${f.ruleId}\0${headFile}\0${lineText(lines, f)}`, f);
    push(this.byMessage, `${f.ruleId}\0${headFile}\0${f.message}`, f);
  }

  take(f: Finding, lines: string[]): boolean {
    const found = this.first(this.byText.get(`${f.ruleId}\0${f.file}\0${lineText(lines, f)}`)) ?? this.first(this.byMessage.get(`${f.ruleId}\0${f.file}\0${f.message}`));
    if (found) this.used.add(found);
    return Boolean(found);
  }

  private first(list: Finding[] | undefined): Finding | undefined {
    return list?.find((f) => !this.used.has(f));
  }
}

function push(map: Map<string, Finding[]>, key: string, f: Finding): void {
  const list = map.get(key);
  if (list) list.push(f);
  else map.set(key, [f]);
}

/** The instruction or field a finding points at, whitespace-normalised so re-indenting does not make it new. */
function lineText(lines: string[], f: Finding): string {
  return lines.slice(f.line - 1, f.endLine).join('\n').replace(/\s+/g, ' ').trim();
}

function readLines(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split(/\r?\n/);
  } catch {
    return [];
  }
}

async function lintBase(base: string, wanted: Set<string>, input: BaselineInput): Promise<{ findings: Finding[]; texts: Map<string, string[]> }> {
  const scratch = mkdtempSync(join(tmpdir(), 'shipshape-base-'));
  try {
    await input.git.ensureCommits([base]);
    const listed = await input.git.listFilesAt(base);
    const roots = renderRoots(listed);
    const checked = listed.filter((p) => (classify(p) !== null || inRenderRoot(p, roots)) && input.inScope(p));
    const paths = checked.length <= MAX_CONTEXT_FILES ? [...new Set([...checked, ...wanted])] : [...wanted];
    const blobs = await input.git.readFiles(base, paths);
    const texts = new Map<string, string[]>();
    for (const [path, content] of blobs) {
      const target = join(scratch, ...path.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      if (wanted.has(path)) texts.set(path, content.toString('utf8').split(/\r?\n/));
    }
    copyConfigs(input.workspace, scratch, wanted);
    // The head's configuration judges both sides, so only the file's own change can make a finding new.
    const report = await run({ paths: ['.'], cwd: scratch, configFile: input.configFile, options: input.options, reportFilter: (file) => wanted.has(file) });
    return { findings: report.findings, texts };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Directories the base renders (a Helm chart, a Kustomization). Their other files — `_helpers.tpl`, `.Files`,
 * generator sources — are inputs of the render: without them the base chart fails to render and each of its
 * findings would count as new.
 */
function renderRoots(listed: string[]): Set<string> {
  const roots = new Set<string>();
  for (const path of listed) {
    const name = posix.basename(path);
    if (name === CHART_FILE || KUSTOMIZATION_NAMES.has(name)) roots.add(posix.dirname(path));
  }
  return roots;
}

function inRenderRoot(path: string, roots: Set<string>): boolean {
  return roots.size > 0 && inDirectoryWhere(path, (dir) => roots.has(dir));
}

/** The `.shipshape.yml` files that govern each path in the workspace, copied to the same places in the scratch. */
function copyConfigs(workspace: string, scratch: string, paths: Set<string>): void {
  const dirs = new Set<string>();
  for (const path of paths) {
    for (let dir = posix.dirname(path); !dirs.has(dir); dir = posix.dirname(dir)) {
      dirs.add(dir);
      if (dir === '.') break;
    }
  }
  for (const dir of dirs) {
    for (const name of CONFIG_NAMES) {
      const from = join(workspace, dir, name);
      if (!existsSync(from)) continue;
      mkdirSync(join(scratch, dir), { recursive: true });
      copyFileSync(from, join(scratch, dir, name));
    }
  }
}
