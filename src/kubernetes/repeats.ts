/**
 * One line of a file can stand for several objects: a template line inside a `range`, a base resource that two
 * overlays render. Their findings there are the same problem, named for each object (`prod-web`, `web`), and one
 * fix clears them all, so they are one finding. Findings of one object are never merged: two problems of one rule
 * on one line (a flow-style securityContext that adds SYS_ADMIN and drops nothing) stay two.
 */
import type { Finding } from '../core/types.js';

/**
 * A filter that keeps, per file, rule, line and severity, the first object's findings: the n-th finding of another
 * object there is the n-th problem again.
 */
export function oncePerProblem(): (finding: Finding, object: object) => boolean {
  const kept = new Set<string>();
  const seenOf = new WeakMap<object, Map<string, number>>();
  return (finding, object) => {
    const place = `${finding.file}\0${finding.ruleId}\0${finding.line}\0${finding.severity}`;
    let seen = seenOf.get(object);
    if (!seen) seenOf.set(object, (seen = new Map()));
    const nth = seen.get(place) ?? 0;
    seen.set(place, nth + 1);
    const key = `${place}\0${nth}`;
    if (kept.has(key)) return false;
    kept.add(key);
    return true;
  };
}
