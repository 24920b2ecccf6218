/** Questions many Dockerfile rules ask of the model; answered once here so rules stay short. */
import type { DockerfileModel, ImageRef, Instruction, ShellCommand, Stage } from './model.js';
import { parseImageRef } from './image-ref.js';
import { stripQuotes } from './words.js';
import OPTION_VALUES from '../data/command-options.json' with { type: 'json' };

const WRAPPERS = new Set(['sudo', 'env', 'exec', 'nohup', 'time', 'command', 'nice', 'ionice', 'stdbuf', 'xargs', 'timeout']);
/** Wrappers' options that take a value word (src/data/command-options.json). */
const WRAPPER_VALUES = new Map([...WRAPPERS].map((w) => [w, new Set<string>((OPTION_VALUES as Record<string, unknown>)[w] as string[] | undefined ?? [])]));

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
      const wrapper = basename(word);
      const valued = WRAPPER_VALUES.get(wrapper) as Set<string>;
      i++;
      for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '--'; i++) {
        // `-u app`, `--user app`: the next word is the option's value (`--user=app` and `-uapp` carry their own).
        const name = argv[i].replace(/^--?/, '');
        if (!argv[i].includes('=') && valued.has(name)) i++;
      }
      if (argv[i] === '--') i++;
      // `timeout 60 cmd`: the duration comes before the command.
      if (wrapper === 'timeout' && i < argv.length) i++;
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
  /** How it is named, for messages (and resolveFrom): `COPY --from` or `RUN --mount from`. */
  via: 'COPY --from' | 'RUN --mount from';
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
      // BuildKit reads the keys case-insensitively.
      const field = mountFields(f.value).find((m) => m.key.toLowerCase() === 'from');
      const value = field ? stripQuotes(field.value) : '';
      if (value) refs.push({ value, via: 'RUN --mount from' });
    }
  }
  return refs.length ? refs : NO_REFERENCES;
}

/**
 * The one reader of a `--mount` value: its comma-separated `key=value` fields, split at each field's first `=`,
 * as written (quotes kept, keys in their case). Fields without `=` (`ro`) are left out.
 */
function mountFields(value: string): { key: string; value: string }[] {
  const fields: { key: string; value: string }[] = [];
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq >= 0) fields.push({ key: part.slice(0, eq), value: part.slice(eq + 1) });
  }
  return fields;
}

/**
 * What a `--from` value names for docker build: an earlier (or, wrongly, a later or its own) stage, an image to pull,
 * or nothing it can build (a variable).
 */
export type FromTarget =
  | { kind: 'stage'; index: number }
  | { kind: 'image'; ref: ImageRef }
  | { kind: 'unresolved'; raw: string };

/** Nothing is substituted into a `--from` image: BuildKit expands no variable there (see resolveFrom). */
const NO_VARIABLES: ReadonlyMap<string, string | undefined> = new Map();

/**
 * The one resolver of a `--from` value, read as BuildKit's dockerfile2llb does (toCommand and detectRunMount in
 * convert.go, parseMount in instructions/commands_runmount.go), since BuildKit is what `docker build` runs:
 * - No variable is expanded, not even a global ARG. Dockerfile 1.18 (2025) refuses `COPY --from=$X` ("variable
 *   expansion is not supported for --from, define a new stage with FROM using ARG from global scope"); older versions
 *   took `$X` for an image reference and failed on it; a mount's `from=$X` is refused as the RUN is parsed. Such a
 *   value is `unresolved` (Podman/Buildah do expand it; docker build does not).
 * - `COPY --from` takes a stage index (digits), whichever stage it is: its own or a later one fails the build, which
 *   the rules report. A mount is looked up by name only, so `from=0` pulls an image called `0`.
 * - A name is matched case-insensitively against every stage of the file, a later duplicate replacing an earlier one
 *   (BuildKit fills one name map before reading any command); a name no stage has is an image.
 * Stage indexes come back as written: callers compare them with the stage the instruction is in.
 */
export function resolveFrom(model: DockerfileModel, ref: FromReference): FromTarget {
  const { value } = ref;
  // BuildKit's test for a mount: a `$` anywhere but last. COPY's (the word against itself expanded with no
  // variables) differs only for a `$` followed by something other than a name, which no real value holds.
  const dollar = value.indexOf('$');
  if (dollar >= 0 && dollar < value.length - 1) return { kind: 'unresolved', raw: value };
  if (ref.via === 'COPY --from' && /^\d+$/.test(value)) return { kind: 'stage', index: Number(value) };
  const index = stageNamed(model, value);
  if (index !== null) return { kind: 'stage', index };
  return { kind: 'image', ref: parseImageRef(value, NO_VARIABLES) };
}

/** The index of the last stage called `name` (any case), or null. */
function stageNamed(model: DockerfileModel, name: string): number | null {
  const lower = name.toLowerCase();
  for (let i = model.stages.length - 1; i >= 0; i--) if (model.stages[i].name === lower) return i;
  return null;
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

const TARGET_KEYS: ReadonlySet<string> = new Set(['target', 'dst', 'destination']);

/**
 * A `--mount=type=cache` or `type=tmpfs` whose target contains `fragment` (`/var/cache/apk`, `.cache/pip`):
 * what is written there never reaches the layer, so cache-cleaning rules have nothing to say.
 */
export function hasCacheOrTmpfsMount(instruction: Instruction, fragment: string): boolean {
  return instruction.flags.some((f) => {
    if (f.name !== 'mount' || !f.value) return false;
    const fields = mountFields(f.value);
    if (!fields.some((m) => m.key === 'type' && (m.value === 'cache' || m.value === 'tmpfs'))) return false;
    const target = stripQuotes(fields.find((m) => TARGET_KEYS.has(m.key) && m.value !== '')?.value ?? '').replace(/\/+$/, '');
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

/** The image the final stage is built on, through `FROM <stage>` chains; null without a stage. */
export function finalBaseImage(model: DockerfileModel): ImageRef | null {
  return finalChain(model)[0]?.from ?? null;
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
        // Only an earlier stage: a reference to its own or a later one fails the build, and uses nothing.
        const target = resolveFrom(model, ref);
        if (target.kind === 'stage' && target.index < stage.index) used.add(target.index);
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
