/**
 * How the output names one build of a Dockerfile: the config may list the same Dockerfile twice with another
 * target or other build args, and the log group, the report's heading and the JSON must tell the two apart —
 * without printing a credential someone passed as a build arg (`NPM_TOKEN=***`: the name says which, never the
 * value). The same test as the secret rules (src/core/secrets.ts): a credential name, or a value that is a token.
 */
import { credentialName, credentialValue } from '../core/secrets.js';

export const MASK = '***';
/** Longer values are cut in a heading; the JSON keeps them whole. */
const SHOWN_VALUE = 40;

/** The build args as the output may show them: a secret's value replaced by `***`. */
export function maskBuildArgs(args: Record<string, string>): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [key, value] of Object.entries(args)) shown[key] = credentialName(key) || credentialValue(value) ? MASK : value;
  return shown;
}

/** `Dockerfile (target app, VARIANT=slim)`; the bare file for a default build. Masks whatever it is given. */
export function buildLabel(file: string, target: string | null, args: Record<string, string> = {}): string {
  const variant = buildVariant(target, args);
  return variant ? `${file} (${variant})` : file;
}

/** `target app, VARIANT=slim`, or '' — one line, for a log group's title or a heading. */
export function buildVariant(target: string | null, args: Record<string, string> = {}): string {
  const parts = target ? [`target ${target}`] : [];
  for (const [key, value] of Object.entries(maskBuildArgs(args))) parts.push(`${key}=${value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE - 1)}…` : value}`);
  return parts.join(', ').replace(/[\x00-\x1f\x7f]+/g, ' ');
}
