/** What yum, dnf and microdnf install: packages and modules, and whether each names a version (hadolint's reading). */
import { isCall, type CommandLine } from '../../dockerfile/commands.js';

/** `name-1.2.3`, `name-1.2-3.el9`: some dash-separated part after the name starts with a digit, all look like versions. */
export function rpmPinned(spec: string): boolean {
  if (spec.includes('$') || spec.endsWith('.rpm')) return true;
  const parts = spec.split('-').slice(1);
  return parts.length > 0 && parts.every((p) => /^[A-Za-z0-9.~^_:+]+$/.test(p)) && parts.some((p) => /^\d/.test(p));
}

/** `module install nodejs:20` needs a stream after the colon. */
export const modulePinned = (spec: string) => spec.includes(':') || spec.includes('$');

/** Unpinned package and module specs of an install call, or null when the command is no install. */
export function unpinnedRpmSpecs(line: CommandLine, programs: string[]): string[] | null {
  if (isCall(line, programs, ['module']) && line.operands[1] === 'install') return line.operands.slice(2).filter((m) => !modulePinned(m));
  if (!isCall(line, programs, ['install'])) return null;
  return line.operands.slice(1).filter((p) => !rpmPinned(p));
}
