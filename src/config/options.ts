/**
 * The `options:` a config may set, checked when it is loaded: a value the run would misread (`kubernetes-version:
 * 1.30`, which YAML reads as the number 1.3) or a misspelt name is a configuration error (exit 2), not a quiet
 * change of what is checked.
 */
import { parseMinorVersion } from '../kubernetes/api-versions.js';
import { editDistance } from '../core/edit-distance.js';
import { isFailOn } from '../core/types.js';

/** Every option some part of shipshape reads (rules, renderers, the CLI and the action). */
const KNOWN = [
  'kubernetes-version', 'fail-on', 'images', 'trusted-registries', 'trustedRegistries', 'label-schema', 'strict-labels',
  'disable-ignore-pragma', 'shellcheck-timeout', 'helm-namespace', 'helm-release', 'helm-values', 'render-timeout',
  'max-image-size', 'max-layers', 'max-layer-growth', 'min-efficiency', 'max-user-waste',
];

/** Why `options` cannot be used as written, or null. */
export function optionsProblem(options: Record<string, unknown>): string | null {
  for (const name of Object.keys(options)) {
    if (KNOWN.includes(name)) continue;
    const near = KNOWN.find((known) => editDistance(known, name) <= 2);
    // Only a near miss is refused: an option this version does not know may be one a newer one reads.
    if (near) return `unknown option '${name}'; did you mean '${near}'?`;
  }
  const version = options['kubernetes-version'];
  if (typeof version === 'number') {
    // 1.30 reads as 1.3: a minor version under 10 is what YAML left of a trailing zero (no one targets 1.3).
    const minor = Number(String(version).split('.')[1] ?? '');
    if (Number.isInteger(version)) return `kubernetes-version must be a version such as "1.34", not ${version}`;
    if (minor < 10) return `kubernetes-version ${version} is a number (YAML reads 1.30 as 1.3); quote the version: kubernetes-version: "${version}0"`;
  } else if (version !== undefined && version !== null && version !== '' && (typeof version !== 'string' || !parseMinorVersion(version))) {
    return `kubernetes-version must be a version such as "1.34", not ${JSON.stringify(version)}`;
  }
  const failOn = options['fail-on'];
  if (failOn !== undefined && !isFailOn(failOn)) return `fail-on must be error, warning, info or none, not ${JSON.stringify(failOn)}`;
  return null;
}
