/**
 * Turns the shell text of a RUN/CMD/ENTRYPOINT into simple commands with exact file lines. This file joins
 * continuation lines (keeping a map back to file lines); command-shapes.ts groups shell-quote's tokens into commands.
 */
import type { ShellCommand } from './model.js';
import { isBlank } from './words.js';
import { memoize } from '../core/memo.js';
import { commandShapes, type CommandShape } from './command-shapes.js';

export { leadingFlags, splitWords, wordsOf } from './words.js';

/** Shell text joined from several file lines, with the file line of every character. */
export interface MappedScript {
  text: string;
  /** lineAt[i] is the 1-based file line of text[i]. */
  lineAt: number[];
}

/**
 * Joins the raw argument lines of an instruction (without their line ends) the way Docker does: an escape char at
 * the end of a line continues it, and whole-line comments inside a continuation are dropped. Without `mapLines` the
 * line map stays empty: only scripts need it, and most instructions are not scripts.
 */
export function joinLines(rawLines: string[], firstLine: number, escapeChar: string, mapLines = true): MappedScript {
  let text = '';
  const lineAt: number[] = [];
  let continuing = false;
  const last = rawLines.length - 1;
  for (let i = 0; i <= last; i++) {
    const rawLine = rawLines[i];
    // Docker drops comment lines inside an instruction, and empty lines inside a continuation.
    if (i > 0 && (COMMENT_LINE.test(rawLine) || (continuing && BLANK_LINE.test(rawLine)))) continue;
    const fileLine = firstLine + i;
    let piece = rawLine.trimEnd();
    const continues = piece.endsWith(escapeChar) && !piece.endsWith(escapeChar + escapeChar);
    continuing = continues;
    if (continues) piece = piece.slice(0, -1) + ' ';
    else if (i < last) piece += '\n';
    if (mapLines) for (let c = 0; c < piece.length; c++) lineAt.push(fileLine);
    text += piece;
  }
  return { text, lineAt };
}

const COMMENT_LINE = /^\s*#/;
const BLANK_LINE = /^\s*$/;

/** Text of a script whose lines map one-to-one to file lines starting at firstLine (heredoc bodies). */
export function plainScript(source: string, firstLine: number): MappedScript {
  // CRLF files: the shell sees no carriage returns in the script BuildKit writes.
  const body = source.replace(/\r\n/g, '\n');
  const lineAt: number[] = [];
  let line = firstLine;
  for (const ch of body) {
    lineAt.push(line);
    if (ch === '\n') line++;
  }
  return { text: body, lineAt };
}

/**
 * Commands by script text: projects repeat the same RUN scripts across Dockerfiles (in the corpus, 44 % of the
 * script text), and tokenizing is most of the parse. Bounded, so a huge project does not grow it without end.
 */
const shapesOf = memoize<readonly CommandShape[]>((text) => commandShapes(text), 4096);

/** Splits a script into its simple commands. Never throws: odd input yields fewer or shorter commands. */
export function splitCommands(script: MappedScript): ShellCommand[] {
  const shapes = shapesOf(script.text);
  const { lineAt } = script;
  return shapes.map((shape) => {
    // Each caller gets its own objects: nothing of one file's model is shared with another's.
    const line = lineAt[Math.min(shape.at, lineAt.length - 1)] ?? lineAt[0] ?? 1;
    const command: ShellCommand = { argv: shape.argv.slice(), line, next: shape.next, redirects: shape.redirects.map((r) => ({ op: r.op, target: r.target })) };
    if (shape.subshell) command.subshell = true;
    return command;
  });
}

/** The 1-based line of an unterminated quote in a shell script, or null when quotes balance. */
export function unterminatedQuoteLine(script: MappedScript): number | null {
  const text = script.text;
  let quote = 0;
  let quoteAt = 0;
  let inComment = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inComment) {
      if (code === 10) inComment = false;
      continue;
    }
    // 92 \\, 39 ', 34 ", 35 #
    if (code === 92 && quote !== 39) {
      i++;
      continue;
    }
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
      quoteAt = i;
    } else if (code === 35 && (i === 0 || isBlank(text.charCodeAt(i - 1)))) inComment = true;
  }
  return quote ? (script.lineAt[quoteAt] ?? null) : null;
}
