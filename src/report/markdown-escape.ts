/**
 * Making user text inert in GitHub markdown: a message quoting a Dockerfile or manifest must not open HTML,
 * start a link, @mention someone, reference an issue, render math or break out of a table cell.
 */

// Every character GitHub's markdown, HTML, mentions (@), references (#), math ($), tables (|), autolinks and
// workflow commands (:) give meaning to in the middle of a line (we never start a line with user text).
const SPECIAL = /[&<>"'`*_[\]()#!~|@$\\:]/g;

/** Inline text, one line: control characters and line breaks become spaces, specials become numeric entities. */
export function escapeMarkdown(text: string): string {
  return text
    // Control characters, line separators and bidirectional overrides (which can make text read as other text).
    .replace(/[\x00-\x1f\x7f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A repository path for a URL: each segment percent-encoded, the slashes kept. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A link whose text is escaped and whose address is ours (built from encoded parts), never the user's. */
export function link(text: string, url: string | undefined): string {
  const label = escapeMarkdown(text);
  return url ? `[${label}](${url.replace(/[()\s<>]/g, encodeURIComponent)})` : label;
}
