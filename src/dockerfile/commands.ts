/**
 * Command lines as the tool rules need them: a program, its options and its operands (an option's value word is
 * neither), and every RUN body of a file — ONBUILD RUN triggers included, as hadolint checks those too.
 */
import type { DockerfileModel, Instruction, ShellCommand, Stage } from './model.js';
import { basename, effectiveArgv, runArgvs } from './queries.js';
import type { MappedScript } from './shell.js';
import OPTION_VALUES from '../data/command-options.json' with { type: 'json' };
import PACKAGE_MANAGERS from '../data/os-package-managers.json' with { type: 'json' };

export interface CommandLine {
  /** Program without its directory (`/usr/bin/apt-get` → `apt-get`); wrappers such as sudo or env are skipped. */
  program: string;
  /** Option names as written without dashes (`-qy` gives `q` and `y`), with how often each appears. */
  options: ReadonlyMap<string, number>;
  /** Values of options that take one (`-o Dpkg::…`, `--progress=dot`), by option name. */
  values: ReadonlyMap<string, string[]>;
  /** Words that are neither options nor option values, in order (the verb first, then packages …). */
  operands: string[];
  /** The words after the program, untouched. */
  words: string[];
  command: ShellCommand;
}

const valued = new Map<string, Set<string>>(
  Object.entries(OPTION_VALUES as Record<string, unknown>)
    .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]))
    .map(([program, names]) => [program, new Set(names)]),
);

const MANAGER_OF = PACKAGE_MANAGERS.programs as Record<string, string>;
const DRY_RUN_OPTIONS = PACKAGE_MANAGERS.simulateOptions as Record<string, string[]>;

/**
 * A package manager's dry run (`apt-get install -s …`, as in `if apt-get install -s pkg; then …`): it only asks
 * whether the call would work and changes nothing in the image, so no rule about installs is about it.
 */
export function isDryRun(line: CommandLine): boolean {
  const manager = Object.hasOwn(MANAGER_OF, line.program) ? MANAGER_OF[line.program] : undefined;
  return manager !== undefined && (DRY_RUN_OPTIONS[manager]?.some((option) => line.options.has(option)) ?? false);
}

/** Programs that share another's option table. */
const SAME_OPTIONS: Record<string, string> = { apt: 'apt-get', aptitude: 'apt-get' };

const parsedLines = new WeakMap<ShellCommand, CommandLine>();

/** A command's program, options and operands; parsed once per command (the package rules all ask), read-only. */
export function commandLine(command: ShellCommand): CommandLine {
  let line = parsedLines.get(command);
  if (!line) parsedLines.set(command, (line = parseCommandLine(command)));
  return line;
}

const NO_VALUED_OPTIONS: ReadonlySet<string> = new Set<string>();
// Most commands have no options, and fewer still option values: they share these (a parsed line is read-only),
// which spares thousands of Maps that would live as long as the model.
const NO_OPTIONS: ReadonlyMap<string, number> = new Map();
const NO_VALUES: ReadonlyMap<string, string[]> = new Map();

function parseCommandLine(command: ShellCommand): CommandLine {
  let argv = effectiveArgv(command);
  let program = basename(argv[0] ?? '');
  // `python -m pip install …` is pip.
  if (program.startsWith('python') && /^python[0-9.]*$/.test(program) && argv[1] === '-m' && argv[2]) {
    program = argv[2];
    argv = argv.slice(2);
  }
  // pip3, pip3.12 … are pip.
  if (program.startsWith('pip') && /^pip[0-9.]*$/.test(program)) program = 'pip';
  const table = valued.get(SAME_OPTIONS[program] ?? program) ?? NO_VALUED_OPTIONS;
  let options: Map<string, number> | null = null;
  let values: Map<string, string[]> | null = null;
  const operands: string[] = [];
  const words = argv.slice(1);
  const add = (name: string, value?: string) => {
    options ??= new Map();
    options.set(name, (options.get(name) ?? 0) + 1);
    if (value !== undefined) {
      values ??= new Map();
      const list = values.get(name);
      if (list) list.push(value);
      else values.set(name, [value]);
    }
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '--') {
      operands.push(...words.slice(i + 1));
      break;
    }
    if (word.startsWith('--') && word.length > 2) {
      const eq = word.indexOf('=');
      if (eq > 0) add(word.slice(2, eq), word.slice(eq + 1));
      else if (table.has(word.slice(2)) && i + 1 < words.length) add(word.slice(2), words[++i]);
      else add(word.slice(2));
    } else if (word.startsWith('-') && word.length > 1 && !/^-\d/.test(word)) {
      // Bundled short options: `-qqy`, `-xzf file`, `-ofile`.
      for (let c = 1; c < word.length; c++) {
        const name = word[c];
        if (name === '=') break;
        if (table.has(name)) {
          const rest = word.slice(c + 1).replace(/^=/, '');
          if (rest) add(name, rest);
          else if (i + 1 < words.length) add(name, words[++i]);
          else add(name);
          break;
        }
        add(name);
      }
    } else operands.push(word);
  }
  return { program, options: options ?? NO_OPTIONS, values: values ?? NO_VALUES, operands, words, command };
}

export function hasOption(line: CommandLine, ...names: string[]): boolean {
  return names.some((n) => line.options.has(n));
}

/** `apt-get install …`, `yum -y install …`: the program is one of `programs` and its first operand one of `verbs`. */
export function isCall(line: CommandLine, programs: string[], verbs?: string[]): boolean {
  if (!programs.includes(line.program) || isDryRun(line)) return false;
  return !verbs || verbs.includes(line.operands[0] ?? '');
}

/** One RUN body: a RUN instruction, or the RUN of an `ONBUILD RUN …` trigger. */
export interface RunBody {
  instruction: Instruction;
  /** The stage holding it; null for nothing (RUN cannot come before FROM in a valid file). */
  stage: Stage | null;
  commands: ShellCommand[];
  /** Shell form only: the script as the shell receives it, mapped to file lines. */
  script?: MappedScript;
  form: 'shell' | 'exec';
  onbuild: boolean;
}

const bodies = new WeakMap<DockerfileModel, RunBody[]>();

/** Every RUN body of the file in order, with its commands; exec form gives one command, its JSON array. */
export function runBodies(model: DockerfileModel): RunBody[] {
  const cached = bodies.get(model);
  if (cached) return cached;
  const out = runInstructions(model).map(({ run, at }) => runBody(run, at, at.stage >= 0 ? model.stages[at.stage] ?? null : null, run !== at));
  bodies.set(model, out);
  return out;
}

/**
 * Every RUN of the file: RUN instructions, and the RUN an `ONBUILD RUN …` holds (it runs in the images built FROM
 * this one, and is checked as the RUN it becomes), each with the instruction a finding about it is reported at.
 */
export function runInstructions(model: DockerfileModel): { run: Instruction; at: Instruction }[] {
  return model.instructions.flatMap((i) => (i.keyword === 'RUN' ? [{ run: i, at: i }] : i.keyword === 'ONBUILD' && i.trigger?.keyword === 'RUN' ? [{ run: i.trigger, at: i }] : []));
}

/** The body of `run` (a RUN, or the RUN an ONBUILD holds), reported at `instruction`. */
function runBody(run: Instruction, instruction: Instruction, stage: Stage | null, onbuild: boolean): RunBody {
  if (run.form === 'exec' && run.exec) return { instruction, stage, commands: runArgvs(run), form: 'exec', onbuild };
  return { instruction, stage, commands: run.commands, script: run.script, form: 'shell', onbuild };
}

/** Every command of every RUN body, with its body. */
const commandLines = new WeakMap<DockerfileModel, { body: RunBody; line: CommandLine }[]>();

/** Every RUN command, options parsed; computed once per model (some twenty rules ask), so read it, never change it. */
export function runCommandLines(model: DockerfileModel): { body: RunBody; line: CommandLine }[] {
  let lines = commandLines.get(model);
  if (!lines) commandLines.set(model, (lines = runBodies(model).flatMap((body) => body.commands.map((command) => ({ body, line: commandLine(command) })))));
  return lines;
}

/** A hit on the exact line of a command inside a (possibly multi-line) RUN. */
export function commandHit(command: ShellCommand, message: string): { line: number; endLine: number; message: string } {
  return { line: command.line, endLine: command.line, message };
}

