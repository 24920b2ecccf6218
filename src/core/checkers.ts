/** The per-file checkers by file type, and the checks that read the whole project at once. */
import type { Config } from '../config/schema.js';
import type { FileType, Finding } from './types.js';
import { lintDockerfileDeferred, ShellcheckBatch } from '../dockerfile/shellcheck-batch.js';
import { findShellcheck } from '../dockerfile/shellcheck.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { lintManifest } from '../kubernetes/lint.js';
import { parseManifests } from '../kubernetes/parse.js';
import { kubernetesProjectChecks, lintKubernetesProject } from '../kubernetes/project.js';
import { withdrawRootUserForNumericImages } from '../kubernetes/root-user-images.js';
import { withdrawNamespaceMissingForClusterCrds } from '../kubernetes/cluster-scoped-crds.js';

export interface FileLint {
  findings: Finding[];
  error: string | null;
  /** The parsed model, kept for the project-wide checks. */
  model: unknown;
  /** True when the file turned out not to be of this type (YAML that is no Kubernetes manifest): not reported. */
  skipped?: boolean;
  /** Read only for the project-wide checks (outside the run's reportFilter): no per-file rule ran on it. */
  contextOnly?: boolean;
  /** ShellCheck already ran on it, in the worker thread that linted it (src/core/lint-pool.ts). */
  shellchecked?: boolean;
}

export interface LintedFile extends FileLint {
  /** Report path: relative to the working directory, forward slashes. */
  file: string;
  /** Absolute path. */
  path: string;
  type: FileType;
  config: Config;
}

export interface ProjectContext {
  files: LintedFile[];
  notices: string[];
  /** The configuration for a file by its report path. */
  configFor(file: string): Config;
  /** The file checkers' findings; a checker may withdraw one the project shows wrong (see src/kubernetes/root-user-images.ts). */
  findings?: readonly Finding[];
  withdraw?(finding: Finding): void;
}

/** `values`: a manifest's documents, already read from `text` by a lint worker (src/core/lint-pool.ts). */
export type FileChecker = (file: string, text: string, config: Config, notices: string[], values?: unknown[]) => FileLint;
export type ProjectChecker = (ctx: ProjectContext) => Finding[] | Promise<Finding[]>;

export const fileCheckers: Partial<Record<FileType, FileChecker>> = {
  // ShellCheck is deferred to the run's ShellcheckBatch (startProjectChecks): a few processes for the whole run.
  dockerfile: lintDockerfileDeferred,
  kubernetes: lintManifest,
};

/**
 * Parse only, for files outside the report (another shard's, an unchanged file in the action): the project-wide
 * checks need their models, and their per-file findings would be thrown away. Per-file work in a project checker
 * (the ShellCheck batch) skips them by `contextOnly`.
 */
export const fileModelers: Partial<Record<FileType, FileChecker>> = {
  dockerfile: (file, text) => {
    const { model, problems } = parseDockerfile(file, text);
    const fatal = problems.find((p) => p.fatal);
    return { findings: [], error: fatal ? `line ${fatal.line}: ${fatal.message}` : null, model: fatal ? null : model, contextOnly: true };
  },
  kubernetes: (file, text, _config, _notices, values) => {
    const parsed = parseManifests(file, text, values);
    return { findings: [], error: null, model: parsed, skipped: !parsed.isManifest, contextOnly: true };
  },
};

/**
 * The project checkers, in the order they run (a later one may read or withdraw an earlier one's findings). A run gets
 * them from startProjectChecks, with its own staged Kubernetes checks in lintKubernetesProject's place and its own
 * ShellCheck batch last.
 */
export const projectCheckers: ProjectChecker[] = [lintKubernetesProject, withdrawRootUserForNumericImages, withdrawNamespaceMissingForClusterCrds];

/**
 * The project checkers of one run. The engine passes each file to `fileLinted` as soon as it has linted it: the
 * ShellCheck batch then starts shellcheck processes that run on the other cores while the engine lints on. It may
 * call `manifestsLinted` once every manifest is linted, while worker threads still lint Dockerfiles: the Kubernetes
 * project rules that read manifests alone run then (kubernetesProjectChecks).
 */
export function startProjectChecks(notices: string[]): {
  fileLinted(file: LintedFile | null): LintedFile | null;
  manifestsLinted(ctx: ProjectContext): void;
  checkers: ProjectChecker[];
} {
  const shellcheck = new ShellcheckBatch(findShellcheck(), notices);
  const shellcheckProject: ProjectChecker = (ctx) => {
    // Files the engine did not pass to fileLinted (none today) are checked too, only later.
    for (const file of ctx.files) shellcheck.addLinted(file);
    return shellcheck.findings();
  };
  const kubernetes = kubernetesProjectChecks();
  return {
    fileLinted(file) {
      if (file) shellcheck.addLinted(file);
      return file;
    },
    manifestsLinted: kubernetes.early,
    checkers: [...projectCheckers.map((check) => (check === lintKubernetesProject ? kubernetes.check : check)), shellcheckProject],
  };
}
