import { dockerfileRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import { hasCacheOrTmpfsMount, shippedStages } from '../../dockerfile/queries.js';
import { runsOf } from '../../dockerfile/runs.js';
import { cacheFillingVerbs, cleansAll, osPackageCall, deletesDirectory } from '../../dockerfile/packages.js';

/** dnf 4 caches in /var/cache/dnf, dnf 5 in /var/cache/libdnf5, microdnf under /var/cache/yum on some releases. */
const CACHES = ['/var/cache/dnf', '/var/cache/libdnf5', '/var/cache/yum'];

// Command-level: the finding is on the line of the first dnf/microdnf command of the RUN that no clean follows.
// Only stages whose files ship are checked (see shippedStages).
export default dockerfileRule({
  meta: {
    id: 'dnf-clean-missing',
    aliases: ['DL3040', 'DS-0019'],
    severity: 'warning',
    category: 'efficiency',
    title: '`dnf clean all` missing after dnf install',
    differs: 'Only stages whose files ship are checked; cache mounts silence it. Finding on the `dnf install` line.',
    docs: {
      why: 'dnf and microdnf keep downloaded packages and metadata in /var/cache; unless the same RUN cleans it, the layer keeps it for good.',
      fix: 'End the RUN with `dnf clean all` (`microdnf clean all`), or keep the cache out of the layer with `RUN --mount=type=cache,target=/var/cache/dnf` (`/var/cache/libdnf5` for dnf 5).',
      bad: 'RUN dnf install -y httpd',
      good: 'RUN dnf install -y httpd && dnf clean all',
    },
  },
  check(model) {
    const shipped = shippedStages(model);
    const hits: RuleHit[] = [];
    for (const run of runsOf(model, (stage) => shipped.has(stage.index))) {
      if (CACHES.some((dir) => hasCacheOrTmpfsMount(run.instruction, dir)) || hasCacheOrTmpfsMount(run.instruction, '.cache/libdnf5')) continue;
      let program = 'dnf';
      const at = run.commands.findIndex((command, i) => {
        const call = osPackageCall(command);
        if (!call || (call.manager !== 'dnf' && call.manager !== 'microdnf') || !cacheFillingVerbs(call.manager).has(call.verb)) return false;
        program = call.manager;
        return !run.commands.slice(i + 1).some((c) => cleansAll(c, ['dnf', 'microdnf', 'yum']) || deletesDirectory(c, CACHES));
      });
      if (at < 0) continue;
      const command = run.commands[at];
      hits.push({ line: command.line, endLine: command.line, message: `\`${program} clean all\` is missing after this ${program} command; the package cache stays in the layer` });
    }
    return hits;
  },
});
