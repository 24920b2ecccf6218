/** The per-file checkers by file type, and the checks that read the whole project at once. */
import type { Config } from '../config/schema.js';
import type { FileType, Finding } from './types.js';
import { lintDockerfile } from '../dockerfile/lint.js';
import { lintManifest } from '../kubernetes/lint.js';
import { lintKubernetesProject } from '../kubernetes/project.js';
import { withdrawRootUserForNumericImages } from '../kubernetes/root-user-images.js';

export interface FileLint {
  findings: Finding[];
  error: string | null;
  /** The parsed model, kept for the project-wide checks. */
  model: unknown;
  /** True when the file turned out not to be of this type (YAML that is no Kubernetes manifest): not reported. */
  skipped?: boolean;
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
  dockerfile: lintDockerfile,
  kubernetes: lintManifest,
};

export const projectCheckers: ProjectChecker[] = [lintKubernetesProject, withdrawRootUserForNumericImages];
