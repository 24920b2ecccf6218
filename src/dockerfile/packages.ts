/**
 * OS package managers (apt, apk, yum, dnf, microdnf, zypper): which calls install, remove or refresh, and which
 * packages they name. Rules ask "is X installed and still there?" without each re-learning every manager's syntax.
 */
import type { ShellCommand } from './model.js';
import { effectiveArgv, packageCall, type PackageManager } from './queries.js';

export type OsManager = 'apt-get' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'zypper';

const OS_MANAGERS = new Set<PackageManager>(['apt-get', 'apk', 'yum', 'dnf', 'microdnf', 'zypper']);

/** Verbs that put packages on disk, per manager (`dnf group install` is read as `groupinstall`). */
const INSTALL_VERBS: Record<OsManager, Set<string>> = {
  'apt-get': new Set(['install', 'reinstall']),
  apk: new Set(['add']),
  yum: new Set(['install', 'reinstall', 'localinstall', 'groupinstall']),
  dnf: new Set(['install', 'in', 'reinstall', 'rei', 'localinstall', 'groupinstall']),
  microdnf: new Set(['install', 'reinstall']),
  zypper: new Set(['install', 'in']),
};

const REMOVE_VERBS: Record<OsManager, Set<string>> = {
  'apt-get': new Set(['remove', 'purge', 'autoremove', 'autopurge']),
  apk: new Set(['del']),
  yum: new Set(['remove', 'erase', 'autoremove']),
  dnf: new Set(['remove', 'rm', 'erase', 'autoremove']),
  microdnf: new Set(['remove']),
  zypper: new Set(['remove', 'rm']),
};

/** Every verb we know, so options with values (`apt-get -o X=y install`) do not pass for the verb. */
const OTHER_VERBS = new Set([
  'update', 'upgrade', 'dist-upgrade', 'full-upgrade', 'up', 'clean', 'makecache', 'check-update', 'refresh', 'ref',
  'cache', 'search', 'info', 'list', 'fix', 'group', 'groups', 'distro-sync', 'download', 'source', 'build-dep',
]);

export interface OsPackageCall {
  manager: OsManager;
  verb: string;
  /** Package names as the manager knows them: version pins, arches and repositories cut off, lower-cased. */
  packages: string[];
  /** `apk add --virtual .build-deps …`: the name a later `apk del .build-deps` removes them by. */
  group: string | null;
  options: string[];
  command: ShellCommand;
}

/** Reads a command as an OS package-manager call, or null. */
export function osPackageCall(command: ShellCommand): OsPackageCall | null {
  const call = packageCall(command);
  if (!call || !OS_MANAGERS.has(call.manager)) return null;
  const manager = call.manager as OsManager;
  const words = [call.verb, ...call.args];
  const known = (w: string) => INSTALL_VERBS[manager].has(w) || REMOVE_VERBS[manager].has(w) || OTHER_VERBS.has(w);
  const at = words.findIndex(known);
  let verb = at >= 0 ? words[at] : call.verb;
  let rest = at >= 0 ? words.slice(at + 1) : call.args;
  if ((verb === 'group' || verb === 'groups') && rest[0] === 'install') {
    verb = 'groupinstall';
    rest = rest.slice(1);
  }
  const group = manager === 'apk' ? apkVirtualName(command) : null;
  const packages = rest
    .filter((word) => word !== group && !word.includes('$') && !word.includes('::'))
    .map(packageName)
    .filter(Boolean);
  return { manager, verb, packages, group, options: call.options, command };
}

export function isInstall(call: OsPackageCall): boolean {
  return INSTALL_VERBS[call.manager].has(call.verb);
}

export function isRemoval(call: OsPackageCall): boolean {
  return REMOVE_VERBS[call.manager].has(call.verb);
}

/** `curl=7.88.1-10`, `curl:amd64`, `curl/bookworm-backports`, `curl~8`, `curl@edge` → `curl`. */
function packageName(word: string): string {
  return word.replace(/[=~<>@/].*$/, '').replace(/:[a-z0-9]+$/, '').toLowerCase();
}

/** The value of `--virtual NAME`, `--virtual=NAME` or `-t NAME` in an `apk add`. */
function apkVirtualName(command: ShellCommand): string | null {
  const argv = effectiveArgv(command);
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === '--virtual' || word === '-t') return argv[i + 1] ?? null;
    if (word.startsWith('--virtual=')) return word.slice('--virtual='.length);
  }
  return null;
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
    const argv = effectiveArgv(command);
    if (argv[0]?.endsWith('apt-mark') && argv[1] === 'auto') markedAuto = true;
    const call = osPackageCall(command);
    if (!call) continue;
    if (isInstall(call)) {
      for (const name of call.packages) kept.push({ name, manager: call.manager, command, group: call.group });
    } else if (isRemoval(call)) {
      const names = new Set(call.packages);
      const autoRemoves = call.manager === 'apt-get' && markedAuto && (call.verb.startsWith('auto') || call.options.includes('--auto-remove'));
      kept = kept.filter((p) => {
        if (p.manager !== call.manager && !(sameFamily(p.manager, call.manager))) return true;
        if (autoRemoves && p.manager === 'apt-get') return false;
        return !names.has(p.name) && !(p.group !== null && names.has(p.group.toLowerCase()));
      });
    }
  }
  return kept.map(({ name, manager, command }) => ({ name, manager, command }));
}

/** yum is dnf on current Red Hat releases; either removes what the other installed. */
function sameFamily(a: OsManager, b: OsManager): boolean {
  const rpm = new Set<OsManager>(['yum', 'dnf', 'microdnf']);
  return rpm.has(a) && rpm.has(b);
}

/** Whether an installed package name is one of `wanted` (lower-case; `*` matches anything, rpm's `name-1.2` counts). */
export function packageMatches(name: string, wanted: string[]): string | null {
  for (const w of wanted) {
    if (w.includes('*')) {
      const pattern = new RegExp('^' + w.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
      if (pattern.test(name)) return w;
    } else if (name === w || (name.startsWith(w + '-') && /^\d/.test(name.slice(w.length + 1)))) return w;
  }
  return null;
}
