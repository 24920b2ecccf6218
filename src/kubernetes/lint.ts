/** Lints one manifest file: parse, run the per-object Kubernetes rules, apply ignore annotations. */
import type { Config } from '../config/schema.js';
import type { FileLint } from '../core/checkers.js';
import type { Finding } from '../core/types.js';
import { runRules, toFinding } from '../core/rule-settings.js';
import type { KubernetesObjectRule } from '../rules/define.js';
import { kubernetesRules } from '../rules/index.js';
import parseError from '../rules/common/parse-error.js';
import { ignoresFor, isIgnored } from './ignores.js';
import type { ManifestFile, ManifestObject } from './model.js';
import { parseManifests, type ParsedManifests } from './parse.js';
import { podSpecOf } from './pods.js';
import { append } from '../core/arrays.js';

export interface ManifestLint extends FileLint {
  model: ParsedManifests | null;
}

let objectRuleList: KubernetesObjectRule[] | null = null;
const objectRules = (): KubernetesObjectRule[] => (objectRuleList ??= kubernetesRules.filter((r): r is KubernetesObjectRule => r.scope === 'object'));

export function lintManifest(file: string, text: string, config: Config, notices: string[], values?: unknown[]): ManifestLint {
  const parsed = parseManifests(file, text, values);
  // Workflows, compose files, values.yaml …: not ours, and not worth a word.
  if (!parsed.isManifest) return { findings: [], error: null, model: null, skipped: true };
  const findings: Finding[] = [];
  for (const problem of parsed.problems) {
    const finding = toFinding(parseError.meta, problem, file, config);
    if (finding) findings.push(finding);
  }
  append(findings, lintObjects(file, parsed, config, notices));
  // A file none of whose documents could be read is an unparsable file; a partly readable one is not.
  const first = parsed.problems[0];
  const error = first && parsed.objects.length === 0 ? `line ${first.line}: ${first.message}` : null;
  return { findings, error, model: parsed };
}

/** The per-object rules over parsed objects, ignore annotations applied. */
export function lintObjects(file: string, parsed: ManifestFile, config: Config, notices: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const object of parsed.objects) append(findings, lintObject(object, file, parsed, config, notices));
  return findings;
}

/** The per-object rules over one object of `parsed`, ignore annotations applied (also used for Helm/Kustomize output). */
export function lintObject(object: ManifestObject, file: string, parsed: ManifestFile, config: Config, notices: string[]): Finding[] {
  const pod = podSpecOf(object);
  const ignores = ignoresFor(object, pod);
  return runRules(objectRules(), { object, pod, file: parsed }, file, config, notices).filter((f) => !isIgnored(ignores, f.ruleId));
}
