/**
 * ShellCheck for a whole run at once. Started once per process, shellcheck spends much of its time starting up, so
 * the engine lints Dockerfiles with the `shellcheck` rule deferred and this project checker then runs one shellcheck
 * process over the RUN scripts of every Dockerfile (in chunks, to stay within command-line limits), mapping findings
 * back to their files with config and pragmas applied as in lintDockerfile. Direct callers of lintDockerfile keep the
 * per-file path (one process per Dockerfile).
 */
import type { FileLint, ProjectContext } from '../core/checkers.js';
import type { Config } from '../config/schema.js';
import type { Finding } from '../core/types.js';
import { isSuppressed, readPragmas } from '../config/pragmas.js';
import { ruleEnabled, toFinding } from '../core/rule-settings.js';
import shellcheckRule from '../rules/dockerfile/shellcheck.js';
import { lintDockerfile } from './lint.js';
import type { DockerfileModel } from './model.js';
import { DEFAULT_TIMEOUT_MS, findShellcheck, runShellcheck, scriptJobs, toHits, type ScriptJob, type SkippedScript } from './shellcheck.js';

/** Set on the config of a file whose ShellCheck run is left to `shellcheckProject`. */
export const DEFERRED = 'shellcheck-deferred';
/** Scripts per shellcheck process: file names stay far below the argument-list limit. */
const CHUNK = 400;

/** The engine's Dockerfile checker: everything lintDockerfile does, with ShellCheck left for the batch. */
export function lintDockerfileDeferred(file: string, text: string, config: Config, notices: string[]): FileLint {
  return lintDockerfile(file, text, { ...config, options: { ...config.options, [DEFERRED]: true } }, notices);
}

export function shellcheckProject(ctx: ProjectContext): Finding[] {
  const binary = findShellcheck();
  if (!binary) return [];
  const entries: { file: string; config: Config; model: DockerfileModel; jobs: ScriptJob[] }[] = [];
  ctx.files.forEach((f, i) => {
    // contextOnly: read for the project checks only (another shard's file), not to be checked or reported.
    if (f.type !== 'dockerfile' || !f.model || f.contextOnly || !ruleEnabled(shellcheckRule.meta, f.config)) return;
    const model = f.model as DockerfileModel;
    const skipped: SkippedScript[] = [];
    const jobs = scriptJobs(model, `f${i}-`, skipped);
    for (const s of skipped) ctx.notices.push(`${f.file}:${s.line}: ShellCheck skipped this RUN (${s.reason})`);
    if (jobs.length) entries.push({ file: f.file, config: f.config, model, jobs });
  });
  const findings: Finding[] = [];
  for (let start = 0; start < entries.length;) {
    // Whole files per chunk, about CHUNK scripts each.
    let end = start;
    let scripts = 0;
    while (end < entries.length && (scripts === 0 || scripts + entries[end].jobs.length <= CHUNK)) scripts += entries[end++].jobs.length;
    const chunk = entries.slice(start, end);
    start = end;
    const configured = Number(chunk[0].config.options['shellcheck-timeout']);
    const timeout = Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_TIMEOUT_MS + 1000 * scripts;
    let results;
    try {
      results = runShellcheck(binary, chunk.flatMap((e) => e.jobs), timeout);
    } catch (error) {
      ctx.notices.push(`${(error as Error).message}: ShellCheck findings are missing for ${chunk.map((e) => e.file).join(', ')}`);
      continue;
    }
    for (const entry of chunk) {
      const pragmas = entry.config.options['disable-ignore-pragma'] === true ? null : readPragmas(entry.model.comments, entry.model.instructions);
      for (const job of entry.jobs) {
        for (const hit of toHits(job, results.get(job.name) ?? [])) {
          const finding = toFinding(shellcheckRule.meta, hit, entry.file, entry.config);
          if (finding && !(pragmas && isSuppressed(pragmas, finding.ruleId, finding.line))) findings.push(finding);
        }
      }
    }
  }
  return findings;
}
