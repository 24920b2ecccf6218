/** Builds the DockerfileModel from text with dockerfile-ast; problems come back as parse errors, never throws. */
import { DockerfileParser, type Instruction as AstInstruction } from 'dockerfile-ast';
import type { DockerfileModel, Heredoc, Instruction, Stage } from './model.js';
import { parseImageRef } from './image-ref.js';
import { joinLines, leadingFlags, plainScript, splitCommands, unterminatedQuoteLine, wordsOf, type MappedScript } from './shell.js';
import { applyGlobalArg } from './words.js';

export interface ParseProblem {
  line: number;
  message: string;
  /** A fatal problem means Docker would refuse the file: no rule runs on it. */
  fatal: boolean;
  /** The engine rule that reports it, when not parse-error (instruction-before-from is hadolint's DL3061). */
  ruleId?: string;
}

export interface ParsedDockerfile {
  model: DockerfileModel;
  problems: ParseProblem[];
}

const KEYWORDS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER',
  'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);
/** Longest line we parse; real Dockerfiles stay under a few hundred characters a line. */
export const MAX_LINE_LENGTH = 65536;
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const COMMAND_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'HEALTHCHECK']);
/** Instructions whose shell form becomes `script`, the only reader of a line map. */
const SCRIPT_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
const SHELLS = /^(?:\/\S*\/)?(?:sh|bash|ash|dash|zsh)$/;

export function parseDockerfile(file: string, source: string): ParsedDockerfile {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const problems: ParseProblem[] = [];
  const longLine = longLineIndex(text);
  if (longLine >= 0) {
    // dockerfile-ast spends seconds on a line of hundreds of KB; no real Dockerfile has one.
    problems.push({ line: longLine + 1, message: `line longer than ${MAX_LINE_LENGTH} characters`, fatal: true });
    return { model: emptyModel(file, text), problems };
  }
  const ast = DockerfileParser.parse(text);
  const escapeChar = ast.getEscapeCharacter();
  const lines = text.split(/\r?\n/);
  const globalArgs = new Map<string, string | undefined>();
  const instructions: Instruction[] = [];
  const stages: Stage[] = [];

  for (const node of ast.getInstructions()) {
    const instruction = buildInstruction(node, lines, escapeChar, stages.length - 1, problems);
    instructions.push(instruction);
    const { keyword } = instruction;
    if (!KEYWORDS.has(keyword)) {
      problems.push({ line: instruction.line, message: `unknown instruction '${node.getInstruction()}'`, fatal: true });
      continue;
    }
    if (keyword === 'FROM') {
      stages.push(buildStage(instruction, stages, globalArgs, problems));
    } else if (stages.length === 0) {
      if (keyword === 'ARG') {
        applyGlobalArg(globalArgs, instruction, escapeChar);
      } else {
        problems.push({ line: instruction.line, message: `${keyword} before the first FROM`, fatal: true, ruleId: 'instruction-before-from' });
      }
    } else {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  if (stages.length === 0 && instructions.some((i) => i.keyword !== 'ARG') === false && instructions.length > 0) {
    problems.push({ line: instructions[0].line, message: 'no FROM instruction', fatal: true });
  }

  const comments = commentLines(lines, instructions);
  const finalStage = stages.length ? stages[stages.length - 1] : null;
  const model: DockerfileModel = { file, lines, escapeChar, instructions, stages, finalStage, globalArgs, comments };
  return { model, problems };
}

function buildInstruction(node: AstInstruction, lines: string[], escapeChar: string, stage: number, problems: ParseProblem[]): Instruction {
  // Read the instruction's own text rather than dockerfile-ast's argument accessors: they re-scan the document on
  // every call and were two thirds of the lint time on the corpus.
  const range = node.getRange();
  const keyword = node.getKeyword().toUpperCase();
  const first = range.start.line;
  const afterKeyword = (lines[first] ?? '').slice(range.start.character + node.getInstruction().length);
  const rawLines = range.end.line > first ? [afterKeyword, ...lines.slice(first + 1, range.end.line + 1)] : [afterKeyword];
  const heredocs = rawLines.some((l) => l.includes('<<')) ? readHeredocs(node, problems) : [];
  // Heredoc bodies are not continuation lines: only the opening line holds arguments. An ONBUILD's trigger may be a
  // RUN, whose script needs the line map.
  const joined = joinLines(heredocs.length ? [afterKeyword] : rawLines, first + 1, escapeChar, SCRIPT_KEYWORDS.has(keyword) || keyword === 'ONBUILD');
  const position = { line: range.start.line + 1, endLine: range.end.line + 1, column: range.start.character + 1 };
  const instruction = readInstruction(keyword, joined, heredocs, position, stage, node, problems);
  const trigger = keyword === 'ONBUILD' ? /^\s*([A-Za-z]+)(?=\s)/.exec(joined.text) : null;
  if (trigger) {
    // `ONBUILD RUN …` is read exactly as a RUN written there would be.
    const after = { text: joined.text.slice(trigger[0].length), lineAt: joined.lineAt.slice(trigger[0].length) };
    instruction.trigger = readInstruction(trigger[1].toUpperCase(), after, heredocs, position, stage, node, problems);
  }
  return instruction;
}

/** An instruction from its joined text after the keyword: flags, arguments, words, and for a command its form and commands. */
function readInstruction(
  keyword: string, joined: MappedScript, heredocs: Heredoc[], position: Pick<Instruction, 'line' | 'endLine' | 'column'>,
  stage: number, node: AstInstruction, problems: ParseProblem[],
): Instruction {
  const { flags, rest } = leadingFlags(joined, FLAG_KEYWORDS.has(keyword));
  const args = rest.text.trim();
  const instruction: Instruction = { keyword, ...position, args, words: wordsOf(args), flags, stage, commands: [], heredocs, node };
  const exec = jsonArray(args);
  if (exec && (keyword === 'COPY' || keyword === 'ADD' || keyword === 'VOLUME')) instruction.words = exec;
  if (!COMMAND_KEYWORDS.has(keyword)) return instruction;
  if (exec) {
    instruction.form = 'exec';
    instruction.exec = exec;
    return instruction;
  }
  instruction.form = 'shell';
  if (keyword === 'SHELL' || keyword === 'HEALTHCHECK') return instruction;
  const script = scriptOf(rest, heredocs);
  instruction.script = script;
  const quoteLine = unterminatedQuoteLine(script);
  if (quoteLine !== null) problems.push({ line: quoteLine, message: `unterminated quote in ${keyword}`, fatal: false });
  instruction.commands = splitCommands(script);
  return instruction;
}

/** A heredoc is the script when the RUN line only opens it, or hands it to a shell; otherwise it is data. */
function scriptOf(head: MappedScript, heredocs: Heredoc[]): MappedScript {
  if (!heredocs.length) return head;
  const opener = head.text.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, '').trim();
  const program = opener.split(/\s+/)[0] ?? '';
  if (opener === '' || SHELLS.test(program)) return plainScript(heredocs[0].body, heredocs[0].line);
  return head;
}

function readHeredocs(node: AstInstruction, problems: ParseProblem[]): Heredoc[] {
  const getter = (node as unknown as { getHeredocs?: () => import('dockerfile-ast').Heredoc[] }).getHeredocs;
  if (typeof getter !== 'function') return [];
  const doc = node as unknown as { document: { getText(range?: unknown): string } };
  return getter.call(node).map((h) => {
    const content = h.getContentRange();
    const terminated = h.getDelimiterRange() !== null;
    const startLine = h.getStartRange().start.line + 1;
    if (!terminated) problems.push({ line: startLine, message: `unterminated heredoc '${h.getName()}'`, fatal: true });
    return {
      name: h.getName(),
      body: content ? doc.document.getText(content).replace(/\r\n/g, '\n') : '',
      line: content ? content.start.line + 1 : startLine + 1,
      terminated,
    };
  });
}

function jsonArray(args: string): string[] | null {
  if (!args.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(args);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}

function buildStage(from: Instruction, stages: Stage[], globalArgs: Map<string, string | undefined>, problems: ParseProblem[]): Stage {
  const [image = '', as, alias] = from.words;
  if (!image) problems.push({ line: from.line, message: 'FROM without an image', fatal: true });
  const name = as && as.toUpperCase() === 'AS' && alias ? alias.toLowerCase() : null;
  const ref = parseImageRef(image, globalArgs);
  const base = stages.find((s) => s.name !== null && s.name === ref.resolved.toLowerCase());
  const platform = from.flags.find((f) => f.name === 'platform')?.value ?? null;
  from.stage = stages.length;
  return { index: stages.length, name, from: ref, fromInstruction: from, baseStage: base ? base.index : null, instructions: [], platform };
}

/**
 * Comment lines outside instructions, read from the text: dockerfile-ast takes a first-line `# shipshape ignore=x`
 * for a parser directive, and a pragma must work on any line.
 */
function commentLines(lines: string[], instructions: Instruction[]): { line: number; text: string }[] {
  const inside = new Set<number>();
  for (const i of instructions) for (let l = i.line; l <= i.endLine; l++) inside.add(l);
  const comments: { line: number; text: string }[] = [];
  lines.forEach((text, index) => {
    const match = text.includes('#') ? /^\s*#(.*)$/.exec(text) : null;
    if (match && !inside.has(index + 1)) comments.push({ line: index + 1, text: match[1].trim() });
  });
  return comments;
}

/** The 0-based index of the first line longer than MAX_LINE_LENGTH, or -1 (without splitting the text). */
function longLineIndex(text: string): number {
  if (text.length <= MAX_LINE_LENGTH) return -1;
  let start = 0;
  for (let index = 0; ; index++) {
    const end = text.indexOf('\n', start);
    if ((end < 0 ? text.length : end) - start > MAX_LINE_LENGTH) return index;
    if (end < 0) return -1;
    start = end + 1;
  }
}

function emptyModel(file: string, text: string): DockerfileModel {
  return {
    file, lines: text.split(/\r?\n/), escapeChar: '\\', instructions: [], stages: [], finalStage: null,
    globalArgs: new Map(), comments: [],
  };
}
