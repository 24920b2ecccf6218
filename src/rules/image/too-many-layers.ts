import { imageRule } from '../define.js';
import { imageAnchor } from '../../image/facts.js';

/** Overlay filesystems slow down with depth, and the engine refuses more than 127 layers. */
const DEFAULT_MAX = 40;

export default imageRule({
  meta: {
    id: 'too-many-layers',
    aliases: [],
    severity: 'warning',
    category: 'efficiency',
    title: 'More layers than max-layers',
    docs: {
      why: 'Each layer is one more overlay mount and one more blob to pull and verify; deep stacks slow container start and the engine stops at 127. Threshold: option `max-layers` (default 40).',
      fix: 'Merge consecutive RUN instructions with `&&`, copy build output once from a build stage, and let a multi-stage build drop the layers that only build.',
      bad: 'RUN apt-get update\nRUN apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*',
      good: 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    },
  },
  check(facts, options) {
    const max = typeof options['max-layers'] === 'number' ? options['max-layers'] : Number(options['max-layers'] ?? DEFAULT_MAX);
    const limit = Number.isFinite(max) ? max : DEFAULT_MAX;
    const layers = facts.report.layers;
    if (layers.length <= limit) return [];
    const own = layers.filter((l) => !l.fromBase).length;
    return [{ ...imageAnchor(facts), message: `The image has ${layers.length} layers (${own} from this Dockerfile), over max-layers ${limit}` }];
  },
});
