/**
 * Which Dockerfile instruction made each history entry. The base image's entries are skipped (counted from the
 * base image itself when the engine has it); the instructions of the built stage and the stages it is built FROM
 * are then aligned with the remaining entries in order by a weighted longest-common-subsequence: an entry can only
 * match an instruction of the same keyword, and a matching command line or destination weighs more. Instructions
 * that write no history (ARG under BuildKit) or entries no instruction wrote (ONBUILD triggers) simply stay
 * unmatched. With the base unknown, ties go to later entries, so the base's entries are left at the front.
 */
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.js';
import { stageChain } from '../dockerfile/queries.js';
import type { HistoryStep } from './history.js';

export interface MappedStep extends HistoryStep {
  instruction: Instruction | null;
  /** The entry belongs to the base image. */
  fromBase: boolean;
}

export function mapHistory(model: DockerfileModel, stage: Stage, steps: HistoryStep[], baseSteps: number | null): MappedStep[] {
  const instructions = stageChain(model, stage).flatMap((s) => s.instructions);
  const skip = baseSteps !== null && baseSteps <= steps.length ? baseSteps : 0;
  const own = steps.slice(skip);
  const matched = align(instructions, own);
  const firstMatch = matched.findIndex((m) => m !== null);
  return steps.map((step, i) => {
    if (i < skip) return { ...step, instruction: null, fromBase: true };
    const instruction = matched[i - skip];
    // Without a known base, unmatched entries before the first match are the base image's.
    const fromBase = baseSteps === null && (firstMatch < 0 || i - skip < firstMatch) && instruction === null;
    return { ...step, instruction, fromBase };
  });
}

/** For each step, the instruction aligned with it (or null). */
function align(instructions: Instruction[], steps: HistoryStep[]): (Instruction | null)[] {
  const n = instructions.length;
  const m = steps.length;
  // best[i][j]: best score aligning instructions[i..] with steps[j..].
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair = score(instructions[i], steps[j]);
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], pair > 0 ? pair + best[i + 1][j + 1] : 0);
    }
  }
  const result: (Instruction | null)[] = new Array(m).fill(null);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const pair = score(instructions[i], steps[j]);
    // Prefer leaving a step unmatched when that scores the same: matches then land on the latest entries.
    if (best[i][j] === best[i][j + 1]) j++;
    else if (pair > 0 && best[i][j] === pair + best[i + 1][j + 1]) {
      result[j] = instructions[i];
      i++;
      j++;
    } else i++;
  }
  return result;
}

function score(instruction: Instruction, step: HistoryStep): number {
  if (step.keyword !== instruction.keyword) return 0;
  return 2 + (textMatches(instruction, step) ? 1 : 0);
}

function textMatches(instruction: Instruction, step: HistoryStep): boolean {
  const text = squash(step.text);
  if (instruction.keyword === 'RUN') {
    const command = squash(instruction.form === 'exec' && instruction.exec ? instruction.exec.join(' ') : instruction.args);
    return command !== '' && text.endsWith(command);
  }
  if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
    const destination = instruction.words[instruction.words.length - 1] ?? '';
    return destination !== '' && (text.endsWith(` ${destination}`) || text === destination);
  }
  return text === squash(instruction.args);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
