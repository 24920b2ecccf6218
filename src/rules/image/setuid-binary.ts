import { imageRule } from '../define.js';
import { layerOrigin, layerSpan } from '../../image/facts.js';
import { setuidFiles } from '../../image/final-files.js';

const SHOWN = 6;

export default imageRule({
  meta: {
    id: 'setuid-binary',
    aliases: ['CIS-DI-0008'],
    severity: 'warning',
    category: 'security',
    title: 'setuid or setgid file in the image',
    docs: {
      why: 'A setuid or setgid program runs with its owner\'s rights whoever starts it: the classic way from an unprivileged container user back to root. Kubernetes `allowPrivilegeEscalation: false` blocks it only when set.',
      fix: 'Remove the bits in the final stage (`RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +`) or use a base image without such programs.',
      bad: 'FROM debian:12-slim\nCOPY app /app\nUSER 10001',
      good: 'FROM debian:12-slim\nRUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +\nCOPY app /app\nUSER 10001',
    },
  },
  check(facts) {
    const byLayer = new Map<number, string[]>();
    for (const file of setuidFiles(facts.final)) byLayer.set(file.layer, [...(byLayer.get(file.layer) ?? []), file.label]);
    return [...byLayer].map(([layer, files]) => {
      const shown = files.slice(0, SHOWN).join(', ') + (files.length > SHOWN ? ` and ${files.length - SHOWN} more` : '');
      return { ...layerSpan(facts, layer), message: `${files.length} setuid/setgid file${files.length === 1 ? '' : 's'} from ${layerOrigin(facts, layer)}: ${shown}` };
    });
  },
});
