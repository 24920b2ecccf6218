/**
 * Inline ignore comments in Dockerfiles: `# shipshape ignore=a,b` (next instruction), `# shipshape global
 * ignore=a,b` (whole file), `# shipshape stage ignore=a,b` (rest of the stage), and the peers' spellings users
 * already have (`# hadolint ignore=DL3008`, `# trivy:ignore:DS002`, `# checkov:skip=CKV_DOCKER_3`), mapped to rules through their aliases.
 */
import type { Comment, DockerfileModel, Instruction } from '../dockerfile/model.js';
import type { Finding } from '../core/types.js';
import type { Config } from './schema.js';
import { canonicalId } from '../rules/registry.js';

export interface Pragmas {
  /** Rule ids ignored in the whole file. */
  global: Set<string>;
  /** Rule ids ignored on a line range (the instruction after the comment). */
  ranges: { line: number; endLine: number; ids: Set<string> }[];
}

const FORMS: { pattern: RegExp; global: boolean; stage?: boolean; trivy?: boolean }[] = [
  { pattern: /^(?:shipshape|hadolint)\s+global\s+ignore\s*=\s*(.*)$/i, global: true },
  // hadolint 2.15: from the next instruction to the end of its stage (the whole stage when placed above FROM).
  { pattern: /^(?:shipshape|hadolint)\s+stage\s+ignore\s*=\s*(.*)$/i, global: false, stage: true },
  { pattern: /^(?:shipshape|hadolint)\s+ignore\s*=\s*(.*)$/i, global: false },
  { pattern: /^trivy:ignore:(\S+)/i, global: false, trivy: true },
  { pattern: /^checkov:skip=([^:\s]+)/i, global: false },
];

/** Every form above starts with one of these words. */
const PRAGMA_START = /^(?:shipshape|hadolint|trivy|checkov)/i;

/** Trivy spells its Dockerfile ids `DS002` or `AVD-DS-0002`; our aliases say `DS-0002`. */
function trivyId(id: string): string {
  const match = /^(?:AVD-)?DS-?0*(\d+)$/i.exec(id);
  return match ? `DS-${match[1].padStart(4, '0')}` : id;
}

/** Ids in `a, b,c  # why` → [a, b, c]: a list ends at the first word that follows a space without a comma. */
export function pragmaIds(list: string): string[] {
  const match = /^\s*([A-Za-z0-9_.-]+(?:\s*,\s*[A-Za-z0-9_.-]+)*)/.exec(list);
  return match ? match[1].split(',').map((id) => canonicalId(id.trim())) : [];
}

export function readPragmas(comments: Comment[], instructions: Instruction[]): Pragmas {
  const pragmas: Pragmas = { global: new Set(), ranges: [] };
  for (const comment of comments) {
    // Nearly every comment is prose: one test rules it out before the five forms are tried.
    if (!PRAGMA_START.test(comment.text)) continue;
    for (const form of FORMS) {
      const match = form.pattern.exec(comment.text);
      if (!match) continue;
      const ids = form.trivy ? pragmaIds(trivyId(match[1])) : pragmaIds(match[1]);
      if (form.global) ids.forEach((id) => pragmas.global.add(id));
      else {
        const next = instructions.find((i) => i.line > comment.line);
        if (next && form.stage) {
          const nextFrom = instructions.find((i) => i.line > next.line && i.keyword === 'FROM');
          pragmas.ranges.push({ line: next.line, endLine: nextFrom ? nextFrom.line - 1 : Number.MAX_SAFE_INTEGER, ids: new Set(ids) });
        } else if (next) pragmas.ranges.push({ line: next.line, endLine: next.endLine, ids: new Set(ids) });
      }
      break;
    }
  }
  return pragmas;
}

export function isSuppressed(pragmas: Pragmas, ruleId: string, line: number): boolean {
  if (pragmas.global.has(ruleId)) return true;
  return pragmas.ranges.some((r) => r.ids.has(ruleId) && line >= r.line && line <= r.endLine);
}

/**
 * Which findings of a Dockerfile its inline ignores let through: all of them under hadolint's
 * `disable-ignore-pragma`. The pragmas are read now; the filter keeps them, not the model.
 */
export function pragmaFilter(model: Pick<DockerfileModel, 'comments' | 'instructions'>, config: Config): (finding: Pick<Finding, 'ruleId' | 'line'>) => boolean {
  if (config.options['disable-ignore-pragma'] === true) return () => true;
  const pragmas = readPragmas(model.comments, model.instructions);
  return (finding) => !isSuppressed(pragmas, finding.ruleId, finding.line);
}
