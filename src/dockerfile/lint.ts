/** Lints one Dockerfile: parse, run the Dockerfile rules, apply pragmas. */
import type { Config } from '../config/schema.js';
import { pragmaFilter } from '../config/pragmas.js';
import type { Finding } from '../core/types.js';
import { ruleEnabled, runRules, toFinding } from '../core/rule-settings.js';
import { commonRules } from '../rules/common-rules.js';
import { dockerfileRules } from '../rules/dockerfile-rules.js';
import parseError from '../rules/common/parse-error.js';
import shellcheckRule from '../rules/dockerfile/shellcheck.js';
import { findShellcheck, SHELLCHECK_MISSING_NOTICE } from './shellcheck.js';
import { parseDockerfile } from './parse.js';
import type { DockerfileModel } from './model.js';
import { append } from '../core/arrays.js';

export interface DockerfileLint {
  findings: Finding[];
  error: string | null;
  model: DockerfileModel | null;
}

export function lintDockerfile(file: string, text: string, config: Config, notices: string[]): DockerfileLint {
  const { model, problems } = parseDockerfile(file, text);
  const fatal = problems.find((p) => p.fatal);
  if (fatal) {
    // A problem may belong to an engine rule of its own (instruction-before-from is hadolint's DL3061).
    const meta = commonRules.find((r) => r.meta.id === fatal.ruleId)?.meta ?? parseError.meta;
    const finding = toFinding(meta, { line: fatal.line, message: fatal.message }, file, config);
    return { findings: finding ? [finding] : [], error: `line ${fatal.line}: ${fatal.message}`, model: null };
  }
  const findings: Finding[] = [];
  for (const problem of problems) {
    const finding = toFinding(parseError.meta, { line: problem.line, message: problem.message }, file, config);
    if (finding) findings.push(finding);
  }
  append(findings, runRules(dockerfileRules, model, file, config, notices));
  // A finding that starts where an instruction starts begins at the instruction's keyword.
  const columns = new Map(model.instructions.map((i) => [i.line, i.column]));
  for (const f of findings) if (f.column === undefined && columns.has(f.line)) f.column = columns.get(f.line);
  // Without the binary ShellCheck is skipped: one line in the report, not a finding per file.
  if (ruleEnabled(shellcheckRule.meta, config) && !findShellcheck() && !notices.includes(SHELLCHECK_MISSING_NOTICE)) notices.push(SHELLCHECK_MISSING_NOTICE);
  // Inline ignores (not honoured under hadolint's `disable-ignore-pragma`).
  return { findings: findings.filter(pragmaFilter(model, config)), error: null, model };
}
