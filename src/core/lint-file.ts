/** One file through its checker: read it, turn an unreadable file into a parse-error, contain our own bugs. */
import type { Config } from '../config/schema.js';
import type { DiscoveredFile } from '../discover/walk.js';
import { readSource, type ReadResult } from '../discover/read.js';
import parseError from '../rules/common/parse-error.js';
import { toFinding } from './rule-settings.js';
import type { FileChecker, LintedFile } from './checkers.js';

/** What a lint worker read of a large manifest (src/core/lint-pool.ts): its text and its documents' values. */
export interface Preread {
  text: string;
  values: unknown[];
}

export function lintOne(discovered: DiscoveredFile, file: string, config: Config, notices: string[], checkers: Partial<Record<string, FileChecker>>, preread?: Preread): LintedFile | null {
  const checker = checkers[discovered.type];
  if (!checker) return null;
  const base = { file, path: discovered.path, type: discovered.type, config };
  const source: ReadResult = preread ?? (discovered.error ? { error: discovered.error } : readSource(discovered.path, discovered.type));
  if (source.skip) return { ...base, findings: [], error: null, model: null, skipped: true };
  if (source.error !== undefined) {
    const finding = toFinding(parseError.meta, { line: 1, message: source.error }, file, config);
    return { ...base, findings: finding ? [finding] : [], error: source.error, model: null };
  }
  try {
    return { ...base, ...checker(file, source.text, config, notices, preread?.values) };
  } catch (error) {
    // A bug of ours must not cost the user the rest of the report.
    const message = `internal error while checking this file: ${(error as Error).message}`;
    notices.push(`${file}: ${message}`);
    return { ...base, findings: [], error: message, model: null };
  }
}
