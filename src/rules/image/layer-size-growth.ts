import { imageRule } from '../define.js';
import { formatBytes, parseBytes } from '../../image/units.js';

/** 10 MB: below that a layer's growth is noise in a pull. */
const DEFAULT_MAX_GROWTH = 10e6;

export default imageRule({
  meta: {
    id: 'layer-size-growth',
    aliases: [],
    severity: 'warning',
    category: 'efficiency',
    title: 'Layer grew more than max-layer-growth against the base ref',
    docs: {
      why: 'With `compare-base`, each instruction\'s layer is compared with the same instruction built at the base ref; a line whose layer grew a lot is where a dependency, a cache or a build artefact slipped in. Threshold: option `max-layer-growth` (default 10MB).',
      fix: 'Check what the line now adds (the layer note shows its size): caches left behind, a wider COPY, a new dependency. Clean up in the same RUN or move the work to a build stage.',
      bad: 'COPY . /app          # the layer grew by 80 MB: node_modules is no longer ignored',
      good: 'COPY . /app          # with node_modules in .dockerignore',
    },
  },
  check(facts, options) {
    const base = facts.report.base;
    if (!base || base.error !== null) return [];
    const max = parseBytes(options['max-layer-growth']) ?? DEFAULT_MAX_GROWTH;
    return base.instructions
      .filter((d) => d.line !== null && d.endLine !== null && d.deltaBytes > max)
      .map((d) => ({
        line: d.line as number,
        endLine: d.endLine as number,
        message: d.baseSizeBytes === 0
          ? `This layer is new against \`${base.ref}\` and adds ${formatBytes(d.sizeBytes)}, over max-layer-growth ${formatBytes(max)}`
          : `This layer grew by ${formatBytes(d.deltaBytes)} against \`${base.ref}\` (${formatBytes(d.baseSizeBytes)} → ${formatBytes(d.sizeBytes)}), over max-layer-growth ${formatBytes(max)}`,
      }));
  },
});
