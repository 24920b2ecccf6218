/**
 * Reads a hadolint configuration (`.hadolint.yaml` / `.hadolint.yml`) into shipshape's Config, so a team can switch
 * without rewriting it. Used where a directory has no `.shipshape.yml`, or when `--config` names a hadolint file.
 *
 * ignored → rules off; override.{error,warning,info,style} → severities (style is info); trustedRegistries,
 * label-schema, strict-labels, disable-ignore-pragma → options of the same meaning; failure-threshold (and no-fail)
 * → the `fail-on` option, which the CLI and action use as their default threshold. Display keys (format, no-color,
 * verbose) have no meaning here and are skipped.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { yamlLibrary } from '../core/deferred-deps.js';
import { isFailOn, type Severity } from '../core/types.js';
import { setRule } from './set-rule.js';
import { emptyConfig, type Config } from './schema.js';

export const HADOLINT_CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

/** `.hadolint.yaml`, `hadolint.yml` … as named by `--config`. */
export function isHadolintConfigPath(path: string): boolean {
  return /^\.?hadolint\.ya?ml$/i.test(basename(path));
}

const SEVERITY: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };
/** hadolint's thresholds → fail-on: style and ignore are below info, which is our lowest. */
const THRESHOLD: Record<string, Severity | 'none'> = { error: 'error', warning: 'warning', info: 'info', style: 'info', ignore: 'info', none: 'none' };

export class HadolintConfigError extends Error {}

/** A rule code as hadolint writes it (DL3008, SC2086); setRule maps it to our id (SC codes pass through, upper-cased). */
function ruleCode(code: unknown, origin: string, where: string): string {
  if (typeof code !== 'string' && typeof code !== 'number') throw new HadolintConfigError(`${origin}: '${where}' must list rule codes`);
  return String(code).trim();
}

function list(value: unknown, origin: string, where: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [value];
  throw new HadolintConfigError(`${origin}: '${where}' must be a list`);
}

export function configFromHadolint(doc: unknown, origin: string): Config {
  const config = emptyConfig();
  config.sources.push(origin);
  if (doc === null || doc === undefined) return config;
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new HadolintConfigError(`${origin}: expected a mapping at the top level`);
  const d = doc as Record<string, unknown>;
  const override = d.override;
  if (override !== undefined && override !== null) {
    if (typeof override !== 'object' || Array.isArray(override)) throw new HadolintConfigError(`${origin}: 'override' must map error/warning/info/style to rule lists`);
    for (const [level, codes] of Object.entries(override as Record<string, unknown>)) {
      const severity = SEVERITY[level];
      if (!severity) throw new HadolintConfigError(`${origin}: override level '${level}' is not error, warning, info or style`);
      // An override turns on a rule that is off by default, as in hadolint (DL3057 with a severity runs).
      for (const code of list(codes, origin, `override.${level}`)) setRule(config, ruleCode(code, origin, `override.${level}`), { enabled: true, severity }, 'dockerfile');
    }
  }
  // `ignored` wins over `override`, as in hadolint.
  for (const code of list(d.ignored, origin, 'ignored')) setRule(config, ruleCode(code, origin, 'ignored'), { enabled: false }, 'dockerfile');
  const trusted = list(d.trustedRegistries, origin, 'trustedRegistries').map(String);
  if (trusted.length) config.options['trusted-registries'] = trusted;
  if (d['label-schema'] !== undefined && d['label-schema'] !== null) {
    if (typeof d['label-schema'] !== 'object' || Array.isArray(d['label-schema'])) throw new HadolintConfigError(`${origin}: 'label-schema' must map label names to types`);
    config.options['label-schema'] = { ...(d['label-schema'] as Record<string, unknown>) };
  }
  if (d['strict-labels'] !== undefined) config.options['strict-labels'] = d['strict-labels'] === true;
  if (d['disable-ignore-pragma'] !== undefined) config.options['disable-ignore-pragma'] = d['disable-ignore-pragma'] === true;
  if (d['failure-threshold'] !== undefined) {
    const threshold = THRESHOLD[String(d['failure-threshold']).toLowerCase()];
    if (!threshold) throw new HadolintConfigError(`${origin}: failure-threshold '${String(d['failure-threshold'])}' is not error, warning, info, style, ignore or none`);
    config.options['fail-on'] = threshold;
  }
  if (d['no-fail'] === true) config.options['fail-on'] = 'none';
  return config;
}

export function loadHadolintConfig(path: string): Config {
  let doc: unknown;
  try {
    doc = yamlLibrary().parse(readFileSync(path, 'utf8'), { maxAliasCount: 100 });
  } catch (error) {
    throw new HadolintConfigError(`${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  return configFromHadolint(doc, path);
}

/** The `fail-on` option of a config (set by .hadolint.yaml's failure-threshold, or in .shipshape.yml `options:`). */
export function configuredFailOn(config: Config): Severity | 'none' | undefined {
  const value = config.options['fail-on'];
  return isFailOn(value) ? value : undefined;
}
