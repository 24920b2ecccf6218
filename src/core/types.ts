/** The shared vocabulary of the pipeline: what a finding is, what a rule is, what a report is. */
import type { ImageReport } from '../image/types.js';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'security' | 'reliability' | 'efficiency' | 'maintainability';
export type FileType = 'dockerfile' | 'kubernetes';
export type RuleTarget = 'dockerfile' | 'kubernetes' | 'image';

/** One problem at one place. The JSON contract: these names never change, later stages only add fields. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the working directory (or the repository root in the action), with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, inclusive; covers the whole of a multi-line instruction. */
  endLine: number;
  column?: number;
  category: Category;
  /** Set by the action on a change: whether the base version of the file already had this finding. */
  status?: 'new' | 'existing';
}

export interface FileResult {
  file: string;
  type: FileType;
  /** A per-file error (unreadable, unparsable); the rest of the report survives it. */
  error: string | null;
}

export interface Report {
  version: 1;
  findings: Finding[];
  files: FileResult[];
  /** Informational lines about the run itself (a tool missing, a step skipped); never findings. */
  notices?: string[];
  /** Built images and their figures, when the run builds (`--build`); see src/image/types.ts. */
  images?: ImageReport[];
  /** Set on a shard's report (`--shard i/n`): `shipshape merge` checks that every shard of n is there once. */
  shard?: { index: number; count: number };
}

export interface RuleDocs {
  /** Why it matters, in a sentence or two. */
  why: string;
  /** How to fix it. */
  fix: string;
  /** A short bad example and its good counterpart, in the target's own language. */
  bad: string;
  good: string;
}

export interface RuleMeta {
  id: string;
  /** Peer ids for the same check (hadolint DLxxxx, Trivy DS-xxxx, Checkov CKV_DOCKER_x, kube-linter names …). */
  aliases: string[];
  severity: Severity;
  category: Category;
  title: string;
  docs: RuleDocs;
  /** Off unless configured on, as hadolint does for a few of its rules. */
  enabledByDefault?: boolean;
  /** For rules with a hadolint DL code: how shipshape's check differs from hadolint's (docs/hadolint-migration.md). */
  differs?: string;
}

/** What a rule hands back; the engine adds rule id, severity, category and file. */
export interface RuleHit {
  line: number;
  endLine?: number;
  column?: number;
  message: string;
  /** Only for rules that speak for a family of ids (ShellCheck's SCxxxx); defaults to the rule's id. */
  ruleId?: string;
  severity?: Severity;
}

/** Per-rule options from configuration (`rules: {<id>: {options: …}}`) and global options. */
export type RuleOptions = Record<string, unknown>;

export interface Rule<Ctx> {
  meta: RuleMeta;
  check(ctx: Ctx, options: RuleOptions): RuleHit[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** What --fail-on, the config's `fail-on` and the action's input accept. */
export const FAIL_ON_LEVELS = ['error', 'warning', 'info', 'none'] as const;

export function isFailOn(value: unknown): value is Severity | 'none' {
  return (FAIL_ON_LEVELS as readonly unknown[]).includes(value);
}

/** Threshold test used by --fail-on and the action's gate. */
export function atOrAbove(severity: Severity, threshold: Severity | 'none'): boolean {
  return threshold !== 'none' && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
