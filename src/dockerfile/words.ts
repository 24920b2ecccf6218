/**
 * Docker's own word split (FROM, COPY, ARG …, and the flags before a RUN's script), without a RegExp per
 * character: these run over every instruction of every file. Also how a word is read (quotes, escapes, variables)
 * and the NAME=value pairs of ARG, ENV and LABEL.
 */
import type { Flag, Instruction } from './model.js';
import type { MappedScript } from './shell.js';
import { variableAt, type VariableLookup } from './image-ref.js';

/**
 * Whether a UTF-16 code unit is what `\s` matches in a JavaScript RegExp: ASCII blanks and line ends, and
 * Unicode's space separators, line and paragraph separators and the byte order mark.
 */
export function isBlank(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whitespace-separated words, quotes kept, with their offsets (Docker's own word split for FROM, COPY, ARG …). */
export function splitWords(text: string): { word: string; start: number }[] {
  const words: { word: string; start: number }[] = [];
  for (let w = nextWord(text, 0); w; w = nextWord(text, w.end)) words.push({ word: w.word, start: w.start });
  return words;
}

/** The words of splitWords without their offsets. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (let w = nextWord(text, 0); w; w = nextWord(text, w.end)) words.push(w.word);
  return words;
}

/**
 * The first word at or after `from` (quotes kept; a backslash outside single quotes takes the next character into
 * the word), or null when none is left. A backslash as the very last character drops its word, as it always has.
 */
function nextWord(text: string, from: number): { word: string; start: number; end: number } | null {
  const length = text.length;
  let i = from;
  while (i < length && isBlank(text.charCodeAt(i))) i++;
  if (i >= length) return null;
  const start = i;
  let quote = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (!quote && isBlank(code)) return { word: text.slice(start, i), start, end: i };
    // 92 \\, 39 ', 34 "
    if (code === 92 && quote !== 39) i++;
    else if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
  }
  return i === length ? { word: text.slice(start), start, end: length } : null;
}

/** Splits `--mount=type=cache,target=/x --from=build rest…` into flags and the script that follows them. */
export function leadingFlags(script: MappedScript, takesFlags: boolean): { flags: Flag[]; rest: MappedScript } {
  const flags: Flag[] = [];
  let offset = 0;
  if (takesFlags) {
    // Read words only as far as the flags go: a RUN's script can be long.
    for (let w = nextWord(script.text, 0); w; w = nextWord(script.text, w.end)) {
      const { word, start } = w;
      if (!word.startsWith('--') || word.length < 3) {
        offset = start;
        break;
      }
      const eq = word.indexOf('=');
      flags.push(eq < 0 ? { name: word.slice(2).toLowerCase(), value: null } : { name: word.slice(2, eq).toLowerCase(), value: stripQuotes(word.slice(eq + 1)) });
      offset = script.text.length;
    }
  }
  return { flags, rest: offset ? { text: script.text.slice(offset), lineAt: script.lineAt.slice(offset) } : script };
}

/** A word without one pair of matching outer quotes (`"/app"` → `/app`); no escapes are read (see processWord). */
export function stripQuotes(word: string): string {
  return word.replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * A word as BuildKit's shell lexer reads an ENV or ARG value, a WORKDIR …: quotes removed (nothing inside single
 * quotes is special), the escape character applied (inside double quotes only before `"`, `$` and itself), and,
 * given `vars`, `$NAME` / `${NAME…}` substituted outside single quotes. Without `vars` variables stay as written.
 * An unterminated quote runs to the end of the word (BuildKit refuses the file; the parse reports it elsewhere).
 */
export function processWord(word: string, vars?: VariableLookup, escape = '\\'): { text: string; unresolved: boolean } {
  let out = '';
  let unresolved = false;
  let quote = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (quote === "'") {
      if (ch === "'") quote = '';
      else out += ch;
    } else if (ch === escape) {
      const next = word[i + 1];
      // A trailing escape is dropped; inside double quotes one before an ordinary character stays.
      if (next === undefined) break;
      if (!quote || next === '"' || next === '$' || next === escape) out += word[++i];
      else out += ch;
    } else if (ch === '"') {
      quote = quote ? '' : '"';
    } else if (ch === "'" && !quote) {
      quote = "'";
    } else {
      const variable = ch === '$' && vars ? variableAt(word, i, vars) : null;
      if (variable) {
        out += variable.text;
        unresolved ||= variable.unresolved;
        i = variable.end - 1;
      } else out += ch;
    }
  }
  return { text: out, unresolved };
}

export interface KeyValue {
  name: string;
  /** The value as written, quotes kept; undefined when the instruction gives none (`ARG TOKEN`). */
  raw: string | undefined;
  /** The value with quotes and escapes removed (processWord without variables). */
  value: string | undefined;
}

/**
 * One global `ARG` (before the first FROM) applied to the global values, as BuildKit reads its meta args: in the
 * order written, a name given as a build arg takes that value as given (never expanded), any other default is
 * expanded with the values before it, and a bare `ARG NAME` keeps a default already set. The parse applies them
 * without build args (model.globalArgs); the image stage again with a build's (src/image/base-ref.ts).
 */
export function applyGlobalArg(values: Map<string, string | undefined>, instruction: Instruction, escape: string, buildArgs?: ReadonlyMap<string, string>): void {
  for (const { name, raw } of keyValues(instruction, escape)) {
    if (buildArgs?.has(name)) values.set(name, buildArgs.get(name));
    else if (raw !== undefined) values.set(name, processWord(raw, values, escape).text);
    else if (!values.has(name)) values.set(name, undefined);
  }
}

const pairsOf = new WeakMap<Instruction, KeyValue[]>();

/**
 * The NAME=value pairs of an ARG, ENV or LABEL, legacy `ENV NAME value with spaces` form included. Read-only.
 * `escape` is the model's escape character: an instruction belongs to one model, so its pairs are read once.
 */
export function keyValues(instruction: Instruction, escape: string): KeyValue[] {
  let pairs = pairsOf.get(instruction);
  if (!pairs) pairsOf.set(instruction, (pairs = readKeyValues(instruction, escape)));
  return pairs;
}

function readKeyValues(instruction: Instruction, escape: string): KeyValue[] {
  const pair = (name: string, raw: string | undefined): KeyValue => ({ name, raw, value: raw === undefined ? undefined : processWord(raw, undefined, escape).text });
  const [first, ...rest] = instruction.words;
  if (first === undefined) return [];
  if (instruction.keyword === 'ENV' && !first.includes('=')) return [pair(first, rest.length ? rest.join(' ') : undefined)];
  return instruction.words.map((word) => {
    const eq = word.indexOf('=');
    return eq < 0 ? pair(word, undefined) : pair(word.slice(0, eq), word.slice(eq + 1));
  });
}
