/**
 * One report out of several JSON reports of the same tree: the shards of a GitHub Actions matrix (`--shard i/n`,
 * docs/sharding.md), so one job can publish one summary, comment and gate. A merge of all n shards equals the report
 * of one unsharded run: findings and files in the engine's order, notices once each. A missing, repeated or foreign
 * shard is an error, never a silently smaller report that would let the gate pass.
 */
import { inFileOrder, sortFindings } from '../core/findings.js';
import type { FileResult, Finding, Report } from '../core/types.js';

export class MergeError extends Error {}

export interface NamedReport {
  /** Where it came from, for error messages (a path). */
  name: string;
  report: Report;
}

/** JSON text → Report, checking the parts the merge relies on. */
export function parseReport(text: string, name: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MergeError(`${name}: not JSON (${(error as Error).message})`);
  }
  const report = value as Partial<Report> | null;
  if (typeof report !== 'object' || report === null || Array.isArray(report)) throw new MergeError(`${name}: not a shipshape JSON report`);
  if (report.version !== 1) throw new MergeError(`${name}: report version ${JSON.stringify(report.version)} is not 1 (made by another shipshape?)`);
  if (!Array.isArray(report.findings) || !Array.isArray(report.files)) throw new MergeError(`${name}: not a shipshape JSON report (no findings or files list)`);
  return report as Report;
}

export function mergeReports(inputs: NamedReport[]): Report {
  if (inputs.length === 0) throw new MergeError('no reports to merge');
  checkShards(inputs);
  // A file belongs to the first report that lists it: merging a report twice, or overlapping runs, adds nothing.
  const owner = new Map<string, number>();
  inputs.forEach(({ report }, i) => {
    for (const entry of report.files) if (!owner.has(entry.file)) owner.set(entry.file, i);
  });
  const files: FileResult[] = [];
  const added = new Set<string>();
  const findings: Finding[] = [];
  const notices: string[] = [];
  const images: NonNullable<Report['images']> = [];
  inputs.forEach(({ report }, i) => {
    for (const entry of report.files) {
      if (owner.get(entry.file) === i && !added.has(entry.file)) files.push(entry);
      added.add(entry.file);
    }
    for (const finding of report.findings) {
      // Findings on files no report lists (an image's, say) belong to the first report that has them.
      if (!owner.has(finding.file)) owner.set(finding.file, i);
      if (owner.get(finding.file) === i) findings.push(finding);
    }
    for (const notice of report.notices ?? []) if (!notices.includes(notice)) notices.push(notice);
    images.push(...(report.images ?? []));
  });
  return {
    version: 1,
    findings: sortFindings(findings),
    files: files.sort(inFileOrder),
    notices,
    ...(images.length ? { images } : {}),
  };
}

/** Every shard of one n exactly once; unsharded reports may join (a separate job over other paths). */
function checkShards(inputs: NamedReport[]): void {
  const sharded = inputs.filter((r) => r.report.shard);
  if (sharded.length === 0) return;
  const counts = [...new Set(sharded.map((r) => r.report.shard?.count))];
  if (counts.length > 1) throw new MergeError(`the reports come from different shardings (${counts.map((c) => `n=${c}`).join(', ')})`);
  const count = counts[0] as number;
  const seen = new Map<number, string>();
  for (const { name, report } of sharded) {
    const index = report.shard?.index as number;
    const earlier = seen.get(index);
    if (earlier !== undefined) throw new MergeError(`shard ${index}/${count} appears twice (${earlier} and ${name})`);
    seen.set(index, name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new MergeError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')}: a merge of some shards would under-report`);
}
