import { dockerfileRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import type { ShellCommand } from '../../dockerfile/model.js';
import { finalChain } from '../../dockerfile/queries.js';
import { runsOf } from '../../dockerfile/runs.js';
import { packageMatches, packagesKept } from '../../dockerfile/packages.js';
import NETWORK from '../../data/network-tools.json' with { type: 'json' };

const TOOLS: { tool: string; packages: string[] }[] = NETWORK.tools;

function toolOf(name: string): string | null {
  return TOOLS.find((t) => packageMatches(name, t.packages))?.tool ?? null;
}

// Command-level: each finding is on the line of the install command inside its (possibly multi-line) RUN.
export default dockerfileRule({
  meta: {
    id: 'network-tools-installed',
    aliases: [],
    severity: 'warning',
    category: 'security',
    title: 'Final image installs network tools',
    docs: {
      why: 'curl, wget, netcat, dig, telnet, nmap, tcpdump and ssh are what an attacker who gets a shell in a pod uses to download payloads, scan the cluster network and reach other pods; an app rarely needs them at run time.',
      fix: 'Download in a build stage and COPY the result, or remove the tool in the same RUN after using it (`apt-get purge -y curl`, `apk del .fetch-deps`). For debugging, use `kubectl debug` with an ephemeral container instead of shipping the tools.',
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && curl -fsSLo /tmp/app.tgz https://example.com/app.tgz \\\n && apt-get purge -y --auto-remove curl && rm -rf /var/lib/apt/lists/*',
    },
  },
  check(model) {
    const chain = new Set(finalChain(model));
    // Read every RUN of the final image as one sequence: a tool removed by a later RUN is gone from the running
    // container (the layer keeps its bytes, but no one can run it).
    const commands = runsOf(model, (stage) => chain.has(stage)).flatMap((run) => run.commands);
    const byCommand = new Map<ShellCommand, Set<string>>();
    for (const kept of packagesKept(commands)) {
      const tool = toolOf(kept.name);
      if (tool) byCommand.set(kept.command, (byCommand.get(kept.command) ?? new Set()).add(`${tool === kept.name ? tool : `${kept.name} (${tool})`}`));
    }
    const hits: RuleHit[] = [];
    for (const [command, tools] of byCommand) {
      hits.push({ line: command.line, endLine: command.line, message: `The final image keeps network tools an intruder can use: ${[...tools].join(', ')}; remove them in the same RUN after use or fetch in a build stage` });
    }
    return hits;
  },
});
