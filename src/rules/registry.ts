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
