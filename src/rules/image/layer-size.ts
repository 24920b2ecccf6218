import { imageRule } from '../define.js';
import { formatBytes, formatPercent } from '../../image/units.js';

export default imageRule({
  meta: {
    id: 'layer-size',
    aliases: [],
    severity: 'info',
    category: 'efficiency',
    title: 'Layer size note',
    docs: {
      why: 'A note on every instruction that made a layer of the built image: how much it adds and its share of the image, so the heavy lines show where they are written. Notes are informational; turn them off with `layer-size: off`.',
      fix: 'Nothing to fix by itself. To shrink a heavy line, clean caches in the same RUN, copy less (`.dockerignore`), or move the work to a build stage.',
      bad: 'RUN apt-get update && apt-get install -y build-essential   # adds 312 MB (71 % of the image)',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*',
    },
  },
  check(facts) {
    const total = facts.report.sizeBytes;
    // A line may make several layers (ONBUILD aside, never in practice); its note sums them.
    const byInstruction = new Map<number, { endLine: number; bytes: number; compressed: number }>();
    for (const layer of facts.report.layers) {
      if (layer.line === null || layer.endLine === null) continue;
      const seen = byInstruction.get(layer.line) ?? { endLine: layer.endLine, bytes: 0, compressed: 0 };
      seen.bytes += layer.sizeBytes;
      seen.compressed += layer.compressedBytes;
      byInstruction.set(layer.line, seen);
    }
    return [...byInstruction].map(([line, { endLine, bytes, compressed }]) => ({
      line, endLine,
      message: `adds ${formatBytes(bytes)} (${formatPercent(total ? bytes / total : 0)} of the image; ${formatBytes(compressed)} compressed)`,
    }));
  },
});
