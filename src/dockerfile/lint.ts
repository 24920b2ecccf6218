/** Lints one Dockerfile: parse, run the Dockerfile rules, apply pragmas. */
import type { Config } from '../config/schema.js';
import { isSuppressed, readPragmas } from '../config/pragmas.js';
import type { Finding } from '../core/types.js';
import { runRules, toFinding } from '../core/rule-settings.js';
import { dockerfileRules } from '../rules/index.js';
import parseError from '../rules/common/parse-error.js';
import { parseDockerfile } from './parse.js';
import type { DockerfileModel } from './model.js';

export interface DockerfileLint {
  findings: Finding[];
  error: string | null;
  model: DockerfileModel | null;
}

export function lintDockerfile(file: string, text: string, config: Config, notices: string[]): DockerfileLint {
  const { model, problems } = parseDockerfile(file, text);
  const fatal = problems.find((p) => p.fatal);
  if (fatal) {
    const finding = toFinding(parseError.meta, { line: fatal.line, message: fatal.message }, file, config);
    return { findings: finding ? [finding] : [], error: `line ${fatal.line}: ${fatal.message}`, model: null };
  }
  const findings: Finding[] = [];
  for (const problem of problems) {
    const finding = toFinding(parseError.meta, { line: problem.line, message: problem.message }, file, config);
    if (finding) findings.push(finding);
  }
  findings.push(...runRules(dockerfileRules, model, file, config, notices));
  const pragmas = readPragmas(model.comments, model.instructions);
  return { findings: findings.filter((f) => !isSuppressed(pragmas, f.ruleId, f.line)), error: null, model };
}
