import { dockerfileRule } from '../define.js';
import { commandHit, commandLine, isCall, runBodies } from '../../dockerfile/commands.js';
import { hasCacheOrTmpfsMount, shippedStages } from '../../dockerfile/queries.js';

export default dockerfileRule({
  meta: {
    id: 'zypper-clean-missing',
    aliases: ['DL3036'],
    severity: 'warning',
    category: 'efficiency',
    title: 'zypper install without zypper clean',
    docs: {
      why: 'zypper keeps downloaded packages and metadata under /var/cache/zypp; unless the same RUN cleans them, they stay in the layer.',
      fix: 'End the RUN with `zypper clean -a`, or mount a cache: `RUN --mount=type=cache,target=/var/cache/zypp …`.',
      bad: 'FROM opensuse/leap:15.6\nRUN zypper -n install httpd',
      good: 'FROM opensuse/leap:15.6\nRUN zypper -n install httpd && zypper clean -a',
    },
    differs: 'Silent in build stages whose files never ship (only copied from); cache or tmpfs mounts on /var/cache/zypp count as clean. Reported on the install command\'s line.',
  },
  check(model) {
    const shipped = shippedStages(model);
    return runBodies(model).flatMap((body) => {
      if (body.stage && !shipped.has(body.stage.index)) return [];
      if (hasCacheOrTmpfsMount(body.instruction, '/var/cache/zypp')) return [];
      const lines = body.commands.map(commandLine);
      const install = lines.findIndex((l) => isCall(l, ['zypper'], ['install', 'in']));
      if (install < 0 || lines.slice(install + 1).some((l) => isCall(l, ['zypper'], ['clean', 'cc']))) return [];
      return [commandHit(lines[install].command, '`zypper clean` is missing after zypper install: the package cache stays in the layer')];
    });
  },
});
