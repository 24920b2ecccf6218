/**
 * Ignores written as annotations on an object or its pod template: our own `shipshape.io/ignore: "a,b"`, and the
 * peers' spellings users already have, mapped to our rules through each rule's `aliases`:
 * `ignore-check.kube-linter.io/<check>`, `kube-score/ignore: a,b`, `polaris.fairwinds.com/<check>-exempt: "true"`
 * (and `polaris.fairwinds.com/exempt: "true"` for everything), `checkov.io/skip<n>: CKV_K8S_x=reason`.
 */
import type { ManifestObject, PodSpecRef } from './model.js';
import { annotationsOf, podMetadata } from './pods.js';
import { kubernetesRules } from '../rules/index.js';
import extra from '../data/kubernetes-ignore-aliases.json' with { type: 'json' };

export interface Ignores {
  /** Every rule is ignored for this object. */
  all: boolean;
  /** Canonical rule ids ignored for this object. */
  ids: Set<string>;
}

/** A peer's id may stand for several of our rules (kube-linter's unset-cpu-requirements and unset-memory-requirements both mean resources-missing; polaris' tagNotSpecified means two of ours). */
let byName: Map<string, string[]> | null = null;

function rulesNamed(name: string): string[] {
  if (!byName) {
    byName = new Map();
    for (const { meta } of kubernetesRules) {
      for (const key of [meta.id, ...meta.aliases].map((k) => k.toLowerCase())) byName.set(key, [...new Set([...(byName.get(key) ?? []), meta.id])]);
    }
    for (const [peer, ids] of Object.entries(extra.covers as Record<string, string[]>)) {
      byName.set(peer.toLowerCase(), [...new Set([...(byName.get(peer.toLowerCase()) ?? []), ...ids])]);
    }
  }
  return byName.get(name.trim().toLowerCase()) ?? [];
}

const TRUE = /^(?:true|yes|1|on)$/i;

export function ignoresFor(object: ManifestObject, pod: PodSpecRef | null): Ignores {
  const ignores: Ignores = { all: false, ids: new Set() };
  const add = (name: string) => rulesNamed(name).forEach((id) => ignores.ids.add(id));
  const sources = [annotationsOf(object.value.metadata), ...(pod && pod.metadataPath.length > 1 ? [annotationsOf(podMetadata(pod))] : [])];
  for (const annotations of sources) {
    for (const [key, value] of Object.entries(annotations)) {
      const lower = key.toLowerCase();
      if (lower === 'shipshape.io/ignore' || lower === 'kube-score/ignore') value.split(',').forEach(add);
      else if (lower.startsWith('ignore-check.kube-linter.io/')) add(key.slice('ignore-check.kube-linter.io/'.length));
      else if (lower === 'polaris.fairwinds.com/exempt') ignores.all ||= TRUE.test(value.trim());
      else if (lower.startsWith('polaris.fairwinds.com/') && lower.endsWith('-exempt')) {
        if (TRUE.test(value.trim())) add(key.slice('polaris.fairwinds.com/'.length, -'-exempt'.length));
      } else if (lower.startsWith('checkov.io/skip')) add(value.split('=')[0]);
    }
  }
  return ignores;
}

export function isIgnored(ignores: Ignores, ruleId: string): boolean {
  return ruleId !== 'parse-error' && (ignores.all || ignores.ids.has(ruleId));
}
