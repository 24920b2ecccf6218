import { dockerfileRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import { runsOf } from '../../dockerfile/runs.js';
import { isIndexConsumingVerb, isInstall, managerFamily, osPackageCall, refreshVerbs, type OsPackageCall } from '../../dockerfile/packages.js';

/** A refresh of the package index only (yum/dnf `update` without packages, as Trivy and Checkov read it). */
function isIndexRefresh(call: OsPackageCall): boolean {
  if (!refreshVerbs(call.manager).has(call.verb)) return false;
  // `yum update openssl` upgrades the named packages: that is an install, not a bare refresh.
  return !(call.manager !== 'apt-get' && call.manager !== 'apk' && call.packages.length > 0);
}

// Command-level: the finding is on the line of the update command inside its (possibly multi-line) RUN.
export default dockerfileRule({
  meta: {
    id: 'package-update-alone',
    aliases: ['DS-0017', 'CKV_DOCKER_5'],
    severity: 'warning',
    category: 'reliability',
    title: 'Package index update without an install in the same RUN',
    docs: {
      why: 'The layer of a lone `apt-get update` is cached: later builds reuse the old index while the install RUN after it changes, so they fetch package versions that no longer exist or miss security fixes.',
      fix: 'Update and install in one RUN, and clean up in the same one: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`.',
      bad: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl',
      good: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    },
  },
  check(model) {
    const hits: RuleHit[] = [];
    for (const run of runsOf(model)) {
      const calls = run.commands.map(osPackageCall);
      calls.forEach((call, i) => {
        if (!call || !isIndexRefresh(call)) return;
        const used = calls.slice(i + 1).some((later) => later && managerFamily(later.manager) === managerFamily(call.manager) && (isInstall(later) || (isIndexConsumingVerb(later.verb) && !isIndexRefresh(later))));
        if (used) return;
        const program = call.line.program;
        hits.push({ line: call.command.line, endLine: call.command.line, message: `\`${program} ${call.verb}\` has no install after it in the same RUN; its cached layer goes stale, so update and install in one RUN` });
      });
    }
    return hits;
  },
});
