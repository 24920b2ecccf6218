/**
 * What is in force at a given line of a stage: the shell RUN uses (SHELL instructions and `# hadolint shell=`
 * pragmas, inherited through `FROM <stage>`), and the ARG/ENV names declared so far.
 */
import type { DockerfileModel, Instruction, Stage } from './model.js';
import { basename, stageChain } from './queries.js';
import { substitute } from './image-ref.js';

export interface ShellInfo {
  /** The shell command line, e.g. ["/bin/bash", "-o", "pipefail", "-c"]. */
  argv: string[];
  /** The shell program without directory: sh, bash, pwsh, cmd … */
  name: string;
  /** sh-compatible: POSIX-shell rules and ShellCheck apply. */
  posix: boolean;
  /** `-o pipefail` is among the shell's options. */
  pipefail: boolean;
  /** Where it came from: Docker's default, a SHELL instruction or a pragma. */
  source: 'default' | 'SHELL' | 'pragma';
}

const POSIX = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'zsh', 'busybox']);
const DEFAULT_SHELL = ['/bin/sh', '-c'];

/** `# hadolint shell=powershell` (also `# shipshape shell=…`): the shell name, or null when the comment is no such pragma. */
export function shellPragma(comment: string): string | null {
  const match = /^(?:hadolint|shipshape)\s+shell\s*=\s*(\S+)/i.exec(comment.trim());
  return match ? match[1] : null;
}

export function describeShell(argv: string[], source: ShellInfo['source']): ShellInfo {
  let i = 0;
  // `/usr/bin/env bash -c` runs bash.
  if (basename(argv[0] ?? '') === 'env') {
    i = 1;
    while (i < argv.length && (argv[i].startsWith('-') || argv[i].includes('='))) i++;
  }
  const name = basename(argv[i] ?? '').replace(/\.exe$/i, '').toLowerCase();
  let pipefail = false;
  for (let k = i + 1; k < argv.length - 1; k++) {
    if (/^-[A-Za-z]*o$/.test(argv[k]) && argv[k + 1] === 'pipefail') pipefail = true;
  }
  return { argv, name, posix: POSIX.has(name), pipefail, source };
}

/** The first line of each stage and the line after its last, for range tests. */
function stageSpan(model: DockerfileModel, stage: Stage): [number, number] {
  const next = model.stages[stage.index + 1];
  return [stage.fromInstruction.line, next ? next.fromInstruction.line : Number.MAX_SAFE_INTEGER];
}

const pragmaComments = new WeakMap<DockerfileModel, { line: number; shell: string }[]>();

/** The model's `shell=` pragma comments, in order: read once per model, not once per RUN. */
function shellPragmas(model: DockerfileModel): { line: number; shell: string }[] {
  let pragmas = pragmaComments.get(model);
  if (!pragmas) {
    pragmas = [];
    for (const c of model.comments) {
      const shell = shellPragma(c.text);
      if (shell) pragmas.push({ line: c.line, shell });
    }
    pragmaComments.set(model, pragmas);
  }
  return pragmas;
}

/** The shell a RUN at `line` of `stage` runs under. */
export function shellAt(model: DockerfileModel, stage: Stage | null, line: number): ShellInfo {
  let found = describeShell(DEFAULT_SHELL, 'default');
  let foundAt = -1;
  const firstFrom = model.stages[0]?.fromInstruction.line ?? Number.MAX_SAFE_INTEGER;
  const consider = (at: number, info: ShellInfo) => {
    if (at > foundAt) {
      found = info;
      foundAt = at;
    }
  };
  // A pragma before the first FROM sets the default for the whole file.
  const pragmas = shellPragmas(model);
  for (const c of pragmas) {
    if (c.line < firstFrom) consider(c.line, describeShell([c.shell], 'pragma'));
  }
  if (!stage) return found;
  // Order along the stage chain: an ancestor's last SHELL counts before anything in a descendant.
  const chain = stageChain(model, stage);
  chain.forEach((s, depth) => {
    const [from, to] = stageSpan(model, s);
    const limit = s === stage ? Math.min(line, to) : to;
    const base = (depth + 1) * 1e9;
    for (const c of pragmas) {
      if (c.line > from && c.line < limit) consider(base + c.line, describeShell([c.shell], 'pragma'));
    }
    for (const instruction of s.instructions) {
      if (instruction.keyword !== 'SHELL' || instruction.line >= limit || !instruction.exec?.length) continue;
      consider(base + instruction.line, describeShell(instruction.exec, 'SHELL'));
    }
  });
  return found;
}

/** Names an ENV instruction sets: `ENV A=1 B=2` or the legacy `ENV A 1`. */
export function envNames(instruction: Instruction): string[] {
  const words = instruction.words;
  if (!words.length) return [];
  if (!words[0].includes('=')) return [words[0]];
  return words.filter((w) => w.includes('=')).map((w) => w.slice(0, w.indexOf('=')));
}

/** ARG names of an ARG instruction. */
export function argNames(instruction: Instruction): string[] {
  return instruction.words.map((w) => (w.includes('=') ? w.slice(0, w.indexOf('=')) : w)).filter(Boolean);
}

/** ARG and ENV names visible to a RUN at `line` of `stage`: its own and its FROM-stage ancestors' (Docker keeps ENV across `FROM <stage>`). */
export function variablesAt(model: DockerfileModel, stage: Stage | null, line: number): Set<string> {
  const names = new Set<string>();
  if (!stage) return names;
  for (const s of stageChain(model, stage)) {
    for (const instruction of s.instructions) {
      if (s === stage && instruction.line >= line) break;
      if (instruction.keyword === 'ARG') argNames(instruction).forEach((n) => names.add(n));
      if (instruction.keyword === 'ENV') envNames(instruction).forEach((n) => names.add(n));
    }
  }
  return names;
}

interface AstProperty {
  getName(): string;
  getValue(): string | null;
}

// dockerfile-ast re-reads the document for every getProperties() call: read each ENV once.
const pairsOf = new WeakMap<Instruction, [string, string][]>();

/** ENV pairs with values (quotes removed): `ENV A=1 B="x y"` or `ENV A 1`. Read-only. */
export function envPairs(instruction: Instruction): [string, string][] {
  let pairs = pairsOf.get(instruction);
  if (!pairs) {
    const node = instruction.node as unknown as { getProperties?: () => AstProperty[] };
    pairs = typeof node.getProperties === 'function' ? node.getProperties().map((p) => [p.getName(), p.getValue() ?? '']) : [];
    pairsOf.set(instruction, pairs);
  }
  return pairs;
}

/**
 * Known values at `line` of `stage`: ARG defaults (global ones the stage re-declares, and its own) and ENV values,
 * each substituted with what was known before it. A name declared without a value maps to undefined.
 */
export function valuesAt(model: DockerfileModel, stage: Stage | null, line: number): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>();
  if (!stage) return values;
  for (const s of stageChain(model, stage)) {
    for (const instruction of s.instructions) {
      if (s === stage && instruction.line >= line) break;
      if (instruction.keyword === 'ARG') {
        for (const word of instruction.words) {
          const eq = word.indexOf('=');
          const name = eq < 0 ? word : word.slice(0, eq);
          const raw = eq < 0 ? model.globalArgs.get(name) : word.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2');
          values.set(name, raw === undefined ? undefined : substitute(raw, values).text);
        }
      } else if (instruction.keyword === 'ENV') {
        for (const [name, value] of envPairs(instruction)) values.set(name, substitute(value, values).text);
      }
    }
  }
  return values;
}

/** `text` with the variables known at that point substituted; `unresolved` when one had no value. */
export function resolveAt(model: DockerfileModel, stage: Stage | null, line: number, text: string): { text: string; unresolved: boolean } {
  if (!text.includes('$')) return { text, unresolved: false };
  return substitute(text, valuesAt(model, stage, line));
}
