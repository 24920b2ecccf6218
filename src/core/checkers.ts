/** The per-file checkers by file type, and the checks that read the whole project at once. */
import type { Config } from '../config/schema.js';
import type { FileType, Finding } from './types.js';
import { lintDockerfileDeferred, shellcheckProject } from '../dockerfile/shellcheck-batch.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { lintManifest } from '../kubernetes/lint.js';
import { parseManifests } from '../kubernetes/parse.js';
import { lintKubernetesProject } from '../kubernetes/project.js';
import { withdrawRootUserForNumericImages } from '../kubernetes/root-user-images.js';

export interface FileLint {
  findings: Finding[];
  error: string | null;
  /** The parsed model, kept for the project-wide checks. */
  model: unknown;
  /** True when the file turned out not to be of this type (YAML that is no Kubernetes manifest): not reported. */
  skipped?: boolean;
  /** Read only for the project-wide checks (outside the run's reportFilter): no per-file rule ran on it. */
  contextOnly?: boolean;
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

export type FileChecker = (file: string, text: string, config: Config, notices: string[]) => FileLint;
export type ProjectChecker = (ctx: ProjectContext) => Finding[];

export const fileCheckers: Partial<Record<FileType, FileChecker>> = {
  // ShellCheck is deferred to shellcheckProject: one shellcheck process for the whole run, not one per file.
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
  kubernetes: (file, text) => {
    const parsed = parseManifests(file, text);
    return { findings: [], error: null, model: parsed, skipped: !parsed.isManifest, contextOnly: true };
  },
};

export const projectCheckers: ProjectChecker[] = [lintKubernetesProject, withdrawRootUserForNumericImages, shellcheckProject];
