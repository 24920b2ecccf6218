/**
 * The shell in force at a given line of a stage: SHELL instructions and `# hadolint shell=` pragmas, inherited
 * through `FROM <stage>`. ARG and ENV values in force are stage-values' (variablesBefore).
 */
import type { DockerfileModel, Stage } from './model.js';
import { basename, stageChain } from './queries.js';
import { isWindowsImage } from './image-ref.js';

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
const WINDOWS_SHELL = ['cmd', '/S', '/C'];

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
  // Docker's default shell on Windows is cmd; a pragma before the first FROM still wins over it.
  if (foundAt < 0 && isWindowsImage(chain[0].from)) found = describeShell(WINDOWS_SHELL, 'default');
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
