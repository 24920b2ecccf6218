import { imageRule } from '../define.js';
import { layerOrigin, layerSpan } from '../../image/facts.js';
import { networkTools } from '../../image/final-files.js';

export default imageRule({
  meta: {
    id: 'network-tools-in-image',
    aliases: [],
    severity: 'warning',
    category: 'security',
    title: 'Network tools or a package manager in the image',
    docs: {
      why: 'curl, wget, netcat, ssh or a package manager in the running image let an intruder fetch tooling and move through the cluster; a service rarely needs them at run time.',
      fix: 'Install them in a build stage only, or remove them in the same RUN that used them; consider a distroless or scratch final stage.',
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nCOPY app /app',
      good: 'FROM debian:12-slim AS fetch\nRUN apt-get update && apt-get install -y curl && curl -o /tmp/tool …\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=fetch /tmp/tool /tool',
    },
  },
  check(facts) {
    // One finding per layer that brought tools, so it lands on the line to change.
    const byLayer = new Map<number, string[]>();
    for (const found of networkTools(facts.final)) byLayer.set(found.layer, [...(byLayer.get(found.layer) ?? []), found.label]);
    return [...byLayer].map(([layer, labels]) => ({
      ...layerSpan(facts, layer),
      message: `The final image holds ${labels.join(', ')} (from ${layerOrigin(facts, layer)})`,
    }));
  },
});
