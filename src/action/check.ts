/**
 * Runs the same core as the CLI over the workspace: every file in scope is read (cross-file checks need them),
 * findings are kept on the changed set per filter-mode, and each is marked new or existing against the base.
 */
import { run } from '../core/engine.js';
import type { Report } from '../core/types.js';
import { markNewAndExisting } from './baseline.js';
import { buildOptions } from './build.js';
import type { ChangeSet } from './changes.js';
import type { ActionContext } from './context.js';
import type { Git } from './git.js';
import { configFileOf, type ActionInputs } from './inputs.js';
import { findingFilter, pathFilter, reportedFiles } from './scope.js';
import { inShard } from '../core/shard.js';

export async function checkWorkspace(context: ActionContext, inputs: ActionInputs, changes: ChangeSet, git: Git, notices: string[]): Promise<Report> {
  const { workspace } = context;
  const inScope = pathFilter(inputs.paths, inputs.exclude);
  const reported = reportedFiles(changes, inputs.filterMode);
  const scoped = inputs.paths.length > 0 || inputs.exclude.length > 0;
  const options = engineOptions(inputs);
  const configFile = configFileOf(inputs, workspace);
  const build = await buildOptions(inputs, context, changes, git, notices);
  const report = await run({
    paths: ['.'],
    // One walk of the workspace: files out of the `paths`/`exclude` scope are not read at all.
    ...(scoped ? { include: inScope } : {}),
    cwd: workspace,
    configFile,
    options,
    ...(!reported && !inputs.shard ? {} : { reportFilter: (file: string) => (!reported || (reported.has(file) && inScope(file))) && (!inputs.shard || inShard(inputs.shard)(file)) }),
    ...(build ? { build } : {}),
  });
  report.findings = report.findings.filter(findingFilter(changes, inputs.filterMode));
  try {
    await markNewAndExisting(report, { workspace, git, changes, configFile, options, inScope });
  } catch (error) {
    notices.push(`could not lint the base version of the changed files (${(error as Error).message}); every finding counts as new`);
    for (const f of report.findings) f.status ??= 'new';
  }
  return report;
}

/** Inputs that are rule options; they win over `.shipshape.yml`, as CLI flags do. Unset inputs leave config alone. */
export function engineOptions(inputs: ActionInputs): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (inputs.kubernetesVersion) options['kubernetes-version'] = inputs.kubernetesVersion;
  if (inputs.maxImageSize !== undefined) options['max-image-size'] = inputs.maxImageSize;
  if (inputs.maxLayers !== undefined) options['max-layers'] = inputs.maxLayers;
  if (inputs.minEfficiency !== undefined) options['min-efficiency'] = inputs.minEfficiency;
  return options;
}
