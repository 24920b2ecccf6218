import { dockerfileRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import { hasCacheOrTmpfsMount, shippedStages } from '../../dockerfile/queries.js';
import { runsOf } from '../../dockerfile/runs.js';
import { osPackageCall, deletesDirectory } from '../../dockerfile/packages.js';

const CACHE = '/var/cache/apk';

// Command-level: the finding is on the line of the `apk add` inside its (possibly multi-line) RUN.
// Only stages whose files ship are checked (see shippedStages).
export default dockerfileRule({
  meta: {
    id: 'apk-no-cache',
    aliases: ['DL3019', 'DS-0025'],
    severity: 'info',
    category: 'efficiency',
    title: 'apk add without --no-cache',
    differs: 'Only stages whose files ship are checked; silent when the RUN removes /var/cache/apk or mounts a cache there. Finding on the `apk add` line.',
    docs: {
      why: 'Without `--no-cache`, apk keeps the package index it fetched in /var/cache/apk, and the layer keeps it for good.',
      fix: 'Use `apk add --no-cache …` (it needs no `apk update` first), or keep the cache out of the layer with `RUN --mount=type=cache,target=/var/cache/apk`.',
      bad: 'RUN apk update && apk add curl',
      good: 'RUN apk add --no-cache curl',
    },
  },
  check(model) {
    const shipped = shippedStages(model);
    const hits: RuleHit[] = [];
    for (const run of runsOf(model, (stage) => shipped.has(stage.index))) {
      if (hasCacheOrTmpfsMount(run.instruction, CACHE)) continue;
      run.commands.forEach((command, i) => {
        const call = osPackageCall(command);
        if (call?.manager !== 'apk' || call.verb !== 'add' || call.line.options.has('no-cache')) return;
        // `--no-network` installs from what is already there: nothing is fetched, so nothing is cached.
        if (call.line.options.has('no-network')) return;
        // Deleting the cache later in the same RUN keeps it out of the layer too (hadolint still warns; we do not).
        if (run.commands.slice(i + 1).some((c) => deletesDirectory(c, [CACHE]))) return;
        hits.push({ line: command.line, endLine: command.line, message: '`apk add` without --no-cache leaves the package index in /var/cache/apk; use `apk add --no-cache`' });
      });
    }
    return hits;
  },
});
