/**
 * Finds and merges `.shipshape.yml` files: for each linted file, every config from the filesystem root (or the
 * nearest `root: true`) down to the file's directory, nearer ones overriding farther ones, so a monorepo can
 * set per-directory rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { yamlLibrary } from '../core/deferred-deps.js';
import type { Severity } from '../core/types.js';
import { findRule, isShellcheckCode } from '../rules/registry.js';
import { mergeRuleSettings, setRule } from './set-rule.js';
import { optionsProblem } from './options.js';
import type { HiddenEntries } from '../discover/walk.js';
import { emptyConfig, type Config, type RuleSetting } from './schema.js';
import { configuredFailOn, HADOLINT_CONFIG_NAMES, HadolintConfigError, isHadolintConfigPath, loadHadolintConfig } from './hadolint.js';

export const CONFIG_NAMES = ['.shipshape.yml', '.shipshape.yaml'];
const SEVERITIES = new Set(['error', 'warning', 'info']);

export class ConfigError extends Error {}

interface RawConfig {
  root: boolean;
  config: Config;
}

export class ConfigLoader {
  private readonly files = new Map<string, RawConfig | null>();
  private readonly merged = new Map<string, Config>();

  /**
   * explicit: a config file given on the command line; it replaces discovery. hidden: the hidden entries of the
   * directories a walk has read (discoverFiles): a config name missing there needs no filesystem lookup.
   */
  constructor(private readonly explicit?: string, private readonly hidden?: HiddenEntries) {}

  forFile(file: string): Config {
    if (this.explicit) return this.forDirectory('\0explicit');
    return this.forDirectory(dirname(resolve(file)));
  }

  private forDirectory(dir: string): Config {
    const cached = this.merged.get(dir);
    if (cached) return cached;
    let config: Config;
    if (dir === '\0explicit') {
      config = loadConfigFile(resolve(this.explicit as string)).config;
    } else {
      const own = this.configIn(dir);
      const parent = dirname(dir);
      const inherited = own?.root || parent === dir ? emptyConfig() : this.forDirectory(parent);
      config = own ? mergeConfigs(inherited, own.config) : inherited;
    }
    this.merged.set(dir, config);
    return config;
  }

  private configIn(dir: string): RawConfig | null {
    if (this.files.has(dir)) return this.files.get(dir) ?? null;
    const listed = this.hidden?.get(dir);
    const exists = (name: string) => (!listed || listed.has(name)) && existsSync(join(dir, name));
    const name = CONFIG_NAMES.find(exists);
    // No shipshape config here: a hadolint one is honoured instead, so a team can switch without rewriting it.
    const hadolint = name ? undefined : HADOLINT_CONFIG_NAMES.find(exists);
    const raw = name ? loadConfigFile(join(dir, name)) : hadolint ? loadConfigFile(join(dir, hadolint)) : null;
    this.files.set(dir, raw);
    return raw;
  }
}

export function mergeConfigs(base: Config, over: Config): Config {
  return {
    ...mergeRuleSettings(base, over),
    ignore: [...base.ignore, ...over.ignore],
    options: { ...base.options, ...over.options },
    sources: [...base.sources, ...over.sources],
  };
}

function loadConfigFile(path: string): RawConfig {
  if (isHadolintConfigPath(path)) {
    try {
      return { root: false, config: loadHadolintConfig(path) };
    } catch (error) {
      throw error instanceof HadolintConfigError ? new ConfigError(error.message) : error;
    }
  }
  let doc: unknown;
  try {
    doc = yamlLibrary().parse(readFileSync(path, 'utf8'), { maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  return { root: isObject(doc) && doc.root === true, config: configFromObject(doc ?? {}, path) };
}

/** Validates a parsed config document; `origin` is its file path (ignore globs are relative to its directory). */
export function configFromObject(doc: unknown, origin: string): Config {
  if (!isObject(doc)) throw new ConfigError(`${origin}: expected a mapping at the top level`);
  const config = emptyConfig();
  config.sources.push(origin);
  for (const key of Object.keys(doc)) {
    if (!['root', 'rules', 'ignore', 'options'].includes(key)) throw new ConfigError(`${origin}: unknown key '${key}'`);
  }
  if (doc.rules !== undefined) {
    if (!isObject(doc.rules)) throw new ConfigError(`${origin}: 'rules' must be a mapping of rule id to setting`);
    for (const [name, value] of Object.entries(doc.rules)) {
      // A misspelt id would silently configure nothing; ShellCheck's SCxxxx codes are ids no rule file declares.
      if (!findRule(name) && !isShellcheckCode(name)) throw new ConfigError(`${origin}: unknown rule '${name}'`);
      setRule(config, name, ruleSetting(value, name, origin));
    }
  }
  if (doc.ignore !== undefined) {
    const list = Array.isArray(doc.ignore) ? doc.ignore : [doc.ignore];
    if (!list.every((g) => typeof g === 'string')) throw new ConfigError(`${origin}: 'ignore' must be a list of globs`);
    const base = dirname(resolve(origin));
    config.ignore = (list as string[]).map((g) => anchoredGlob(base, g));
  }
  if (doc.options !== undefined) {
    if (!isObject(doc.options)) throw new ConfigError(`${origin}: 'options' must be a mapping`);
    const problem = optionsProblem(doc.options);
    if (problem) throw new ConfigError(`${origin}: options: ${problem}`);
    config.options = { ...doc.options };
  }
  return config;
}

function ruleSetting(value: unknown, name: string, origin: string): RuleSetting {
  if (value === false || value === 'off') return { enabled: false };
  if (value === true || value === 'on') return { enabled: true };
  if (typeof value === 'string') {
    if (!SEVERITIES.has(value)) throw new ConfigError(`${origin}: rule '${name}': '${value}' is not off, on, error, warning or info`);
    return { enabled: true, severity: value as Severity };
  }
  if (isObject(value)) {
    const setting: RuleSetting = {};
    if (value.enabled !== undefined) {
      // `enabled: no` is the string "no" in YAML 1.2: anything but a yes or no here is a mistake, not "on".
      if (![true, false, 'on', 'off'].includes(value.enabled as never)) throw new ConfigError(`${origin}: rule '${name}': enabled must be true or false (or on, off), not ${JSON.stringify(value.enabled)}`);
      setting.enabled = value.enabled === true || value.enabled === 'on';
    }
    if (value.severity !== undefined) {
      if (typeof value.severity !== 'string' || !SEVERITIES.has(value.severity)) {
        throw new ConfigError(`${origin}: rule '${name}': severity must be error, warning or info`);
      }
      setting.severity = value.severity as Severity;
      if (setting.enabled === undefined) setting.enabled = true;
    }
    if (value.options !== undefined) {
      if (!isObject(value.options)) throw new ConfigError(`${origin}: rule '${name}': options must be a mapping`);
      setting.options = { ...value.options };
    }
    return setting;
  }
  throw new ConfigError(`${origin}: rule '${name}': expected off, on, a severity or a mapping`);
}

/**
 * A config's glob made absolute: leading `./` and `../` are directories, resolved against the config's own; the
 * directory is literal text in the glob (`proj (copy)` or `[wip]` must not turn into glob syntax).
 */
function anchoredGlob(base: string, glob: string): string {
  if (glob.startsWith('/')) return glob;
  const parts = glob.split('/');
  let lead = 0;
  while (lead < parts.length - 1 && (parts[lead] === '.' || parts[lead] === '..')) lead++;
  return `${escapeGlob(resolve(base, ...parts.slice(0, lead)))}/${parts.slice(lead).join('/')}`;
}

/** A path as a glob that matches only itself (picomatch's special characters backslash-escaped). */
function escapeGlob(path: string): string {
  return path.replace(/[\\*?[\]{}()!+@|]/g, '\\$&');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `fail-on` threshold configured for a directory (a .hadolint.yaml failure-threshold, or `options: {fail-on: …}`). */
export function configuredFailOnFor(cwd: string, explicit?: string): Severity | 'none' | undefined {
  return configuredFailOn(new ConfigLoader(explicit).forFile(join(resolve(cwd), 'Dockerfile')));
}
