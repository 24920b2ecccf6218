/**
 * Matches shell commands against small declarative specs kept in src/data/ (build commands, dependency installs),
 * so the tables stay data and the matching logic lives once.
 */
import type { ShellCommand } from './model.js';
import { basename, effectiveArgv } from './queries.js';

export interface CommandSpec {
  program: string;
  /** Alternative leading non-option words (`["mod", "download"]`); `[]` accepts any. */
  firstArgs?: string[][];
  /** One of these non-option words must appear anywhere (task runners: `mvn -B clean package`). */
  anyArg?: string[];
  /** Nothing may follow the leading words (`npm install` yes, `npm install express` no). */
  noPackages?: boolean;
  /** One of these options must be present (`-r` of `pip install -r requirements.txt`). */
  option?: string[];
}

/** The program (without directory; `python -m pip` and `pip3.12` read as `pip`), its words and options. */
export function commandShape(command: ShellCommand): { program: string; words: string[]; options: string[] } {
  let argv = effectiveArgv(command);
  let program = basename(argv[0] ?? '');
  if (/^python[0-9.]*$/.test(program) && argv[1] === '-m' && argv[2]) {
    argv = argv.slice(2);
    program = argv[0];
  }
  if (/^pip[0-9.]*$/.test(program)) program = 'pip';
  const words: string[] = [];
  const options: string[] = [];
  for (const word of argv.slice(1)) (word.startsWith('-') ? options : words).push(word);
  return { program, words, options };
}

/** `build` matches `build` and npm-style `build:prod`. */
function sameWord(word: string, wanted: string): boolean {
  return word === wanted || word.startsWith(wanted + ':');
}

export function matchesSpec(command: ShellCommand, spec: CommandSpec): boolean {
  const { program, words, options } = commandShape(command);
  if (program !== spec.program) return false;
  if (spec.option && !options.some((o) => spec.option!.some((want) => o === want || o.startsWith(want + '=') || (want.length === 2 && o.startsWith(want) && !o.startsWith('--'))))) return false;
  if (spec.anyArg && !words.some((w) => spec.anyArg!.includes(w))) return false;
  if (spec.firstArgs) {
    const ok = spec.firstArgs.some((prefix) => {
      if (!prefix.every((want, i) => words[i] !== undefined && sameWord(words[i], want))) return false;
      return !spec.noPackages || words.length === prefix.length;
    });
    if (!ok) return false;
  } else if (spec.noPackages && words.length > 0) return false;
  return true;
}

/** The first spec a command matches, or null. */
export function findSpec<T extends CommandSpec>(command: ShellCommand, specs: T[]): T | null {
  return specs.find((spec) => matchesSpec(command, spec)) ?? null;
}
