/**
 * OS package managers (apt, apk, yum, dnf, microdnf, zypper): which calls install, remove or refresh, and which
 * packages they name. Rules ask "is X installed and still there?" without each re-learning every manager's syntax.
 */
import table from '../data/os-package-managers.json' with { type: 'json' };
import type { ShellCommand } from './model.js';
import { commandLine, isDryRun, type CommandLine } from './commands.js';
import { memoize } from '../core/memo.js';

export type OsManager = 'apt-get' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'zypper';

/** Programs by the manager they drive, and each manager's verbs by what they do (src/data/os-package-managers.json). */
const MANAGERS = table.programs as Record<string, OsManager>;
const verbSets = (verbs: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(verbs).map(([manager, list]) => [manager, new Set(list)])) as Record<OsManager, Set<string>>;
const INSTALL_VERBS = verbSets(table.installVerbs);
const REMOVE_VERBS = verbSets(table.removeVerbs);
const REFRESH_VERBS = verbSets(table.refreshVerbs);
const INDEX_CONSUMING_VERBS: ReadonlySet<string> = new Set(table.indexConsumingVerbs);
/** Only yum, dnf and microdnf have an entry; the others fill no cache a rule asks about. */
const CACHE_FILLING_VERBS = verbSets(table.cacheFillingVerbs) as Partial<Record<OsManager, Set<string>>>;
const NO_VERBS: ReadonlySet<string> = new Set<string>();

export interface OsPackageCall {
  manager: OsManager;
  verb: string;
  /** Package names as the manager knows them: version pins, arches and repositories cut off, lower-cased. */
  packages: string[];
  /** `apk add --virtual .build-deps …`: the name a later `apk del .build-deps` removes them by. */
  group: string | null;
  /** The parsed command line: options by name without dashes, their values, operands. */
  line: CommandLine;
  command: ShellCommand;
}

/** Reads a command as an OS package-manager call, or null. */
export function osPackageCall(command: ShellCommand): OsPackageCall | null {
  if (calls.has(command)) return calls.get(command)!;
  const call = readCall(command);
  calls.set(command, call);
  return call;
}

// Several rules ask about the same commands; read each once.
const calls = new WeakMap<ShellCommand, OsPackageCall | null>();

function readCall(command: ShellCommand): OsPackageCall | null {
  const line = commandLine(command);
  // Own keys only: a command named `constructor` is no package manager.
  const manager = Object.hasOwn(MANAGERS, line.program) ? MANAGERS[line.program] : undefined;
  if (!manager) return null;
  if (isDryRun(line)) return null;
  let [verb = '', ...rest] = line.operands;
  if ((verb === 'group' || verb === 'groups') && rest[0] === 'install') {
    verb = 'groupinstall';
    rest = rest.slice(1);
  }
  const group = manager === 'apk' ? (line.values.get('virtual') ?? line.values.get('t') ?? [null])[0] : null;
  const packages = rest
    .filter((word) => !word.includes('$') && !word.includes('::'))
    .map(packageName)
    .filter(Boolean);
  return { manager, verb, packages, group, line, command };
}

export function isInstall(call: OsPackageCall): boolean {
  return INSTALL_VERBS[call.manager].has(call.verb);
}

export function isRemoval(call: OsPackageCall): boolean {
  return REMOVE_VERBS[call.manager].has(call.verb);
}

/** Verbs that only refresh a manager's package index: `apt-get update`, `yum makecache`, `zypper refresh` … */
export function refreshVerbs(manager: OsManager): ReadonlySet<string> {
  return REFRESH_VERBS[manager];
}

/** Verbs besides installs that use a fresh index (upgrades of what is installed), whatever the manager. */
export function isIndexConsumingVerb(verb: string): boolean {
  return INDEX_CONSUMING_VERBS.has(verb);
}

/** Verbs that download packages into a manager's cache (yum, dnf, microdnf; empty for the others). */
export function cacheFillingVerbs(manager: OsManager): ReadonlySet<string> {
  return CACHE_FILLING_VERBS[manager] ?? NO_VERBS;
}

/** `curl=7.88.1-10`, `curl:amd64`, `curl/bookworm-backports`, `curl~8`, `curl@edge` → `curl`. */
function packageName(word: string): string {
  return word.replace(/[=~<>@/].*$/, '').replace(/:[a-z0-9]+$/, '').toLowerCase();
}

export interface KeptPackage {
  name: string;
  manager: OsManager;
  /** The install command that named it. */
  command: ShellCommand;
}

/**
 * Packages the commands install (in order) that a later command among them does not remove: `apt-get purge`,
 * `apk del` (by name or by the `--virtual` group), and the `apt-mark auto … && apt-get purge --auto-remove` idiom
 * of the official images, which removes everything installed before it.
 */
export function packagesKept(commands: ShellCommand[]): KeptPackage[] {
  let kept: (KeptPackage & { group: string | null })[] = [];
  let markedAuto = false;
  for (const command of commands) {
    const line = commandLine(command);
    if (line.program === 'apt-mark' && line.operands[0] === 'auto') markedAuto = true;
    const call = osPackageCall(command);
    if (!call) continue;
    if (isInstall(call)) {
      for (const name of call.packages) kept.push({ name, manager: call.manager, command, group: call.group });
    } else if (isRemoval(call)) {
      const names = new Set(call.packages);
      const autoRemoves = call.manager === 'apt-get' && markedAuto && (call.verb.startsWith('auto') || call.line.options.has('auto-remove'));
      kept = kept.filter((p) => {
        if (managerFamily(p.manager) !== managerFamily(call.manager)) return true;
        if (autoRemoves && p.manager === 'apt-get') return false;
        return !names.has(p.name) && !(p.group !== null && names.has(p.group.toLowerCase()));
      });
    }
  }
  return kept.map(({ name, manager, command }) => ({ name, manager, command }));
}

const FAMILIES = table.families as Partial<Record<OsManager, string>>;

/** Managers that share a package database remove what each other installed (yum, dnf and microdnf: `rpm`). */
export function managerFamily(manager: OsManager): string {
  return FAMILIES[manager] ?? manager;
}

// The rules ask about every installed package against the same few tables, and names repeat (curl, git, gcc …):
// answer each name once per table.
const answers = new WeakMap<string[], (name: string) => string | null>();

/** Whether an installed package name is one of `wanted` (lower-case; `*` matches anything, rpm's `name-1.2` counts). */
export function packageMatches(name: string, wanted: string[]): string | null {
  let matcher = answers.get(wanted);
  if (!matcher) answers.set(wanted, (matcher = memoize((n) => firstMatch(n, wanted))));
  return matcher(name);
}

function firstMatch(name: string, wanted: string[]): string | null {
  for (const w of wanted) {
    if (w.includes('*')) {
      if (globOf(w).test(name)) return w;
    } else if (name === w || (name.startsWith(w + '-') && /^\d/.test(name.slice(w.length + 1)))) return w;
  }
  return null;
}

const globs = new Map<string, RegExp>();

/** `gcc*` → /^gcc.*$/, compiled once per pattern (the package tables are asked about every installed package). */
function globOf(pattern: string): RegExp {
  let regex = globs.get(pattern);
  if (!regex) globs.set(pattern, (regex = new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$')));
  return regex;
}

/** `rm -rf /var/lib/apt/lists/*` and the like: an `rm` of one of `dirs` or a glob covering all of it. */
export function deletesDirectory(command: ShellCommand, dirs: string[]): boolean {
  const line = commandLine(command);
  if (line.program !== 'rm') return false;
  return line.operands.some((path) => dirs.some((dir) => {
    const root = dir.replace(/\/$/, '');
    // `/var/cache/*` or `/var/cache/libdnf5*`: a glob covers every directory its fixed part starts.
    if (path.endsWith('*')) return (root + '/').startsWith(path.replace(/\*+$/, ''));
    return path.replace(/\/$/, '') === root;
  }));
}

/** `yum clean all`, `dnf clean all`: a clean of every cache by one of `managers`. */
export function cleansAll(command: ShellCommand, managers: OsManager[]): boolean {
  const call = osPackageCall(command);
  return !!call && managers.includes(call.manager) && call.verb === 'clean' && call.line.operands.includes('all');
}
