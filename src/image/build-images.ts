/**
 * The image stage of a run: build each Dockerfile, measure the image, compare it with the base ref, run the image
 * rules. Nothing here may end the run: no engine is one info finding, a failed build is a finding on its
 * Dockerfile, an image that cannot be measured is a notice, and the other Dockerfiles go on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Writable } from 'node:stream';
import type { Config } from '../config/schema.js';
import { pragmaFilter } from '../config/pragmas.js';
import { runRules, toFinding } from '../core/rule-settings.js';
import type { LintedFile } from '../core/checkers.js';
import type { Finding } from '../core/types.js';
import type { DockerfileModel, Stage } from '../dockerfile/model.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { imageRules } from '../rules/index.js';
import buildFailed from '../rules/common/build-failed.js';
import buildSkipped from '../rules/common/build-skipped.js';
import { analyzeImage, type Analysis } from './analyze.js';
import { buildImage, chooseBuilder, type Builder } from './build.js';
import { buildLabel, maskBuildArgs } from './build-label.js';
import { failingSpot, failureSummary } from './build-log.js';
import { docker, engineProblem, failureLine, type Docker } from './docker.js';
import { instructionDeltas, layerMakers } from './deltas.js';
import { HeldImages } from './held-images.js';
import { buildIdentity, imageTag } from './image-tag.js';
import { defaultTarget, parseTargets, type BuildTarget } from './targets.js';
import type { BaseComparison, ImageReport } from './types.js';
import { repositoryRoot, withWorktree } from './worktree.js';
import { append } from '../core/arrays.js';

export interface BuildOptions {
  /** What to build; default: the config's `build` list, else every Dockerfile the report keeps. */
  targets?: BuildTarget[];
  /** A git ref to build the same Dockerfile at and compare with (the pull request's base in the action). */
  compareBase?: string | null;
  builder?: Builder | 'auto';
  /** The docker CLI (default `docker`). */
  docker?: string;
  /** `--network` for every build (`none` where there is no network). */
  network?: string | null;
  /** Where build logs stream (stderr in the CLI); null for silence. */
  log?: Writable | null;
  /** Wraps each build, so the action can fold its log into a group. */
  group?: <T>(title: string, work: () => Promise<T>) => Promise<T>;
  /**
   * Leave the `shipshape-local/*` images in the engine (`--keep-images`, the action's `keep-images`; tests compare
   * them with `docker image inspect`). By default they are removed once measured: a self-hosted runner or a laptop
   * would otherwise keep two images per Dockerfile from every run. The report says which way it went (`kept`).
   */
  keepImages?: boolean;
}

export interface BuildContext {
  cwd: string;
  /** The files of the run that the report keeps; their Dockerfiles are the default targets. */
  files: LintedFile[];
  notices: string[];
  /** The configuration in force for a file (by absolute path). */
  configFor(path: string): Config;
  /** The path as the report writes it (the engine's reportPath: relative to cwd, `/` separators). */
  reportPath: (path: string) => string;
}

export interface BuildResult {
  findings: Finding[];
  images: ImageReport[];
}

export async function buildImages(options: BuildOptions, ctx: BuildContext): Promise<BuildResult> {
  const result: BuildResult = { findings: [], images: [] };
  const dockerfiles = ctx.files.filter((f) => f.type === 'dockerfile');
  let targets: BuildTarget[];
  try {
    targets = options.targets ?? configuredTargets(ctx) ?? dockerfiles.map((f) => defaultTarget(f.path));
  } catch (error) {
    ctx.notices.push(`images not built: ${(error as Error).message}`);
    return result;
  }
  if (targets.length === 0) return result;
  const d: Docker = { bin: options.docker ?? 'docker' };
  const problem = await engineProblem(d);
  if (problem) {
    const first = targets[0].dockerfile;
    const message = `No Docker engine reachable (${problem}): building and measuring ${targets.length === 1 ? 'this image was' : `${targets.length} images were`} skipped`;
    const finding = toFinding(buildSkipped.meta, { line: 1, message }, ctx.reportPath(first), ctx.configFor(first));
    if (finding) result.findings.push(finding);
    return result;
  }
  const builder = await chooseBuilder(d, options.builder);
  const group = options.group ?? ((_title, work) => work());
  // Every tag this run built, head and base, and the build running: removed only at the end, so later builds can
  // reuse their layers, or on the way out of a run stopped by a signal before the end (held-images.ts).
  const held = new HeldImages(d, Boolean(options.keepImages));
  try {
    for (const target of targets) {
      const file = ctx.reportPath(target.dockerfile);
      const known = dockerfiles.find((f) => f.path === target.dockerfile);
      const model = known ? (known.model as DockerfileModel | null) : parseFile(target.dockerfile);
      const config = known?.config ?? ctx.configFor(target.dockerfile);
      if (!model) {
        ctx.notices.push(`${file}: not built, the Dockerfile does not parse`);
        continue;
      }
      const input: MeasureInput = { d, builder, target, identity: buildIdentity(target), model, file, options, group, held };
      const measured = await measure(input);
      if ('failure' in measured) {
        const finding = toFinding(buildFailed.meta, measured.failure, file, config);
        if (finding) result.findings.push(finding);
        continue;
      }
      if ('notice' in measured) {
        ctx.notices.push(`${file}: ${measured.notice}`);
        continue;
      }
      const { report, analysis } = measured;
      if (options.compareBase) report.base = await compareWithBase(options.compareBase, input, analysis);
      result.images.push(report);
      const facts = { ...analysis.facts, report };
      const found = runRules(imageRules, facts, file, config, ctx.notices);
      append(result.findings, found.filter(pragmaFilter(model, config)));
    }
  } finally {
    if (!options.keepImages) {
      // The reports were written as if removal succeeds (kept: false); a tag it could not remove is kept after all.
      const left = await removeImages(d, held.builtTags(), ctx.notices);
      for (const image of result.images) {
        if (left.has(image.tag)) image.kept = true;
        if (image.base?.tag && left.has(image.base.tag)) image.base.kept = true;
      }
    }
    held.letGo();
  }
  return result;
}

/**
 * `docker image rm` by the exact tags this run built: an image the user also tagged only loses this tag, and
 * nothing else is touched (no prune). A failure is a notice naming the tags still there; the measurements stand.
 * Returns the tags still there.
 */
async function removeImages(d: Docker, tags: string[], notices: string[]): Promise<Set<string>> {
  if (tags.length === 0) return new Set();
  const removed = await docker(d, ['image', 'rm', ...tags]);
  if (removed.exitCode === 0) return new Set();
  // `docker image rm` goes on past a tag it cannot remove: ask which are left. Only "no such image" counts as gone.
  const left = new Set<string>();
  for (const tag of tags) {
    const inspected = await docker(d, ['image', 'inspect', '--format', '{{.Id}}', tag]);
    if (inspected.exitCode === 0 || !/no such (image|object)/i.test(inspected.stderr + inspected.stdout)) left.add(tag);
  }
  if (left.size) notices.push(`the images built for measuring were not all removed (${failureLine(removed)}); remove them with \`docker image rm ${[...left].join(' ')}\``);
  return left;
}

interface MeasureInput {
  d: Docker;
  builder: Builder;
  target: BuildTarget;
  /** buildIdentity of the head's target, which the base keeps (see image-tag.ts). */
  identity: string;
  model: DockerfileModel;
  file: string;
  options: BuildOptions;
  group: NonNullable<BuildOptions['group']>;
  /** Holds the tag once the image is built. */
  held: HeldImages;
}

type Measured =
  | { report: ImageReport; analysis: Analysis }
  | { failure: { line: number; endLine: number; message: string } }
  | { notice: string };

async function measure(input: MeasureInput, tagSuffix = 'head'): Promise<Measured> {
  const { d, builder, target, identity, model, file, options, group, held } = input;
  const tag = imageTag(file, identity, tagSuffix);
  // Named with its variant: one Dockerfile may be built twice with other args (never a secret's value, though).
  const title = `Build ${buildLabel(file, target.target, target.buildArgs)}${tagSuffix === 'head' ? '' : ` at ${tagSuffix}`}`;
  const outcome = await group(title, () => buildImage(d, builder, {
    dockerfile: target.dockerfile, context: target.context, tag, target: target.target, buildArgs: target.buildArgs,
    platform: target.platform, network: options.network ?? null,
  }, options.log ?? null, (child, iidfile) => held.building(tag, child, iidfile)));
  if (!outcome.ok) {
    const spot = failingSpot(outcome.tail, model) ?? { line: 1, endLine: 1 };
    return { failure: { ...spot, message: `docker build failed (${builder}, ${outcome.seconds.toFixed(1)} s): ${failureSummary(outcome.tail)}` } };
  }
  const stage = builtStage(model, target.target);
  if (!stage) return { notice: `built, but the target stage ${target.target} is not in the Dockerfile; not measured` };
  let analysis: Analysis;
  try {
    analysis = await analyzeImage(d, outcome.imageId ?? tag, model, stage, { buildArgs: target.buildArgs });
  } catch (error) {
    return { notice: `built, but the image could not be measured: ${(error as Error).message}` };
  }
  const report: ImageReport = {
    dockerfile: file, tag, builder, target: target.target, platform: target.platform,
    ...(Object.keys(target.buildArgs).length ? { buildArgs: maskBuildArgs(target.buildArgs) } : {}), ...analysis.report,
    base: null, buildSeconds: round(outcome.seconds), kept: Boolean(options.keepImages),
  };
  report.analysisSeconds = round(report.analysisSeconds);
  return { report, analysis };
}

/** Builds the same Dockerfile at the base ref in a worktree; a base that fails is reported as such, never as 0. */
async function compareWithBase(ref: string, input: MeasureInput, head: Analysis): Promise<BaseComparison> {
  const none = (error: string, buildSeconds: number | null = null): BaseComparison => ({
    ref, tag: null, sizeBytes: null, compressedBytes: null, deltaBytes: null, deltaPercent: null, instructions: [], error, buildSeconds, kept: false,
  });
  const root = await repositoryRoot(input.target.context);
  if (!root) return none('the build context is not inside a git repository');
  try {
    return await withWorktree(root, ref, async (dir) => {
      const moved = (path: string) => `${dir}/${relative(root, path)}`;
      const dockerfile = moved(input.target.dockerfile);
      if (!existsSync(dockerfile)) return none(`the Dockerfile does not exist at \`${ref}\` (the image is new)`);
      const model = parseFile(dockerfile);
      if (!model) return none(`the Dockerfile at \`${ref}\` does not parse`);
      const target = { ...input.target, dockerfile, context: moved(input.target.context) };
      const measured = await measure({ ...input, target, model }, `base-${ref.replace(/[^A-Za-z0-9_.-]+/g, '-')}`);
      if ('failure' in measured) return none(`the base failed to build at line ${measured.failure.line}: ${measured.failure.message}`);
      if ('notice' in measured) return none(measured.notice);
      const base = measured.report;
      const delta = head.report.sizeBytes - base.sizeBytes;
      return {
        ref, tag: base.tag, sizeBytes: base.sizeBytes, compressedBytes: base.compressedBytes, deltaBytes: delta,
        deltaPercent: base.sizeBytes === 0 ? null : round((delta / base.sizeBytes) * 100, 2),
        instructions: instructionDeltas(
          layerMakers(head.report.layers, head.facts.layerInstructions),
          layerMakers(base.layers, measured.analysis.facts.layerInstructions),
        ),
        error: null, buildSeconds: base.buildSeconds, kept: base.kept,
      };
    });
  } catch (error) {
    return none((error as Error).message);
  }
}

function configuredTargets(ctx: BuildContext): BuildTarget[] | null {
  return parseTargets(ctx.configFor(`${ctx.cwd}/.shipshape.yml`).options.build, ctx.cwd);
}

function builtStage(model: DockerfileModel, target: string | null): Stage | null {
  if (!target) return model.finalStage;
  return model.stages.find((s) => s.name === target.toLowerCase()) ?? null;
}

function parseFile(path: string): DockerfileModel | null {
  try {
    const parsed = parseDockerfile(path, readFileSync(path, 'utf8'));
    return parsed.problems.some((p) => p.fatal) ? null : parsed.model;
  } catch {
    return null;
  }
}

function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
