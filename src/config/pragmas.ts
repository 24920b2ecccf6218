/**
 * Inline ignore comments in Dockerfiles: `# shipshape ignore=a,b` (next instruction), `# shipshape global
 * ignore=a,b` (whole file), and the peers' spellings users already have (`# hadolint ignore=DL3008`,
 * `# trivy:ignore:DS002`, `# checkov:skip=CKV_DOCKER_3`), mapped to rules through their aliases.
 */
import type { Comment, Instruction } from '../dockerfile/model.js';
import { canonicalId } from '../rules/registry.js';

export interface Pragmas {
  /** Rule ids ignored in the whole file. */
  global: Set<string>;
  /** Rule ids ignored on a line range (the instruction after the comment). */
  ranges: { line: number; endLine: number; ids: Set<string> }[];
}

const FORMS: { pattern: RegExp; global: boolean }[] = [
  { pattern: /^(?:shipshape|hadolint)\s+global\s+ignore\s*=\s*(.*)$/i, global: true },
  { pattern: /^(?:shipshape|hadolint)\s+ignore\s*=\s*(.*)$/i, global: false },
  { pattern: /^trivy:ignore:(\S+)/i, global: false },
  { pattern: /^checkov:skip=([^:\s]+)/i, global: false },
];

/** Ids in `a, b,c  # why` → [a, b, c]: a list ends at the first word that follows a space without a comma. */
export function pragmaIds(list: string): string[] {
  const match = /^\s*([A-Za-z0-9_.-]+(?:\s*,\s*[A-Za-z0-9_.-]+)*)/.exec(list);
  return match ? match[1].split(',').map((id) => canonicalId(id.trim())) : [];
}

export function readPragmas(comments: Comment[], instructions: Instruction[]): Pragmas {
  const pragmas: Pragmas = { global: new Set(), ranges: [] };
  for (const comment of comments) {
    for (const form of FORMS) {
      const match = form.pattern.exec(comment.text);
      if (!match) continue;
      const ids = pragmaIds(match[1]);
      if (form.global) ids.forEach((id) => pragmas.global.add(id));
      else {
        const next = instructions.find((i) => i.line > comment.line);
        if (next) pragmas.ranges.push({ line: next.line, endLine: next.endLine, ids: new Set(ids) });
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
