/** Questions many Dockerfile rules ask of the model; answered once here so rules stay short. */
import type { DockerfileModel, Instruction, ShellCommand, Stage } from './model.js';
import { stageReference } from './parse.js';
import { stripQuotes } from './words.js';

const WRAPPERS = new Set(['sudo', 'env', 'exec', 'nohup', 'time', 'command', 'nice', 'stdbuf', 'xargs']);

// Rules ask the same commands for their effective argv and program again and again: answer each once.
const effectiveArgvs = new WeakMap<ShellCommand, string[]>();
const programs = new WeakMap<ShellCommand, string>();

/** argv without leading `VAR=value` assignments and wrappers such as sudo, env, exec (and their flags); read-only. */
export function effectiveArgv(command: ShellCommand): string[] {
  let argv = effectiveArgvs.get(command);
  if (!argv) effectiveArgvs.set(command, (argv = stripWrappers(command.argv)));
  return argv;
}

function stripWrappers(argv: string[]): string[] {
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
  let program = programs.get(command);
  if (program === undefined) programs.set(command, (program = basename(effectiveArgv(command)[0] ?? '')));
  return program;
}

export function basename(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash >= 0 ? word.slice(slash + 1) : word;
}

const execCommands = new WeakMap<Instruction, ShellCommand[]>();

/**
 * The words of a RUN, exec form included (exec form has no shell, so it is one command). The exec-form command is
 * made once per instruction, so what is memoized per command (its parsed line, its package call) is found again.
 */
export function runArgvs(instruction: Instruction): ShellCommand[] {
  if (instruction.form === 'exec' && instruction.exec) {
    let commands = execCommands.get(instruction);
    if (!commands) execCommands.set(instruction, (commands = [{ argv: instruction.exec, line: instruction.line, next: null, redirects: [] }]));
    return commands;
  }
  return instruction.commands;
}

/** A stage or image an instruction reads files from, as written (ARGs not substituted). */
export interface FromReference {
  value: string;
  /** How it is named, for messages: `COPY --from` or `RUN --mount from`. */
  via: string;
}

const fromRefs = new WeakMap<Instruction, FromReference[]>();
const NO_REFERENCES: FromReference[] = [];

/**
 * The one reader of `--from` values: `COPY --from=x` and the `from=x` of each `RUN --mount=…`, the only places
 * Docker takes them (`ADD --from` and `RUN --from` are refused). Read-only.
 */
export function fromReferences(instruction: Instruction): FromReference[] {
  let refs = fromRefs.get(instruction);
  if (!refs) fromRefs.set(instruction, (refs = findFromReferences(instruction)));
  return refs;
}

function findFromReferences(instruction: Instruction): FromReference[] {
  const { keyword } = instruction;
  if ((keyword !== 'COPY' && keyword !== 'RUN') || !instruction.flags.length) return NO_REFERENCES;
  const refs: FromReference[] = [];
  for (const f of instruction.flags) {
    if (!f.value) continue;
    if (keyword === 'COPY' && f.name === 'from') refs.push({ value: f.value, via: 'COPY --from' });
    if (keyword === 'RUN' && f.name === 'mount') {
      // A mount is comma-separated key=value fields; BuildKit reads the keys case-insensitively.
      const field = f.value.split(',').find((part) => /^from=/i.test(part));
      const value = field ? stripQuotes(field.slice('from='.length)) : '';
      if (value) refs.push({ value, via: 'RUN --mount from' });
    }
  }
  return refs.length ? refs : NO_REFERENCES;
}

// The stage questions below are asked by many rules of the same model: each is answered once (read-only results).
const chains = new WeakMap<Stage, Stage[]>();
const usedSets = new WeakMap<DockerfileModel, Set<number>>();
const shippedSets = new WeakMap<DockerfileModel, Set<number>>();

/** The stage and the stages it is built FROM, oldest first. Read-only. */
export function stageChain(model: DockerfileModel, stage: Stage): Stage[] {
  let chain = chains.get(stage);
  if (!chain) chains.set(stage, (chain = findChain(model, stage)));
  return chain;
}

function findChain(model: DockerfileModel, stage: Stage): Stage[] {
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

/**
 * A `--mount=type=cache` or `type=tmpfs` whose target contains `fragment` (`/var/cache/apk`, `.cache/pip`):
 * what is written there never reaches the layer, so cache-cleaning rules have nothing to say.
 */
export function hasCacheOrTmpfsMount(instruction: Instruction, fragment: string): boolean {
  return instruction.flags.some((f) => {
    if (f.name !== 'mount' || !f.value || !/(?:^|,)type=(?:cache|tmpfs)(?:,|$)/.test(f.value)) return false;
    const target = (/(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(f.value)?.[1] ?? '').replace(/^["']|["']$/g, '').replace(/\/+$/, '');
    // An absolute cache path must be mounted at it or a parent; a home-relative one (`.cache/pip`) in any home.
    const covers = (part: string) => (part.startsWith('/') ? target === part : target === part || target.endsWith(`/${part}`));
    return target !== '' && (target.includes(fragment) || leadingParts(fragment).some(covers));
  });
}

/** `/var/lib/apt` → [`/var`, `/var/lib`]; `.cache/pip` → [`.cache`]: a mount on one of these covers the whole path. */
function leadingParts(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/')).filter((p) => p.replace(/\//g, '') !== '');
}

/** The final stage and the stages it is built FROM, oldest first: everything whose files the final image holds. */
export function finalChain(model: DockerfileModel): Stage[] {
  return model.finalStage ? stageChain(model, model.finalStage) : [];
}

/** Indexes of stages another stage builds FROM, copies from (`COPY --from`) or mounts (`RUN --mount=from=`). */
export function stagesUsedByOthers(model: DockerfileModel): Set<number> {
  let used = usedSets.get(model);
  if (!used) usedSets.set(model, (used = findUsed(model)));
  return used;
}

function findUsed(model: DockerfileModel): Set<number> {
  const used = new Set<number>();
  for (const stage of model.stages) {
    if (stage.baseStage !== null) used.add(stage.baseStage);
    for (const instruction of stage.instructions) {
      for (const ref of fromReferences(instruction)) {
        const target = stageReference(model.stages, ref.value, stage.index);
        if (target !== null) used.add(target);
      }
    }
  }
  return used;
}

/**
 * Stages whose files end up in an image someone runs: the final stage, any stage nothing else builds on or copies
 * from (it can only be meant for `--target`), and the stages those are built FROM. A stage used only through
 * `COPY --from` or `RUN --mount=from=` is a build stage: its caches and leftovers never ship.
 */
export function shippedStages(model: DockerfileModel): Set<number> {
  let shipped = shippedSets.get(model);
  if (!shipped) shippedSets.set(model, (shipped = findShipped(model)));
  return shipped;
}

function findShipped(model: DockerfileModel): Set<number> {
  const used = stagesUsedByOthers(model);
  const shipped = new Set<number>();
  for (const stage of model.stages) {
    if (stage !== model.finalStage && used.has(stage.index)) continue;
    for (const s of stageChain(model, stage)) shipped.add(s.index);
  }
  return shipped;
}

/**
 * Per stage, every CMD (or ENTRYPOINT …) after the first, with the one it overrides: only the last of a stage
 * takes effect.
 */
export function overriddenInstructions(model: DockerfileModel, keyword: string): { instruction: Instruction; overrides: Instruction }[] {
  return model.stages.flatMap((stage) => {
    const all = instructionsOf(stage, keyword);
    return all.slice(1).map((instruction, n) => ({ instruction, overrides: all[n] }));
  });
}
