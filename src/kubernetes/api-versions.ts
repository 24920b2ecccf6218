/** Deprecated and removed Kubernetes API versions (src/data/kubernetes-api-versions.json), and the target version. */
import table from '../data/kubernetes-api-versions.json' with { type: 'json' };
import type { RuleOptions } from '../core/types.js';

export interface ApiVersionEntry {
  apiVersion: string;
  kind: string;
  deprecatedIn: string | null;
  removedIn: string | null;
  replacement: string | null;
  replacementKind?: string;
  note?: string;
}

/** A current release: what the API checks assume when `kubernetes-version` is not set. */
export const DEFAULT_KUBERNETES_VERSION = '1.34';

const byKey = new Map<string, ApiVersionEntry>((table.apis as ApiVersionEntry[]).map((e) => [`${e.apiVersion}\0${e.kind}`, e]));

/** The entry for an object's apiVersion and kind; `FooList` kinds share the entry of `Foo`. */
export function apiVersionEntry(apiVersion: string, kind: string): ApiVersionEntry | undefined {
  return byKey.get(`${apiVersion}\0${kind}`) ?? (kind.endsWith('List') ? byKey.get(`${apiVersion}\0${kind.slice(0, -4)}`) : undefined);
}

/** `1.34`, `v1.34`, `1.34.2`, `v1.34.0-eks` → [1, 34]; null for anything else. */
export function parseMinorVersion(text: string): [number, number] | null {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** The target Kubernetes version from the `kubernetes-version` option; a bad value is an error the run reports. */
export function targetVersion(options: RuleOptions): [number, number] {
  const raw = options['kubernetes-version'];
  if (raw === undefined || raw === null || raw === '') return parseMinorVersion(DEFAULT_KUBERNETES_VERSION) as [number, number];
  const parsed = parseMinorVersion(String(raw));
  if (!parsed) throw new Error(`kubernetes-version '${String(raw)}' is not a version such as 1.34`);
  return parsed;
}

/** a >= b for [major, minor] pairs. */
export function atLeast(a: [number, number], b: string): boolean {
  const other = parseMinorVersion(b) as [number, number];
  return a[0] > other[0] || (a[0] === other[0] && a[1] >= other[1]);
}

/**
 * "use apps/v1" / "use discovery.k8s.io/v1 EndpointSlice" / the note for APIs without a successor. A successor that
 * the target version no longer serves either is no advice: the chain is followed (extensions/v1beta1
 * PodSecurityPolicy → policy/v1beta1, itself removed in 1.25 → Pod Security Admission).
 */
export function replacementAdvice(entry: ApiVersionEntry, target?: [number, number]): string {
  let advice = entry;
  for (let hops = 0; advice.replacement && target && hops < 5; hops++) {
    const next = apiVersionEntry(advice.replacement, advice.replacementKind ?? advice.kind);
    if (!next?.removedIn || !atLeast(target, next.removedIn)) break;
    advice = next;
  }
  if (!advice.replacement) return advice.note ?? 'there is no replacement API';
  return `use ${advice.replacement}${advice.replacementKind ? ` ${advice.replacementKind}` : ''}`;
}
