/**
 * Turns the shell text of a RUN/CMD/ENTRYPOINT into simple commands with exact file lines.
 * Tokenizing is shell-quote's; this file only joins continuation lines (keeping a map back to file lines)
 * and groups the tokens into commands.
 */
import { parse as shellParse } from 'shell-quote';
import type { Flag, ShellCommand } from './model.js';

/** Shell text joined from several file lines, with the file line of every character. */
export interface MappedScript {
  text: string;
  /** lineAt[i] is the 1-based file line of text[i]. */
  lineAt: number[];
}

/**
 * Joins the raw argument lines of an instruction the way Docker does: an escape char at the end of a line
 * continues it, and whole-line comments inside a continuation are dropped.
 */
export function joinContinuations(raw: string, firstLine: number, escapeChar: string): MappedScript {
  const rawLines = raw.split(/\r?\n/);
  let text = '';
  const lineAt: number[] = [];
  let continuing = false;
  rawLines.forEach((rawLine, i) => {
    const fileLine = firstLine + i;
    // Docker drops comment lines and empty lines inside a continuation.
    if (i > 0 && continuing && (/^\s*#/.test(rawLine) || /^\s*$/.test(rawLine))) return;
    if (i > 0 && /^\s*#/.test(rawLine)) return;
    let piece = rawLine.replace(/\s+$/, '');
    const continues = piece.endsWith(escapeChar) && !piece.endsWith(escapeChar + escapeChar);
    continuing = continues;
    if (continues) piece = piece.slice(0, -1);
    else if (i < rawLines.length - 1) piece += '\n';
    for (let c = 0; c < piece.length; c++) lineAt.push(fileLine);
    text += piece;
    if (continues) {
      text += ' ';
      lineAt.push(fileLine);
    }
  });
  return { text, lineAt };
}

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

const SEPARATORS = new Set(['&&', '||', ';', '|', '&', '|&', ';;', '(', ')', '\n']);
const REDIRECTS = new Set(['>', '>>', '<', '>&', '<&', '<<', '<<<', '>|', '<>', '&>', '&>>']);

type Token = string | { op: string; pattern?: string } | { comment: string };

/** Splits a script into its simple commands. Never throws: odd input yields fewer or shorter commands. */
export function splitCommands(script: MappedScript): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let cursor = 0;
  // Newlines separate commands in heredoc scripts; shell-quote treats them as blanks, so split first.
  const chunks = splitOutsideQuotes(script.text, '\n');
  // Parenthesis depth: commands in `( … )` or `$( … )` run in a subshell, so a `cd` there does not last.
  let depth = 0;
  for (const chunk of chunks) {
    let tokens: Token[];
    try {
      tokens = shellParse(escapeMidWordHashes(chunk.text), (key: string) => (key ? '${' + key + '}' : '$')) as Token[];
    } catch {
      continue;
    }
    let current: ShellCommand | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (typeof token === 'object' && 'comment' in token) break;
      if (typeof token === 'object' && 'op' in token) {
        if (token.op === 'glob') {
          current = pushWord(current, token.pattern ?? '', commands, script, chunk.start, () => cursor, (c) => (cursor = c));
          continue;
        }
        if (REDIRECTS.has(token.op)) {
          const target = tokens[i + 1];
          if (current) current.redirects.push({ op: token.op, target: typeof target === 'string' ? target : '' });
          if (typeof tokens[i + 1] === 'string') i++;
          continue;
        }
        if (SEPARATORS.has(token.op)) {
          if (token.op === '(') depth++;
          if (token.op === ')') depth = Math.max(0, depth - 1);
          if (current) current.next = token.op;
          current = null;
        }
        continue;
      }
      const next = tokens[i + 1];
      // `2>&1`: the fd number is part of the redirection, not a word.
      if (/^\d$/.test(token) && next && typeof next === 'object' && 'op' in next && REDIRECTS.has(next.op)) {
        const target = tokens[i + 2];
        if (current) current.redirects.push({ op: token + next.op, target: typeof target === 'string' ? target : '' });
        i += typeof target === 'string' ? 2 : 1;
        continue;
      }
      current = pushWord(current, token, commands, script, chunk.start, () => cursor, (c) => (cursor = c));
      if (depth > 0) current.subshell = true;
    }
    if (current && current.next === null) current.next = chunk.last ? null : ';';
  }
  return commands;
}

function pushWord(
  current: ShellCommand | null,
  word: string,
  commands: ShellCommand[],
  script: MappedScript,
  chunkStart: number,
  getCursor: () => number,
  setCursor: (c: number) => void,
): ShellCommand {
  const from = Math.max(getCursor(), chunkStart);
  const literal = literalPrefix(word);
  if (current) {
    current.argv.push(word);
    // Step past the argument (when it sits right there) so the next command's search starts after it:
    // in `echo make && make` the second command is the second `make`.
    const at = literal ? script.text.indexOf(literal, from) : -1;
    if (at >= 0 && /^[\s"'\\]*$/.test(script.text.slice(from, at))) setCursor(at + literal.length);
    return current;
  }
  // Find where this command starts, to report its own line.
  const probe = literal || word.replace(/^\$\{[^}]*\}/, '').slice(0, 12) || word.slice(0, 12);
  let at = probe ? script.text.indexOf(probe, from) : -1;
  if (at < 0) at = from;
  setCursor(at + Math.max(probe.length, 1));
  const line = script.lineAt[Math.min(at, script.lineAt.length - 1)] ?? script.lineAt[0] ?? 1;
  const command: ShellCommand = { argv: [word], line, next: null, redirects: [] };
  commands.push(command);
  return command;
}

/** The start of a word as the script spells it: up to the first character quoting or expansion may have changed. */
function literalPrefix(word: string): string {
  return (/^[^"'\\$`\s]*/.exec(word)?.[0] ?? '').slice(0, 24);
}

/** Splits text at a separator character that is outside quotes and not escaped. */
export function splitOutsideQuotes(text: string, sep: string): { text: string; start: number; last: boolean }[] {
  const parts: { text: string; start: number; last: boolean }[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && quote !== "'") {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === sep) {
      parts.push({ text: text.slice(start, i), start, last: false });
      start = i + 1;
    }
  }
  parts.push({ text: text.slice(start), start, last: true });
  return parts;
}

/** The 1-based line of an unterminated quote in a shell script, or null when quotes balance. */
export function unterminatedQuoteLine(script: MappedScript): number | null {
  let quote: string | null = null;
  let quoteAt = 0;
  let inComment = false;
  for (let i = 0; i < script.text.length; i++) {
    const ch = script.text[i];
    if (inComment) {
      if (ch === '\n') inComment = false;
      continue;
    }
    if (ch === '\\' && quote !== "'") {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      quoteAt = i;
    } else if (ch === '#' && (i === 0 || /\s/.test(script.text[i - 1]))) inComment = true;
  }
  return quote ? (script.lineAt[quoteAt] ?? null) : null;
}

/** Whitespace-separated words, quotes kept, with their offsets (Docker's own word split for FROM, COPY, ARG …). */
export function splitWords(text: string): { word: string; start: number }[] {
  const words: { word: string; start: number }[] = [];
  let quote: string | null = null;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const blank = ch === undefined || (!quote && /\s/.test(ch));
    if (blank) {
      if (start >= 0) words.push({ word: text.slice(start, i), start });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (ch === '\\' && quote !== "'") i++;
    else if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
  }
  return words;
}

/** Splits `--mount=type=cache,target=/x --from=build rest…` into flags and the script that follows them. */
export function leadingFlags(script: MappedScript, takesFlags: boolean): { flags: Flag[]; rest: MappedScript } {
  const flags: Flag[] = [];
  let offset = 0;
  if (takesFlags) {
    for (const { word, start } of splitWords(script.text)) {
      if (!word.startsWith('--') || word.length < 3) {
        offset = start;
        break;
      }
      const eq = word.indexOf('=');
      flags.push(eq < 0 ? { name: word.slice(2).toLowerCase(), value: null } : { name: word.slice(2, eq).toLowerCase(), value: word.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2') });
      offset = script.text.length;
    }
  }
  return { flags, rest: offset ? { text: script.text.slice(offset), lineAt: script.lineAt.slice(offset) } : script };
}

/**
 * In sh a `#` starts a comment only at the start of a word; shell-quote takes any unquoted `#` for one, which
 * cut `npm i git+https://host/repo#v1` short. Escape the mid-word ones before tokenizing.
 */
export function escapeMidWordHashes(text: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && quote !== "'") {
      out += ch + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && i > 0 && !/[\s;&|()<>]/.test(text[i - 1])) {
      out += '\\#';
      continue;
    }
    out += ch;
  }
  return out;
}
