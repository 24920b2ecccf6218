/** The shape of `.shipshape.yml` after loading. */
import type { Severity } from '../core/types.js';

export interface RuleSetting {
  /** false turns the rule off; true turns on a rule that is off by default. */
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

export interface Config {
  /** Rule settings by canonical rule id. */
  rules: Record<string, RuleSetting>;
  /**
   * Settings for one target's rule alone, by target and rule id, over `rules`: an id several targets share is set
   * for one of them when a peer's alias names it (DL3002 is the Dockerfile's root-user, run-as-non-root the
   * manifests'), and by a .hadolint.yaml, which speaks of Dockerfiles only.
   */
  targetRules?: Record<string, Record<string, RuleSetting>>;
  /** Glob patterns (relative to the directory of the config that set them, made absolute on load). */
  ignore: string[];
  /** Options every rule can read: kubernetes-version, images, trusted-registries … */
  options: Record<string, unknown>;
  /** The config files this was merged from, nearest last. */
  sources: string[];
}

export function emptyConfig(): Config {
  return { rules: {}, ignore: [], options: {}, sources: [] };
}
