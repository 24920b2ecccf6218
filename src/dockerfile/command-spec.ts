/**
 * Matches shell commands against small declarative specs kept in src/data/ (build commands, dependency installs),
 * so the tables stay data and the matching logic lives once.
 */
import type { ShellCommand } from './model.js';
import { commandLine, type CommandLine } from './commands.js';

export interface CommandSpec {
  /** As commandLine() names it: no directory; `python -m pip` and `pip3.12` are `pip`. */
  program: string;
  /** Alternative leading operands (`["mod", "download"]`); `[]` accepts any. */
  firstArgs?: string[][];
  /** One of these operands must appear anywhere (task runners: `mvn -B clean package`). */
  anyArg?: string[];
  /** No operand may follow the leading ones (`npm install` yes, `npm install express` no). */
  noPackages?: boolean;
  /** One of these options (names without dashes) must be present: `r` of `pip install -r requirements.txt`. */
  option?: string[];
}

/** `build` matches `build` and npm-style `build:prod`. */
function sameWord(word: string, wanted: string): boolean {
  return word === wanted || word.startsWith(wanted + ':');
}

function lineMatches({ program, operands, options }: CommandLine, spec: CommandSpec): boolean {
  if (program !== spec.program) return false;
  if (spec.option && !spec.option.some((name) => options.has(name))) return false;
  if (spec.anyArg && !operands.some((w) => spec.anyArg!.includes(w))) return false;
  if (spec.firstArgs) {
    return spec.firstArgs.some((prefix) => {
      if (!prefix.every((want, i) => operands[i] !== undefined && sameWord(operands[i], want))) return false;
      return !spec.noPackages || operands.length === prefix.length;
    });
  }
  return !spec.noPackages || operands.length === 0;
}

/** The words a matched command is known by, for messages: `go build`, `mvn package`, `make`. */
export function specLabel(command: ShellCommand, spec: CommandSpec): string {
  const { operands } = commandLine(command);
  if (spec.anyArg) return `${spec.program} ${operands.find((w) => spec.anyArg!.includes(w))}`;
  const matching = (spec.firstArgs ?? []).filter((p) => p.every((want, i) => operands[i] !== undefined && sameWord(operands[i], want)));
  const longest = matching.reduce<string[]>((a, b) => (b.length > a.length ? b : a), []);
  return [spec.program, ...operands.slice(0, longest.length)].join(' ');
}

/** The first spec a command matches, or null; commandLine() parses the command once for all specs. */
export function findSpec<T extends CommandSpec>(command: ShellCommand, specs: T[]): T | null {
  const line = commandLine(command);
  for (const spec of specs) if (lineMatches(line, spec)) return spec;
  return null;
}
