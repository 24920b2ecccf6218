/** What both YAML readers hand the manifest parser: one value per document and a way to find lines in it. */
import type { FieldPath } from './model.js';

export interface Span {
  /** The line of the field's key, or of an array item's first character; for a missing field, its nearest ancestor's. */
  line: number;
  /** The last line of the node at the path (equal to `line` when the path does not resolve). */
  endLine: number;
}

export interface SourceDocument {
  /** Plain data (aliases resolved), or undefined for a document that could not be read. */
  value: unknown;
  span(path: FieldPath): Span;
  /** Why the document could not be read, at which line (a duplicate key comes with the value still read). */
  problem?: { line: number; message: string };
}
