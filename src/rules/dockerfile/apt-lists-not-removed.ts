import { dockerfileRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import { hasCacheOrTmpfsMount, shippedStages } from '../../dockerfile/queries.js';
import { runsOf } from '../../dockerfile/runs.js';
import type { ShellCommand } from '../../dockerfile/model.js';
import { osPackageCall, deletesDirectory } from '../../dockerfile/packages.js';

const LISTS = '/var/lib/apt/lists';

/** `apt-get distclean` (apt 2.7+, also spelled `dist-clean`) removes the lists as well as the package cache. */
function isDistClean(command: ShellCommand): boolean {
  const call = osPackageCall(command);
  return call?.manager === 'apt-get' && (call.verb === 'distclean' || call.verb === 'dist-clean');
}

// Command-level: the finding is on the line of the (last) `apt-get update` of the RUN.
// Only stages whose files ship are checked, as hadolint does for the last stage and the stages built on.
export default dockerfileRule({
  meta: {
    id: 'apt-lists-not-removed',
    aliases: ['DL3009'],
    severity: 'info',
    category: 'efficiency',
    title: 'apt lists are left in the layer',
    differs: 'Accepts `apt-get distclean`, and cache or tmpfs mounts on the lists or a parent directory. Finding on the `apt-get update` line.',
    docs: {
      why: '`apt-get update` downloads package indexes to /var/lib/apt/lists (tens of megabytes) that nothing at run time needs; unless the same RUN deletes them they stay in the layer for good.',
      fix: 'End the RUN that updates with `rm -rf /var/lib/apt/lists/*` (or `apt-get distclean` on apt 2.7+), or keep the lists out of the layer with `RUN --mount=type=cache,target=/var/lib/apt/lists`.',
      bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    },
  },
  check(model) {
    const shipped = shippedStages(model);
    const hits: RuleHit[] = [];
    for (const run of runsOf(model, (stage) => shipped.has(stage.index))) {
      // A cache or tmpfs mount over the lists (or /var/lib/apt) keeps them out of the layer.
      if (hasCacheOrTmpfsMount(run.instruction, '/var/lib/apt')) continue;
      let lastUpdate = -1;
      run.commands.forEach((command, i) => {
        const call = osPackageCall(command);
        if (call?.manager === 'apt-get' && call.verb === 'update') lastUpdate = i;
      });
      if (lastUpdate < 0) continue;
      // Deleting the lists before the update leaves the fresh ones behind.
      if (run.commands.slice(lastUpdate + 1).some((c) => deletesDirectory(c, [LISTS]) || isDistClean(c))) continue;
      const update = run.commands[lastUpdate];
      hits.push({ line: update.line, endLine: update.line, message: `The apt lists from this update stay in the layer; end the RUN with \`rm -rf ${LISTS}/*\`` });
    }
    return hits;
  },
});
