/**
 * Where a failed build failed, read back from its log. Three dialects:
 *   newer BuildKit  `Dockerfile:7` and an excerpt whose failing lines are marked `   7 | >>> RUN …`
 *   older BuildKit  ` > [stage-1 2/3] RUN …:` above the error
 *   classic         `Step 6/7 : RUN …` — the sixth instruction of the file, global ARGs included
 */
import type { DockerfileModel, Instruction } from '../dockerfile/model.js';

export interface FailureSpot {
  line: number;
  endLine: number;
}

export function failingSpot(log: string[], model: DockerfileModel | null): FailureSpot | null {
  const marked = log.map((l) => /^\s*(\d+)\s*\|\s*>>>/.exec(l)).filter((m): m is RegExpExecArray => m !== null).map((m) => Number(m[1]));
  if (marked.length) return { line: Math.min(...marked), endLine: Math.max(...marked) };
  const header = lastMatch(log, /^\s*\S*:(\d+)\s*$/);
  if (header && /dockerfile|containerfile/i.test(header[0])) return spotAt(Number(header[1]), model);
  if (!model) return null;
  const vertex = lastMatch(log, /^\s*>\s*\[(?:([^\]]*?)\s+)?\d+\/\d+\]\s+(.*?):?\s*$/);
  if (vertex) {
    const found = instructionFor(model, vertex[1] ?? '', vertex[2]);
    if (found) return { line: found.line, endLine: found.endLine };
  }
  const step = lastMatch(log, /^Step (\d+)\/\d+ : /);
  const instruction = step ? model.instructions[Number(step[1]) - 1] : undefined;
  return instruction ? { line: instruction.line, endLine: instruction.endLine } : null;
}

/** The last line that says what went wrong, for the finding's message. */
export function failureSummary(log: string[]): string {
  const line = [...log].reverse().find((l) => /error|returned a non-zero code|did not complete successfully|failed/i.test(l) && !/^\s*#\d+ \[/.test(l));
  const text = (line ?? log.filter((l) => l.trim()).pop() ?? 'no output').trim().replace(/^ERROR:\s*/, '');
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

function spotAt(line: number, model: DockerfileModel | null): FailureSpot {
  const instruction = model?.instructions.find((i) => i.line <= line && line <= i.endLine);
  return instruction ? { line: instruction.line, endLine: instruction.endLine } : { line, endLine: line };
}

function lastMatch(log: string[], pattern: RegExp): RegExpExecArray | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const match = pattern.exec(log[i]);
    if (match) return match;
  }
  return null;
}

/** `stage-1` names the second stage, an alias names its stage; the text is the instruction as written, flags and all. */
function instructionFor(model: DockerfileModel, stageLabel: string, text: string): Instruction | null {
  const squashed = text.replace(/\s+/g, ' ').trim();
  const keyword = squashed.split(' ')[0]?.toUpperCase() ?? '';
  const numbered = /^stage-(\d+)$/.exec(stageLabel);
  const stage = numbered ? model.stages[Number(numbered[1])] : model.stages.find((s) => s.name === stageLabel.toLowerCase());
  const pool = stage ? stage.instructions : model.instructions;
  const candidates = pool.filter((i) => i.keyword === keyword && squashed.endsWith(i.args.replace(/\s+/g, ' ').trim()));
  return candidates[0] ?? null;
}
