/**
 * Findings as annotations: check-run annotations (any number, in batches), or workflow commands, of which GitHub
 * shows only 10 per type per step, so the most useful ones go first and the last slot says how many are left.
 */
import * as core from '@actions/core';
import { ruleDocUrl } from '../core/about.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../core/types.js';
import { byPlace } from '../core/findings.js';
import type { CheckAnnotation } from '../github/check-run.js';

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', info: 'notice' };

/** GitHub shows this many error, warning and notice commands per step, each. */
export const COMMANDS_SHOWN_PER_TYPE = 10;

export function toCheckAnnotations(findings: Finding[]): CheckAnnotation[] {
  return findings.map((f) => ({
    path: f.file,
    start_line: f.line,
    end_line: f.endLine,
    ...(f.column && f.endLine === f.line ? { start_column: f.column } : {}),
    annotation_level: LEVEL[f.severity],
    title: f.ruleId.slice(0, 255),
    message: annotationMessage(f),
  }));
}

function annotationMessage(f: Finding): string {
  const status = f.status === 'existing' ? ' (already on the base)' : '';
  return `${f.message}${status}\n${ruleDocUrl(f.ruleId)}`.slice(0, 60_000);
}

type Emit = (message: string, properties?: core.AnnotationProperties) => void;
const EMIT: Record<Severity, Emit> = { error: core.error, warning: core.warning, info: core.notice };

/**
 * Workflow commands through @actions/core, which escapes the message and properties so text from the user's
 * files cannot end the command or start another. `first` says which findings matter most (on changed lines).
 */
export function emitCommandAnnotations(findings: Finding[], first: (f: Finding) => boolean, gateFails = false): { emitted: number; hidden: number } {
  const ordered = [...findings].sort((a, b) =>
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || Number(first(b)) - Number(first(a)) ||
    Number(a.status === 'existing') - Number(b.status === 'existing') || byPlace(a, b));
  let emitted = 0;
  let hidden = 0;
  for (const severity of ['error', 'warning', 'info'] as Severity[]) {
    const ofType = ordered.filter((f) => f.severity === severity);
    // A failing gate ends the step with one more error (core.setFailed): keep a slot for it, or GitHub hides why.
    const shown = severity === 'error' && gateFails ? COMMANDS_SHOWN_PER_TYPE - 1 : COMMANDS_SHOWN_PER_TYPE;
    const room = ofType.length > shown ? shown - 1 : ofType.length;
    for (const f of ofType.slice(0, room)) {
      EMIT[severity](annotationMessage(f), { title: f.ruleId, file: f.file, startLine: f.line, endLine: f.endLine, ...(f.column && f.endLine === f.line ? { startColumn: f.column } : {}) });
    }
    emitted += room;
    const rest = ofType.length - room;
    if (rest > 0) {
      hidden += rest;
      EMIT[severity](`${rest} more ${severity} finding${rest === 1 ? '' : 's'} in the job summary (GitHub shows ${COMMANDS_SHOWN_PER_TYPE} annotations of each type per step)`, { title: 'shipshape' });
    }
  }
  return { emitted, hidden };
}
