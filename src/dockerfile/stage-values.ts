/**
 * What the instructions of a stage say at a given line: ARG/ENV values and WORKDIR in force (cached per stage),
 * COPY/ADD paths, the commands CMD/ENTRYPOINT launch, and `--from` references. Used by the secret, copy, process
 * and logging rules.
 */
import type { DockerfileModel, Instruction, ShellCommand, Stage } from './model.js';
import { posix } from 'node:path';
import { substitute, type VariableLookup } from './image-ref.js';
import { plainScript, splitCommands } from './shell.js';
import { basename, effectiveArgv, runArgvs, stageChain } from './queries.js';


export interface KeyValue {
  name: string;
  /** Quotes and escapes removed; undefined when the instruction gives no value (`ARG TOKEN`). */
  value: string | undefined;
}

/** A Dockerfile word with its quotes removed and backslash escapes applied, as Docker reads ARG/ENV values. */
export function unquote(word: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === '\\' && quote !== "'" && i + 1 < word.length) out += word[++i];
    else if (quote ? ch === quote : ch === '"' || ch === "'") quote = quote ? null : ch;
    else out += ch;
  }
  return out;
}

const pairsOf = new WeakMap<Instruction, KeyValue[]>();

/** The NAME=value pairs of an ARG, ENV or LABEL, legacy `ENV NAME value with spaces` form included. Read-only. */
export function keyValues(instruction: Instruction): KeyValue[] {
  let pairs = pairsOf.get(instruction);
  if (!pairs) pairsOf.set(instruction, (pairs = readKeyValues(instruction)));
  return pairs;
}

function readKeyValues(instruction: Instruction): KeyValue[] {
  const [first, ...rest] = instruction.words;
  if (first === undefined) return [];
  if (instruction.keyword === 'ENV' && !first.includes('=')) {
    return [{ name: first, value: rest.length ? unquote(rest.join(' ')) : undefined }];
  }
  return instruction.words.map((word) => {
    const eq = word.indexOf('=');
    return eq < 0 ? { name: word, value: undefined } : { name: word.slice(0, eq), value: unquote(word.slice(eq + 1)) };
  });
}

/** What a stage knows by line: each variable's assignments and each WORKDIR, in order (inherited ones at line 0). */
interface StageScope {
  assignments: Map<string, { line: number; value: string | undefined }[]>;
  workdirs: { line: number; dir: string | null }[];
}

const scopes = new WeakMap<DockerfileModel, Map<number, StageScope>>();

/** The last entry whose line is before `line` (entries are in line order), or undefined. */
function lastBefore<T extends { line: number }>(entries: T[] | undefined, line: number): T | undefined {
  if (!entries) return undefined;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? entries[lo - 1] : undefined;
}

function lookupAt(scope: StageScope, line: number): VariableLookup {
  return {
    has: (name: string) => lastBefore(scope.assignments.get(name), line) !== undefined,
    get: (name: string) => lastBefore(scope.assignments.get(name), line)?.value,
  };
}

/**
 * Built once per stage: ENV is inherited from the stages it is built FROM (recorded at line 0), ARG lives only in
 * its own stage and takes the global default when re-declared without one, and a value may use earlier variables.
 */
function stageScope(model: DockerfileModel, stage: Stage): StageScope {
  let byStage = scopes.get(model);
  if (!byStage) scopes.set(model, (byStage = new Map()));
  const cached = byStage.get(stage.index);
  if (cached) return cached;
  const scope: StageScope = { assignments: new Map(), workdirs: [{ line: 0, dir: '/' }] };
  const assign = (name: string, line: number, value: string | undefined) => {
    const list = scope.assignments.get(name) ?? [];
    list.push({ line, value });
    scope.assignments.set(name, list);
  };
  for (const s of stageChain(model, stage)) {
    const own = s === stage;
    for (const instruction of s.instructions) {
      const line = own ? instruction.line : 0;
      const before = lookupAt(scope, own ? line : Number.MAX_SAFE_INTEGER);
      if (instruction.keyword === 'ENV') {
        for (const { name, value } of keyValues(instruction)) assign(name, line, substitute(value ?? '', before).text);
      } else if (instruction.keyword === 'ARG' && own) {
        for (const { name, value } of keyValues(instruction)) {
          // An ENV of the same name wins over the ARG in Docker; keep it.
          if (value === undefined && before.get(name) !== undefined) continue;
          assign(name, line, value === undefined ? model.globalArgs.get(name) : substitute(value, before).text);
        }
      } else if (instruction.keyword === 'WORKDIR' && instruction.words[0]) {
        const previous = scope.workdirs[scope.workdirs.length - 1].dir;
        const path = expand(unquote(instruction.words[0]), before);
        const dir = path === null ? null : path.startsWith('/') ? posix.normalize(path) : previous === null ? null : posix.join(previous, path);
        scope.workdirs.push({ line, dir });
      }
    }
  }
  byStage.set(stage.index, scope);
  return scope;
}

/**
 * ARG and ENV values in force just before `at` in `stage` (at the end of the stage without `at`). A build arg
 * with no default maps to undefined: known, but set only at build time.
 */
export function variablesBefore(model: DockerfileModel, stage: Stage, at?: Instruction): VariableLookup {
  return lookupAt(stageScope(model, stage), at ? at.line : Number.MAX_SAFE_INTEGER);
}

/** `text` with `$VAR`/`${VAR}` replaced from `vars`, or null when a variable has no known value. */
export function expand(text: string, vars: VariableLookup): string | null {
  const { text: out, unresolved } = substitute(text, vars);
  return unresolved ? null : out;
}

/** Names of the variables `text` refers to: `${A}-$B` → [A, B]. */
export function variableNames(text: string): string[] {
  return [...text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g)].map((m) => m[1] ?? m[2]);
}

/** Sources and destination of a COPY or ADD (JSON form included); heredoc sources (`<<EOF`) are left out. */
export function copyPaths(instruction: Instruction): { sources: string[]; dest: string } | null {
  const words = instruction.words;
  if (words.length < 2) return null;
  const dest = words[words.length - 1];
  const sources = words.slice(0, -1).filter((w) => !w.startsWith('<<'));
  return { sources, dest };
}

/** A source ADD fetches rather than reads from the build context: http(s), git and ssh URLs. */
export function isRemoteSource(source: string): boolean {
  return /^(?:https?|git|ssh):\/\//i.test(source) || /^[\w.-]+@[\w.-]+:/.test(source);
}

/** The working directory in force just before `at` (WORKDIR, relative to the one before), or null when unknown. */
export function workdirBefore(model: DockerfileModel, stage: Stage, at?: Instruction): string | null {
  const { workdirs } = stageScope(model, stage);
  return (lastBefore(workdirs, at ? at.line : Number.MAX_SAFE_INTEGER) ?? workdirs[0]).dir;
}

const SHELL_PROGRAMS = /^(?:sh|bash|ash|dash|zsh|ksh|mksh)$/;

/** The script of `sh -c "…"` (also `-ec`, `-xc`, `-o pipefail -c`), or null when the command is not one. */
export function shellScriptOf(command: ShellCommand): string | null {
  const argv = effectiveArgv(command);
  if (!SHELL_PROGRAMS.test(basename(argv[0] ?? ''))) return null;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (word === '-o' || word === '+o') i++;
    else if (/^-[a-z]*c[a-z]*$/.test(word)) return argv[i + 1] ?? null;
    else if (!/^[-+]/.test(word)) return null;
  }
  return null;
}

/**
 * Every command a RUN, CMD or ENTRYPOINT starts: exec form as one command, shell form split, and the scripts of
 * `sh -c "…"` wrappers opened (a few levels deep). Commands inside a wrapper carry the wrapper's line.
 */
export function launchedCommands(instruction: Instruction): ShellCommand[] {
  let commands = launched.get(instruction);
  if (!commands) launched.set(instruction, (commands = findLaunchedCommands(instruction)));
  return commands;
}

// Several rules walk the same instructions' commands; the `sh -c` scripts are split once, and the commands keep
// their identity, so what is memoized per command (parsed line, package call) is found again. Read-only.
const launched = new WeakMap<Instruction, ShellCommand[]>();

function findLaunchedCommands(instruction: Instruction): ShellCommand[] {
  const out: ShellCommand[] = [];
  const visit = (commands: ShellCommand[], depth: number) => {
    for (const command of commands) {
      out.push(command);
      const script = depth < 3 ? shellScriptOf(command) : null;
      if (script !== null) {
        visit(splitCommands(plainScript(script, command.line)).map((c) => ({ ...c, line: command.line })), depth + 1);
      }
    }
  };
  visit(runArgvs(instruction), 0);
  return out;
}

/** The `--from` values an instruction names: `COPY --from=x` and each `RUN --mount=…,from=x`. */
export function fromReferences(instruction: Instruction): { value: string; via: string }[] {
  const refs: { value: string; via: string }[] = [];
  for (const f of instruction.flags) {
    if (f.name === 'from' && f.value) refs.push({ value: f.value, via: `${instruction.keyword} --from` });
    if (f.name === 'mount' && f.value) {
      const from = /(?:^|,)from=([^,]+)/.exec(f.value)?.[1];
      if (from) refs.push({ value: from.replace(/^(["'])(.*)\1$/, '$2'), via: `${instruction.keyword} --mount from` });
    }
  }
  return refs;
}
