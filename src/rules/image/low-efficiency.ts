import { imageRule } from '../define.js';
import { imageAnchor, layerSpan } from '../../image/facts.js';
import { formatBytes, formatPercent, parseFraction } from '../../image/units.js';

/** dive's CI defaults: lowestEfficiency 0.9, highestUserWastedPercent 0.1. */
const DEFAULT_MIN_EFFICIENCY = 0.9;
const DEFAULT_MAX_USER_WASTE = 0.1;

export default imageRule({
  meta: {
    id: 'low-efficiency',
    aliases: ['lowestEfficiency', 'highestUserWastedPercent'],
    severity: 'warning',
    category: 'efficiency',
    title: 'Image wastes space across layers',
    docs: {
      why: 'A file that one layer adds and a later one deletes or overwrites is still pulled: the deletion only hides it. dive scores this as efficiency; the thresholds are dive\'s CI defaults, options `min-efficiency` (0.9) and `max-user-waste` (10 %).',
      fix: 'Delete in the same RUN that created the files (download, unpack, remove the archive in one step), do not chmod/chown in a separate layer, and copy build output from a build stage instead of building in the final one.',
      bad: 'RUN curl -o /tmp/sdk.tgz https://example.com/sdk.tgz\nRUN tar -xzf /tmp/sdk.tgz -C /opt\nRUN rm /tmp/sdk.tgz',
      good: 'RUN curl -o /tmp/sdk.tgz https://example.com/sdk.tgz && tar -xzf /tmp/sdk.tgz -C /opt && rm /tmp/sdk.tgz',
    },
  },
  check(facts, options) {
    const minEfficiency = parseFraction(options['min-efficiency']) ?? DEFAULT_MIN_EFFICIENCY;
    const maxUserWaste = parseFraction(options['max-user-waste']) ?? DEFAULT_MAX_USER_WASTE;
    const { efficiency, userWastedPercent, reclaimableBytes, topWaste } = facts.report;
    const problems: string[] = [];
    if (efficiency < minEfficiency) problems.push(`efficiency ${formatPercent(efficiency)} is under min-efficiency ${formatPercent(minEfficiency)}`);
    if (userWastedPercent / 100 > maxUserWaste) problems.push(`user waste ${formatPercent(userWastedPercent / 100)} is over max-user-waste ${formatPercent(maxUserWaste)}`);
    if (!problems.length) return [];
    const top = topWaste[0];
    // The line that deleted or overwrote the largest waste is where merging the steps starts.
    const at = top ? layerSpan(facts, top.removedBy.layer) : imageAnchor(facts);
    const worst = top
      ? `; largest: \`${top.path}\` (${formatBytes(top.wastedBytes)}, added by ${lineText(top.addedBy.line)}, ${top.removedBy.how} by ${lineText(top.removedBy.line)})`
      : '';
    return [{ ...at, message: `The image ${problems.join(' and ')}: ${formatBytes(reclaimableBytes)} reclaimable${worst}` }];
  },
});

function lineText(line: number | null): string {
  return line === null ? 'the base image' : `line ${line}`;
}
