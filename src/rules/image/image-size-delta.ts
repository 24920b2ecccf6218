import { imageRule } from '../define.js';
import { imageAnchor } from '../../image/facts.js';
import { formatBytes } from '../../image/units.js';

export default imageRule({
  meta: {
    id: 'image-size-delta',
    aliases: [],
    severity: 'info',
    category: 'efficiency',
    title: 'Image size change against the base ref',
    docs: {
      why: 'With `compare-base` (the pull request\'s base by default in the action), the same Dockerfile is built at that ref and the two images are compared, so a review sees what the change costs every pull before it merges.',
      fix: 'Nothing to fix by itself; `layer-size-growth` warns on the lines that grew most.',
      bad: 'FROM node:20\nCOPY . /app   # this PR grows the image by 45.2 MB (+18 %)',
      good: 'FROM node:20-slim\nCOPY dist /app',
    },
  },
  check(facts) {
    const base = facts.report.base;
    if (!base) return [];
    const at = imageAnchor(facts);
    if (base.error !== null || base.sizeBytes === null || base.deltaBytes === null) {
      return [{ ...at, message: `No size delta against \`${base.ref}\`: ${base.error ?? 'the base was not measured'}` }];
    }
    const delta = base.deltaBytes;
    const percent = base.deltaPercent === null ? '' : ` (${delta >= 0 ? '+' : ''}${base.deltaPercent.toFixed(1)} %)`;
    const verb = delta > 0 ? `grows the image by ${formatBytes(delta)}` : delta < 0 ? `shrinks the image by ${formatBytes(-delta)}` : 'leaves the image size unchanged';
    return [{ ...at, message: `This change ${verb}${percent} against \`${base.ref}\`: ${formatBytes(base.sizeBytes)} → ${formatBytes(facts.report.sizeBytes)}` }];
  },
});
