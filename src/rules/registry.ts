/** Every rule's metadata in one place, looked up by id or by a peer's alias (DL3008, CKV_DOCKER_3 …). */
import type { RuleMeta } from '../core/types.js';
import { commonRules, dockerfileRules, imageRules, kubernetesRules } from './index.js';

export interface RegisteredRule {
  meta: RuleMeta;
  target: string;
}

export const allRules: RegisteredRule[] = [...commonRules, ...dockerfileRules, ...kubernetesRules, ...imageRules];

const byKey = new Map<string, RuleMeta>();
for (const { meta } of allRules) byKey.set(meta.id.toLowerCase(), meta);
for (const { meta } of allRules) {
  for (const alias of meta.aliases) if (!byKey.has(alias.toLowerCase())) byKey.set(alias.toLowerCase(), meta);
}

/** The rule an id or alias names, case-insensitively; undefined for unknown names. */
export function findRule(idOrAlias: string): RuleMeta | undefined {
  return byKey.get(idOrAlias.trim().toLowerCase());
}

/** ShellCheck's codes (SC2086): ids no rule file declares, which config and pragmas may still name. */
export function isShellcheckCode(name: string): boolean {
  return /^SC\d{4}$/i.test(name.trim());
}

/** Canonical id for an id or alias; ShellCheck's codes come back upper-cased, as findings carry them; other unknown names unchanged. */
export function canonicalId(idOrAlias: string): string {
  const name = idOrAlias.trim();
  return findRule(name)?.id ?? (/^sc\d+$/i.test(name) ? name.toUpperCase() : name);
}

export function ruleMeta(id: string): RuleMeta | undefined {
  return byKey.get(id.toLowerCase());
}

const targetOfMeta = new Map<RuleMeta, string>(allRules.map((r) => [r.meta, r.target]));

/** The target a rule's metadata belongs to (dockerfile, kubernetes, image, any). */
export function targetOf(meta: RuleMeta): string | undefined {
  return targetOfMeta.get(meta);
}

/**
 * The rule id a config name sets, and the one target it is for, or null for every target of that id. An id several
 * targets share (root-user) named by a peer's alias is that peer's target's alone (DL3002 is hadolint's, so the
 * Dockerfile's); `only` puts a whole config on one target (a .hadolint.yaml speaks of Dockerfiles).
 */
export function settingTarget(name: string, only?: string): { id: string; target: string | null } {
  const id = canonicalId(name);
  const targets = allRules.filter((r) => r.meta.id === id).map((r) => r.target);
  if (targets.length < 2) return { id, target: null };
  if (only) return { id, target: only };
  const lower = name.trim().toLowerCase();
  const named = allRules.filter((r) => r.meta.id === id && r.meta.aliases.some((a) => a.toLowerCase() === lower)).map((r) => r.target);
  return { id, target: named.length === 1 ? named[0] : null };
}
