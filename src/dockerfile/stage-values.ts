/**
 * What the instructions of a stage say at a given line: ARG/ENV values and WORKDIR in force (cached per stage; the
 * one place variables are resolved), COPY/ADD paths and the commands CMD/ENTRYPOINT launch. Used by the secret,
 * copy, process and logging rules, and by the ShellCheck scripts.
 */
import type { DockerfileModel, Instruction, ShellCommand, Stage } from './model.js';
import { posix } from 'node:path';
import { substitute, type VariableLookup } from './image-ref.js';
import { plainScript, splitCommands } from './shell.js';
import { keyValues, processWord } from './words.js';
import { basename, effectiveArgv, runArgvs, stageChain } from './queries.js';

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
 * Built once per stage, as BuildKit dispatches it. A stage starts from the values of the stage it is built FROM
 * (ENV and ARG alike: BuildKit copies the whole state), recorded at line 0. A global ARG reaches a stage only through
 * a bare `ARG NAME`, which takes the global default; a bare ARG with no global default keeps a value already set,
 * or declares a build-time-only value (undefined). Every value of one ENV is expanded before any is set
 * (`ENV A=1 B=$A` gives B the earlier A), while the values of one ARG are set one by one. Quotes and escapes are
 * read as BuildKit's lexer does (processWord). A value using an unknown variable keeps it as `${NAME}` text.
 */
function stageScope(model: DockerfileModel, stage: Stage): StageScope {
  let byStage = scopes.get(model);
  if (!byStage) scopes.set(model, (byStage = new Map()));
  const cached = byStage.get(stage.index);
  if (cached) return cached;
  const scope: StageScope = { assignments: new Map(), workdirs: [{ line: 0, dir: '/' }] };
  // The values as the build goes: each instruction reads them as they are just before it.
  const current = new Map<string, string | undefined>();
  const assign = (name: string, line: number, value: string | undefined) => {
    current.set(name, value);
    const list = scope.assignments.get(name);
    if (list) list.push({ line, value });
    else scope.assignments.set(name, [{ line, value }]);
  };
  const read = (word: string) => processWord(word, current, model.escapeChar);
  for (const s of stageChain(model, stage)) {
    const line = (instruction: Instruction) => (s === stage ? instruction.line : 0);
    for (const instruction of s.instructions) {
      if (instruction.keyword === 'ENV') {
        const values = keyValues(instruction, model.escapeChar).map(({ name, raw }) => [name, read(raw ?? '').text] as const);
        for (const [name, value] of values) assign(name, line(instruction), value);
      } else if (instruction.keyword === 'ARG') {
        for (const { name, raw } of keyValues(instruction, model.escapeChar)) {
          const global = model.globalArgs.get(name);
          if (raw !== undefined) assign(name, line(instruction), read(raw).text);
          else if (global !== undefined) assign(name, line(instruction), global);
          else if (!current.has(name)) assign(name, line(instruction), undefined);
        }
      } else if (instruction.keyword === 'WORKDIR' && instruction.args) {
        const previous = scope.workdirs[scope.workdirs.length - 1].dir;
        // The whole argument is the path (`WORKDIR /my app` is one directory), as workdir-relative reads it.
        const { text: path, unresolved } = read(instruction.args);
        const dir = unresolved ? null : path.startsWith('/') ? posix.normalize(path) : previous === null ? null : posix.join(previous, path);
        scope.workdirs.push({ line: line(instruction), dir });
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

/** Names of the ARG and ENV variables set in `stage` just before `at` (at the end of the stage without `at`). */
export function variableNamesBefore(model: DockerfileModel, stage: Stage, at?: Instruction): string[] {
  const line = at ? at.line : Number.MAX_SAFE_INTEGER;
  return [...stageScope(model, stage).assignments].filter(([, list]) => lastBefore(list, line)).map(([name]) => name);
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
