/**
 * The simple commands of a shell script as its text alone determines them: shell-quote tokenizes, this file groups
 * the tokens into commands (reserved words, `for` lists and `case` patterns are no commands) with the offset where
 * each starts, its redirects, what separates it from the next, and whether it runs in a subshell.
 */
import { parse as shellParse } from 'shell-quote';
import { isBlank } from './words.js';

const SEPARATORS = new Set(['&&', '||', ';', '|', '&', '|&', ';;', '(', ')', '\n']);
const REDIRECTS = new Set(['>', '>>', '<', '>&', '<&', '<<', '<<<', '>|', '<>', '&>', '&>>']);

type Token = string | { op: string; pattern?: string } | { comment: string };

/**
 * Variables stay as `${NAME}` text. An object, not a function: given a function, shell-quote re-splits every word
 * it returns on a RegExp it compiles per word (to splice in object values), which was a third of its time.
 */
const KEEP_VARIABLES: Record<string, string> = new Proxy({}, { get: (_, key) => (key ? '${' + String(key) + '}' : '$') });

/** shell-quote's tokens of one chunk, or null when it refuses the text. */
function tokenize(text: string): Token[] | null {
  try {
    return shellParse(escapeMidWordHashes(text), KEEP_VARIABLES) as Token[];
  } catch {
    return null;
  }
}

/** A command as the script text alone determines it: `at` is the offset of its first word, its line comes later. */
export interface CommandShape {
  argv: string[];
  at: number;
  next: string | null;
  redirects: { op: string; target: string }[];
  subshell: boolean;
}

/**
 * Shell reserved words. Those that open a list of commands (`then apt-get install …`, `do pip install …`) are not
 * the program: the command starts after them. Those that close one (`fi`, `done`) are no command at all.
 */
const OPENERS = new Set(['if', 'then', 'elif', 'else', 'while', 'until', 'do', '{', '!']);
const CLOSERS = new Set(['fi', 'done', '}', 'esac']);

/**
 * Where a command starts in `case … in` (a stack, for a case inside a case): `head` until `in`, `pattern` until the
 * `)` that closes the pattern (a `|` there separates patterns, it is no pipe), then `body` until `;;`.
 */
type CaseState = 'head' | 'pattern' | 'body';

export function commandShapes(text: string): CommandShape[] {
  const commands: CommandShape[] = [];
  // Where the search for the next word's text in the script starts.
  const cursor = { at: 0 };
  // Newlines separate commands in heredoc scripts; shell-quote treats them as blanks, so split first.
  const chunks = splitOutsideQuotes(text, '\n');
  // Parenthesis depth: commands in `( … )` or `$( … )` run in a subshell, so a `cd` there does not last.
  let depth = 0;
  const cases: CaseState[] = [];
  // `for x in a b` up to its separator or the end of its line: words, no command.
  let inForHead = false;
  let forDepth = 0;
  for (const chunk of chunks) {
    const tokens = tokenize(chunk.text);
    inForHead = false;
    if (!tokens) continue;
    let current: CommandShape | null = null;
    // The last command before a `done`, `fi`, `}` or `esac`: a pipe or redirect after the closer is the compound's,
    // so it goes to that command (`for …; do …; done | tee log` still pipes).
    let closed: CommandShape | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (typeof token === 'object' && 'comment' in token) break;
      const inCase = cases.length ? cases[cases.length - 1] : null;
      if (inCase === 'head' || inCase === 'pattern' || inForHead) {
        const op = typeof token === 'object' && 'op' in token ? token.op : null;
        if (op === null) stepPast(typeof token === 'string' ? token : (token as { pattern?: string }).pattern ?? '', text, chunk.start, cursor);
        if (inCase === 'head' && token === 'in') cases[cases.length - 1] = 'pattern';
        else if (inCase === 'pattern' && op === ')') cases[cases.length - 1] = 'body';
        else if (inCase === 'pattern' && token === 'esac') {
          cases.pop();
          closed = commands[commands.length - 1] ?? null;
        } else if (op === '(') depth++; // `$( … )` in a `for` list or a `case` word
        else if (op === ')') depth = Math.max(0, depth - 1);
        // What separates inside the list's `$( … )` does not end the list.
        else if (inForHead && op !== null && SEPARATORS.has(op) && depth === forDepth) inForHead = false;
        continue;
      }
      if (current === null && typeof token === 'string') {
        if (OPENERS.has(token) || (CLOSERS.has(token) && token !== 'esac')) {
          if (CLOSERS.has(token)) closed = commands[commands.length - 1] ?? null;
          stepPast(token, text, chunk.start, cursor);
          continue;
        }
        if (token === 'esac' && inCase === 'body') {
          cases.pop();
          closed = commands[commands.length - 1] ?? null;
          stepPast(token, text, chunk.start, cursor);
          continue;
        }
        if (token === 'case') {
          cases.push('head');
          stepPast(token, text, chunk.start, cursor);
          continue;
        }
        if (token === 'for' || token === 'select') {
          inForHead = true;
          forDepth = depth;
          stepPast(token, text, chunk.start, cursor);
          continue;
        }
      }
      if (typeof token === 'object' && 'op' in token) {
        // `;;` ends a branch; `;&` and `;;&` fall through to the next one.
        if ((token.op === ';;' || token.op === ';&' || token.op === ';;&') && inCase === 'body') {
          cases[cases.length - 1] = 'pattern';
          if (current) current.next = ';';
          current = null;
          continue;
        }
        if (token.op === 'glob') {
          current = pushWord(current, token.pattern ?? '', commands, text, chunk.start, cursor);
          continue;
        }
        if (REDIRECTS.has(token.op)) {
          const target = tokens[i + 1];
          (current ?? closed)?.redirects.push({ op: token.op, target: typeof target === 'string' ? target : '' });
          if (typeof tokens[i + 1] === 'string') i++;
          continue;
        }
        if (SEPARATORS.has(token.op)) {
          if (token.op === '(') depth++;
          if (token.op === ')') depth = Math.max(0, depth - 1);
          // A compound piped on (`done | tee`): its last command is what feeds the pipe.
          if (current) current.next = token.op;
          else if (closed && (token.op === '|' || token.op === '|&')) closed.next = token.op;
          current = null;
          closed = null;
        }
        continue;
      }
      const next = tokens[i + 1];
      // `2>&1`: the fd number is part of the redirection, not a word.
      if (isDigit(token) && next && typeof next === 'object' && 'op' in next && REDIRECTS.has(next.op)) {
        const target = tokens[i + 2];
        if (current) current.redirects.push({ op: token + next.op, target: typeof target === 'string' ? target : '' });
        i += typeof target === 'string' ? 2 : 1;
        continue;
      }
      current = pushWord(current, token, commands, text, chunk.start, cursor);
      closed = null;
      if (depth > 0) current.subshell = true;
    }
    if (current && current.next === null) current.next = chunk.last ? null : ';';
  }
  return commands;
}

/** One character, 0-9. */
function isDigit(word: string): boolean {
  if (word.length !== 1) return false;
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Moves the cursor past a word that starts no command (a reserved word, a `for` list, a `case` pattern). */
function stepPast(word: string, text: string, chunkStart: number, cursor: { at: number }): void {
  const from = Math.max(cursor.at, chunkStart);
  const literal = literalPrefix(word);
  const at = literal ? text.indexOf(literal, from) : -1;
  if (at >= 0 && onlyBlanksOrQuotes(text, from, at)) cursor.at = at + literal.length;
}

function pushWord(
  current: CommandShape | null,
  word: string,
  commands: CommandShape[],
  text: string,
  chunkStart: number,
  cursor: { at: number },
): CommandShape {
  const from = Math.max(cursor.at, chunkStart);
  const literal = literalPrefix(word);
  if (current) {
    current.argv.push(word);
    // Step past the argument (when it sits right there) so the next command's search starts after it:
    // in `echo make && make` the second command is the second `make`.
    const at = literal ? text.indexOf(literal, from) : -1;
    if (at >= 0 && onlyBlanksOrQuotes(text, from, at)) cursor.at = at + literal.length;
    return current;
  }
  // Find where this command starts, to report its own line.
  const probe = literal || word.replace(/^\$\{[^}]*\}/, '').slice(0, 12) || word.slice(0, 12);
  let at = probe ? text.indexOf(probe, from) : -1;
  if (at < 0) at = from;
  cursor.at = at + Math.max(probe.length, 1);
  const command: CommandShape = { argv: [word], at, next: null, redirects: [], subshell: false };
  commands.push(command);
  return command;
}

/** Whether text[from, to) holds only blanks, quotes and backslashes (what separates a word from the one before). */
function onlyBlanksOrQuotes(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && code !== 92 && !isBlank(code)) return false;
  }
  return true;
}

/** The start of a word as the script spells it: up to the first character quoting or expansion may have changed. */
function literalPrefix(word: string): string {
  const limit = Math.min(word.length, 24);
  let end = 0;
  while (end < limit) {
    const code = word.charCodeAt(end);
    // " ' \ $ ` and blanks
    if (code === 34 || code === 39 || code === 92 || code === 36 || code === 96 || isBlank(code)) break;
    end++;
  }
  return end === word.length ? word : word.slice(0, end);
}

/** Splits text at a separator character that is outside quotes and not escaped. */
export function splitOutsideQuotes(text: string, sep: string): { text: string; start: number; last: boolean }[] {
  if (!text.includes(sep)) return [{ text, start: 0, last: true }];
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
/**
 * In sh a `#` starts a comment only at the start of a word; shell-quote takes any unquoted `#` for one, which
 * cut `npm i git+https://host/repo#v1` short. Escape the mid-word ones before tokenizing.
 */
export function escapeMidWordHashes(text: string): string {
  if (!text.includes('#')) return text;
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
