/** Questions many Dockerfile rules ask of the model; answered once here so rules stay short. */
import type { DockerfileModel, Instruction, ShellCommand, Stage } from './model.js';
import { posix } from 'node:path';
import { substitute, type VariableLookup } from './image-ref.js';
import { plainScript, splitCommands } from './shell.js';
import { stageReference } from './parse.js';

const WRAPPERS = new Set(['sudo', 'env', 'exec', 'nohup', 'time', 'command', 'nice', 'stdbuf', 'xargs']);

/** argv without leading `VAR=value` assignments and wrappers such as sudo, env, exec (and their flags). */
export function effectiveArgv(command: ShellCommand): string[] {
  const argv = command.argv;
  let i = 0;
  while (i < argv.length) {
    const word = argv[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) i++;
    else if (WRAPPERS.has(basename(word))) {
      i++;
      while (i < argv.length && argv[i].startsWith('-')) i++;
    } else break;
  }
  return argv.slice(i);
}

/** The program a command runs, without its directory: `/usr/bin/apt-get` → `apt-get`. */
export function programOf(command: ShellCommand): string {
  return basename(effectiveArgv(command)[0] ?? '');
}

export function basename(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash >= 0 ? word.slice(slash + 1) : word;
}

export type PackageManager = 'apt-get' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'zypper' | 'pip' | 'npm' | 'yarn' | 'pnpm' | 'gem' | 'go' | 'cargo' | 'composer' | 'bundle';

export interface PackageCall {
  manager: PackageManager;
  /** The sub-command: install, update, upgrade, add, del, remove, clean, ci … */
  verb: string;
  /** Words after the verb that are not options: packages, paths, or sub-arguments. */
  args: string[];
  /** Options anywhere in the call (`-y`, `--no-install-recommends`, `--no-cache-dir` …). */
  options: string[];
  command: ShellCommand;
}

const MANAGER_ALIASES: Record<string, PackageManager> = {
  'apt-get': 'apt-get', apt: 'apt-get', aptitude: 'apt-get', apk: 'apk', yum: 'yum', dnf: 'dnf', microdnf: 'microdnf',
  zypper: 'zypper', pip: 'pip', pip3: 'pip', npm: 'npm', yarn: 'yarn', pnpm: 'pnpm', gem: 'gem', go: 'go', cargo: 'cargo',
  composer: 'composer', bundle: 'bundle', bundler: 'bundle',
};

/** Recognises package-manager calls, including `python -m pip`; options before the verb are kept in `options`. */
export function packageCall(command: ShellCommand): PackageCall | null {
  let argv = effectiveArgv(command);
  const program = basename(argv[0] ?? '');
  let manager: PackageManager | undefined = MANAGER_ALIASES[program];
  if (!manager && /^python[0-9.]*$/.test(program) && argv[1] === '-m' && /^pip[0-9.]*$/.test(argv[2] ?? '')) {
    manager = 'pip';
    argv = argv.slice(2);
  }
  if (!manager && /^pip[0-9.]+$/.test(program)) manager = 'pip';
  if (!manager) return null;
  const options: string[] = [];
  const rest: string[] = [];
  for (const word of argv.slice(1)) (word.startsWith('-') ? options : rest).push(word);
  const [verb = '', ...args] = rest;
  return { manager, verb, args, options, command };
}

/** Every shell command of a stage's RUN instructions, with the instruction that holds it. */
export function runCommands(stage: Stage): { instruction: Instruction; command: ShellCommand }[] {
  return stage.instructions
    .filter((i) => i.keyword === 'RUN')
    .flatMap((instruction) => instruction.commands.map((command) => ({ instruction, command })));
}

/** The words of a RUN, exec form included (exec form has no shell, so it is one command). */
export function runArgvs(instruction: Instruction): ShellCommand[] {
  if (instruction.form === 'exec' && instruction.exec) {
    return [{ argv: instruction.exec, line: instruction.line, next: null, redirects: [] }];
  }
  return instruction.commands;
}

export function flag(instruction: Instruction, name: string): string | null | undefined {
  return instruction.flags.find((f) => f.name === name)?.value;
}

/** `RUN --mount=type=cache,target=/var/cache/apt` and friends: the cache stays out of the layer. */
export function hasCacheMount(instruction: Instruction, targetPattern?: RegExp): boolean {
  return instruction.flags.some((f) => {
    if (f.name !== 'mount' || !f.value || !/(?:^|,)type=cache(?:,|$)/.test(f.value)) return false;
    if (!targetPattern) return true;
    const target = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(f.value)?.[1] ?? '';
    return targetPattern.test(target);
  });
}

/** The stage and the stages it is built FROM, oldest first. */
export function stageChain(model: DockerfileModel, stage: Stage): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<number>();
  for (let s: Stage | undefined = stage; s && !seen.has(s.index); s = s.baseStage === null ? undefined : model.stages[s.baseStage]) {
    seen.add(s.index);
    chain.unshift(s);
  }
  return chain;
}

/** The USER in force at the end of a stage (following FROM-stage inheritance), or null when none is set. */
export function lastUser(model: DockerfileModel, stage: Stage): { user: string; instruction: Instruction } | null {
  let found: { user: string; instruction: Instruction } | null = null;
  for (const s of stageChain(model, stage)) {
    for (const instruction of s.instructions) {
      if (instruction.keyword === 'USER' && instruction.words[0]) found = { user: instruction.words[0], instruction };
    }
  }
  return found;
}

/** `root`, `0`, `root:grp`, `0:0` … */
export function isRootUser(user: string): boolean {
  const name = user.split(':')[0];
  return name === 'root' || name === '0';
}

export function instructionsOf(stage: Stage, keyword: string): Instruction[] {
  return stage.instructions.filter((i) => i.keyword === keyword);
}

/** Whether a stage is the final one (or feeds it): build-stage-only rules skip the rest. */
export function isFinal(model: DockerfileModel, stage: Stage): boolean {
  return model.finalStage?.index === stage.index;
}

/** Every command of a stage's RUNs in order, exec form included, with the instruction that holds it. */
export function stageRunCommands(stage: Stage): { instruction: Instruction; command: ShellCommand }[] {
  return stage.instructions
    .filter((i) => i.keyword === 'RUN')
    .flatMap((instruction) => runArgvs(instruction).map((command) => ({ instruction, command })));
}

/**
 * A `--mount=type=cache` or `type=tmpfs` whose target contains `fragment` (`/var/cache/apk`, `.cache/pip`):
 * what is written there never reaches the layer, so cache-cleaning rules have nothing to say.
 */
export function hasCacheOrTmpfsMount(instruction: Instruction, fragment: string): boolean {
  return instruction.flags.some((f) => {
    if (f.name !== 'mount' || !f.value || !/(?:^|,)type=(?:cache|tmpfs)(?:,|$)/.test(f.value)) return false;
    const target = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(f.value)?.[1] ?? '';
    return target.replace(/^["']|["']$/g, '').includes(fragment);
  });
}

/** The final stage and the stages it is built FROM, oldest first: everything whose files the final image holds. */
export function finalChain(model: DockerfileModel): Stage[] {
  return model.finalStage ? stageChain(model, model.finalStage) : [];
}

/**
 * Stages whose files end up in an image someone runs: the final stage, any stage nothing else builds on or copies
 * from (it can only be meant for `--target`), and the stages those are built FROM. A stage used only through
 * `COPY --from` or `RUN --mount=from=` is a build stage: its caches and leftovers never ship.
 */
export function shippedStages(model: DockerfileModel): Set<number> {
  const used = new Set<number>();
  for (const stage of model.stages) {
    if (stage.baseStage !== null) used.add(stage.baseStage);
    for (const instruction of stage.instructions) {
      for (const f of instruction.flags) {
        const ref = f.name === 'from' ? f.value : f.name === 'mount' && f.value ? /(?:^|,)from=([^,]+)/.exec(f.value)?.[1] : null;
        const target = ref ? stageReference(model.stages, ref, stage.index) : null;
        if (target !== null) used.add(target);
      }
    }
  }
  const shipped = new Set<number>();
  for (const stage of model.stages) {
    if (stage !== model.finalStage && used.has(stage.index)) continue;
    for (const s of stageChain(model, stage)) shipped.add(s.index);
  }
  return shipped;
}

// ---- Variables, COPY/ADD paths and launched commands (secret, copy, process and logging rules) ----

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

/** The NAME=value pairs of an ARG, ENV or LABEL, legacy `ENV NAME value with spaces` form included. */
export function keyValues(instruction: Instruction): KeyValue[] {
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
