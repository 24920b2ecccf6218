/** docs/rules.md, generated from every rule's metadata: never a hand-kept list. */
import { allRules } from '../rules/registry.js';
import { ruleHelpMarkdown } from './rule-docs.js';

const TARGET_TITLES: Record<string, string> = {
  any: 'Any file',
  dockerfile: 'Dockerfile rules',
  kubernetes: 'Kubernetes manifest rules',
  image: 'Built image rules',
};

export function renderRulesDoc(): string {
  const out = ['# Rules', '', 'Generated from the rules\' metadata by `npm run gen`; do not edit by hand.', ''];
  // One id may be a rule of two targets (root-user for Dockerfiles and manifests): GitHub suffixes the second
  // heading's anchor with -1, so links follow the same count.
  const headings = new Map<string, number>();
  const anchor = (id: string) => {
    const seen = headings.get(id) ?? 0;
    headings.set(id, seen + 1);
    return seen === 0 ? id : `${id}-${seen}`;
  };
  for (const target of Object.keys(TARGET_TITLES)) {
    const rules = allRules.filter((r) => r.target === target).sort((a, b) => a.meta.id.localeCompare(b.meta.id));
    if (!rules.length) continue;
    out.push(`## ${TARGET_TITLES[target]}`, '', '| id | severity | category | aliases | title |', '|---|---|---|---|---|');
    const anchors = rules.map(({ meta }) => anchor(meta.id));
    for (const [i, { meta }] of rules.entries()) {
      out.push(`| [${meta.id}](#${anchors[i]}) | ${meta.severity}${meta.enabledByDefault === false ? ' (off)' : ''} | ${meta.category} | ${meta.aliases.join(', ')} | ${meta.title} |`);
    }
    out.push('');
    for (const { meta } of rules) {
      out.push(`### ${meta.id}`, '', `**${meta.title}** — ${meta.severity}, ${meta.category}.`, '', ruleHelpMarkdown(meta, target === 'kubernetes' ? 'yaml' : 'dockerfile'), '');
    }
  }
  return out.join('\n');
}
