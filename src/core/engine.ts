/** run(options) → Report: discover, read, parse and check every file, then the project-wide checks. */
import { isAbsolute, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { ConfigLoader } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { discoverFiles, type HiddenEntries } from '../discover/walk.js';
import { lintOne, type Preread } from './lint-file.js';
import { inFileOrder, sortFindings, sortNotices } from './findings.js';
import { LintPool, poolJobs, type LintJob } from './lint-pool.js';
import { fileCheckers, fileModelers, startProjectChecks, type LintedFile, type ProjectContext } from './checkers.js';
import { planRendering } from '../kubernetes/render.js';
import type { Finding, Report } from './types.js';
import { buildImages, type BuildOptions } from '../image/build-images.js';
import { append } from './arrays.js';

export interface RunOptions {
  paths: string[];
  /** Base for relative paths in the report; defaults to process.cwd(). */
  cwd?: string;
  /** An explicit config file; replaces the upward discovery of `.shipshape.yml`. */
  configFile?: string;
  /** Options set by the caller (CLI flags, action inputs); they win over config files. */
  options?: Record<string, unknown>;
  /** When set, only files it accepts are reported; the others are still read for project-wide checks. */
  reportFilter?: (file: string) => boolean;
  /** When set, only files it accepts (by report path) are read at all, as if the others were not there. */
  include?: (file: string) => boolean;
  /** Build and measure images (`--build`, the action's build input); see src/image/build-images.ts. */
  build?: BuildOptions;
}

export async function run(options: RunOptions): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const hidden: HiddenEntries = new Map();
  const loader = new ConfigLoader(options.configFile, hidden);
  const notices: string[] = [];
  const withOptions = (path: string): Config => {
    const config = loader.forFile(path);
    return options.options ? { ...config, options: { ...config.options, ...options.options } } : config;
  };
  // Helm charts and Kustomizations are rendered first; their files are checked through the output, not as written.
  const include = options.include ?? (() => true);
  const found = discoverFiles(options.paths, cwd, hidden).filter((d) => include(reportPath(d.path, cwd)) && !isIgnored(d.path, withOptions(d.path)));
  const rendering = await planRendering(found, { cwd, notices, configFor: withOptions, reportPath: (path) => reportPath(path, cwd), ignored: (path) => isIgnored(path, withOptions(path)) });
  const keep = options.reportFilter ?? (() => true);
  // `found` holds no ignored file already.
  const jobs: LintJob[] = rendering.rest.map((discovered) => ({ discovered, file: reportPath(discovered.path, cwd), config: withOptions(discovered.path) }));
  // A file outside the report (another shard's, an unchanged one in the action) is only parsed: the project-wide
  // checks need its model, nobody needs its per-file findings.
  // Each linted file goes to the project checks at once: ShellCheck starts in the background.
  const project = startProjectChecks(notices);
  const lintHere = (job: LintJob, preread?: Preread) => project.fileLinted(lintOne(job.discovered, job.file, job.config, notices, keep(job.file) ? fileCheckers : fileModelers, preread));
  // Reported Dockerfiles and large manifests may go to worker threads while this thread lints the other manifests.
  const pooled = poolJobs(jobs, keep);
  const pool = LintPool.start(pooled);
  const done = new Map<LintJob, LintedFile | null>();
  const inPool = new Set(pool ? pooled.jobs : []);
  for (const job of jobs) if (!inPool.has(job)) done.set(job, lintHere(job));
  // In discovery order, as a single thread would have them (files not linted yet left out).
  const inOrder = (): LintedFile[] => [...rendering.linted, ...jobs.map((job) => done.get(job)).filter((l): l is LintedFile => !!l && !l.skipped)];
  // What the project checks see: the files, and each one's configuration by report path.
  const contextOf = (files: LintedFile[]): ProjectContext => {
    const byFile = new Map(files.map((l) => [l.file, l.config]));
    return { files, notices, configFor: (file) => byFile.get(file) ?? loader.forFile(file) };
  };
  if (pool) {
    let manifestsDone = false;
    // The large manifests workers have read are linted here from their values. Once every manifest is in, the
    // project rules that read manifests alone run here, while the workers lint the Dockerfiles left.
    const lintReads = () => {
      const { reads, allIn } = pool.takeReads();
      for (const [job, read] of reads) done.set(job, lintHere(job, read));
      if (manifestsDone || !allIn) return;
      manifestsDone = true;
      project.manifestsLinted(contextOf(inOrder().filter((l) => l.type === 'kubernetes')));
    };
    for (let job = pool.claim(); job; job = pool.claim()) {
      done.set(job, lintHere(job));
      lintReads();
    }
    lintReads();
    for (const [job, result] of await pool.finish(notices, lintHere)) done.set(job, result);
  }
  const linted = inOrder();
  const findings: Finding[] = linted.flatMap((l) => l.findings);
  // A project checker may withdraw a file checker's finding that the whole project shows wrong.
  const withdrawn = new Set<Finding>();
  const whole = contextOf(linted);
  for (const check of project.checkers) append(findings, await check({ ...whole, findings, withdraw: (f) => withdrawn.add(f) }));
  const built = options.build ? await buildImages(options.build, {
    cwd, notices, files: linted.filter((l) => keep(l.file)), reportPath: (p) => reportPath(p, cwd),
    configFor: withOptions,
  }) : null;
  return {
    version: 1,
    findings: sortFindings([...findings.filter((f) => keep(f.file) && !withdrawn.has(f)), ...(built?.findings ?? [])]),
    // In path order, like the findings: the same files give the same report, however they were found or sharded.
    files: linted.filter((l) => keep(l.file)).map((l) => ({ file: l.file, type: l.type, error: l.error })).sort(inFileOrder),
    notices: sortNotices(notices, linted.map((l) => l.file)),
    ...(built ? { images: built.images } : {}),
  };
}

const ignoreMatchers = new Map<string, (path: string) => boolean>();

function isIgnored(path: string, config: Config): boolean {
  if (config.ignore.length === 0) return false;
  const key = config.ignore.join('\0');
  let matcher = ignoreMatchers.get(key);
  if (!matcher) {
    // As in .gitignore, a directory stands for everything under it: `legacy` and `legacy/` are `legacy/**` too.
    const globs = config.ignore.flatMap((g) => (g.endsWith('**') ? [g] : [g.replace(/\/+$/, ''), `${g.replace(/\/+$/, '')}/**`]));
    ignoreMatchers.set(key, (matcher = picomatch(globs, { dot: true })));
  }
  return matcher(path);
}

export function reportPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  // Another drive on Windows has no relative path; everywhere else `../x` reads better than an absolute path.
  return (isAbsolute(rel) ? path : rel).split(sep).join('/');
}

