/** Markdown for one rule's documentation: docs/rules.md and SARIF help text are both made from this. */
import type { RuleMeta } from '../core/types.js';

export function ruleHelpMarkdown(meta: RuleMeta, fence = 'dockerfile'): string {
  const aliases = meta.aliases.length ? `\n\nAlso known as: ${meta.aliases.map((a) => `\`${a}\``).join(', ')}.` : '';
  const off = meta.enabledByDefault === false ? '\n\nOff by default; turn it on in `.shipshape.yml`.' : '';
  return `${meta.docs.why}\n\n**Fix:** ${meta.docs.fix}${aliases}${off}\n\nBad:\n\n\`\`\`${fence}\n${meta.docs.bad}\n\`\`\`\n\nGood:\n\n\`\`\`${fence}\n${meta.docs.good}\n\`\`\``;
}
