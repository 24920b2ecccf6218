import { dockerfileRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import { hasCacheOrTmpfsMount, shippedStages } from '../../dockerfile/queries.js';
import { runsOf } from '../../dockerfile/runs.js';
import { cacheFillingVerbs, cleansAll, osPackageCall, deletesDirectory } from '../../dockerfile/packages.js';

const CACHE = '/var/cache/yum';

// Command-level: the finding is on the line of the first yum command of the RUN that no clean follows.
// Only stages whose files ship are checked (see shippedStages).
export default dockerfileRule({
  meta: {
    id: 'yum-clean-missing',
    aliases: ['DL3032', 'DS-0015'],
    severity: 'warning',
    category: 'efficiency',
    title: '`yum clean all` missing after yum install',
    differs: 'Only stages whose files ship are checked; cache mounts silence it. Finding on the `yum install` line.',
    docs: {
      why: 'yum keeps downloaded packages and metadata in /var/cache/yum; unless the same RUN cleans it, the layer keeps it for good.',
      fix: 'End the RUN with `yum clean all` (or `rm -rf /var/cache/yum`), or keep the cache out of the layer with `RUN --mount=type=cache,target=/var/cache/yum`.',
      bad: 'RUN yum install -y httpd',
      good: 'RUN yum install -y httpd && yum clean all',
    },
  },
  check(model) {
    const shipped = shippedStages(model);
    const hits: RuleHit[] = [];
    for (const run of runsOf(model, (stage) => shipped.has(stage.index))) {
      if (hasCacheOrTmpfsMount(run.instruction, CACHE)) continue;
      const at = run.commands.findIndex((command, i) => {
        const call = osPackageCall(command);
        if (call?.manager !== 'yum' || !cacheFillingVerbs(call.manager).has(call.verb)) return false;
        // yum is dnf on current Red Hat releases, so `dnf clean all` empties the same cache.
        return !run.commands.slice(i + 1).some((c) => cleansAll(c, ['yum', 'dnf']) || deletesDirectory(c, [CACHE]));
      });
      if (at < 0) continue;
      const command = run.commands[at];
      hits.push({ line: command.line, endLine: command.line, message: '`yum clean all` is missing after this yum command; the package cache stays in the layer' });
    }
    return hits;
  },
});
