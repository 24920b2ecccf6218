/** docs/hadolint-migration.md, generated from the rules' metadata (aliases, severity, `differs`) and hadolint's rule table. */
import hadolint from '../data/hadolint-rules.json' with { type: 'json' };
import { allRules, findRule } from '../rules/registry.js';
import type { RuleMeta } from '../core/types.js';

export interface HadolintRule {
  code: string;
  severity: string;
  summary: string;
}

export const HADOLINT_RULES: HadolintRule[] = hadolint.rules;
export const HADOLINT_VERSION: string = hadolint.version;

/** The shipshape rule that carries a DL code in its aliases, if any. */
export function ruleForCode(code: string): RuleMeta | undefined {
  const meta = findRule(code);
  return meta && meta.aliases.some((a) => a.toUpperCase() === code) ? meta : undefined;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function severityOf(meta: RuleMeta): string {
  if (meta.enabledByDefault === false) return `${meta.severity} (off by default)`;
  return meta.severity;
}

export function renderHadolintMigration(): string {
  const out = [
    '# Moving from hadolint',
    '',
    'Generated from the rules\' metadata by `npm run gen`; do not edit by hand.',
    '',
    `shipshape has a rule for every hadolint ${HADOLINT_VERSION} check. Each carries its DL code as an alias, so`,
    'configuration and ignore comments written for hadolint keep working unchanged.',
    '',
    '## What carries over',
    '',
    '- **`.hadolint.yaml` / `.hadolint.yml`** is read in any directory that has no `.shipshape.yml` (or when named by',
    '  `--config`): `ignored` turns rules off; `override` sets severities (`style` becomes `info`) and turns on rules',
    '  that are off by default; `trustedRegistries`, `label-schema`, `strict-labels` and `disable-ignore-pragma` keep',
    '  their meaning; `failure-threshold` (and `no-fail`) becomes the default of `--fail-on`. Display keys (`format`,',
    '  `no-color`, `verbose`) are skipped. In `.shipshape.yml` the same settings are `rules:` entries and',
    '  `options: {trusted-registries, label-schema, strict-labels, disable-ignore-pragma, fail-on}`.',
    '- **Ignore comments**: `# hadolint ignore=DL3008,SC2086` (next instruction), `# hadolint global ignore=…` (whole',
    '  file) and `# hadolint stage ignore=…` (rest of the stage; the whole stage when written above its FROM) work as',
    '  in hadolint, a trailing `# reason` included. `# shipshape …` spellings, `# trivy:ignore:DS002` and',
    '  `# checkov:skip=CKV_DOCKER_3` work through the same aliases.',
    '- **`# hadolint shell=pwsh`** sets the shell of the following RUNs like a SHELL instruction: non-POSIX shells',
    '  (pwsh, powershell, cmd) skip ShellCheck and the POSIX-shell rules.',
    '- **ShellCheck**: with a `shellcheck` binary on PATH, every shell-form RUN is checked in one shellcheck process per',
    '  Dockerfile, with the stage\'s shell and the ARG/ENV names in force; SC1090, SC1091 and SC2187 are excluded as in',
    '  hadolint. `SC2086` and friends are rule ids like any other: `rules: {SC2086: off}` or `# hadolint ignore=SC2086`.',
    '  Without the binary the report says so once, in its notices.',
    '',
    '## What is better',
    '',
    '- Findings span the whole instruction (`line`–`endLine`), and command findings point at the exact line inside a',
    '  multi-line RUN instead of its first line.',
    '- Image references are resolved through ARG defaults before tag, registry and `COPY --from` checks.',
    '- Version-pinning rules default to `info`: pinning trades security updates for reproducibility.',
    '- Rules that inherit state (SHELL, WORKDIR, USER, labels) follow `FROM <stage>` chains, and cache-cleaning rules',
    '  leave build stages alone when only their artifacts are copied out.',
    '',
    '## Rule by rule',
    '',
    '| DL code | hadolint default | shipshape rule | default severity | what differs |',
    '|---|---|---|---|---|',
  ];
  for (const rule of HADOLINT_RULES) {
    const meta = ruleForCode(rule.code);
    const hl = rule.severity === 'ignore' ? 'off' : rule.severity;
    if (!meta) {
      out.push(`| ${rule.code} | ${hl} | — | — | ${cell(rule.summary)}: not covered yet |`);
      continue;
    }
    const differs = meta.differs ?? 'Same intent; see the rule\'s documentation.';
    out.push(`| ${rule.code} | ${hl} | [${meta.id}](rules.md#${meta.id}) | ${severityOf(meta)} | ${cell(differs)} |`);
  }
  const extra = allRules.filter((r) => r.target === 'dockerfile' && !r.meta.aliases.some((a) => /^DL\d{4}$/i.test(a)) && r.meta.id !== 'shellcheck');
  out.push(
    '',
    '## Beyond hadolint',
    '',
    'Dockerfile rules hadolint has no code for (Kubernetes-oriented checks):',
    '',
    ...extra.sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map((r) => `- [${r.meta.id}](rules.md#${r.meta.id}) — ${r.meta.title}`),
    '',
  );
  return out.join('\n');
}
