import { dockerfileRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import { finalChain } from '../../dockerfile/queries.js';
import { runsOf } from '../../dockerfile/runs.js';
import { findSpec, specLabel, type CommandSpec } from '../../dockerfile/command-spec.js';
import { isInstall, osPackageCall, packageMatches, packagesKept } from '../../dockerfile/packages.js';
import type { ShellCommand } from '../../dockerfile/model.js';
import TOOLS from '../../data/build-tools.json' with { type: 'json' };

const BUILD_COMMANDS = TOOLS.commands as CommandSpec[];
const TOOLCHAIN_PACKAGES: string[] = TOOLS.packages;

// Command-level: each finding is on the line of the compiling command or of the install that brings a toolchain,
// inside its (possibly multi-line) RUN.
export default dockerfileRule({
  meta: {
    id: 'build-tools-in-final-stage',
    aliases: [],
    severity: 'warning',
    category: 'efficiency',
    title: 'Final stage compiles or installs a toolchain',
    docs: {
      why: 'Compilers, SDKs and build caches in the image that runs make it hundreds of megabytes larger and hand an attacker a toolchain; none of it is needed once the artifact exists.',
      fix: 'Use a multi-stage build: compile in a stage on the SDK image, then start the final stage from a slim or distroless image and `COPY --from=build` only the artifact. Toolchain packages needed for a one-off build can also be removed in the same RUN that installs them.',
      bad: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/server\nCMD ["/app"]',
      good: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/server\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nCMD ["/app"]',
    },
  },
  check(model) {
    // The final image holds every stage it is built FROM, so a `FROM build` final stage carries build's tools too.
    const chain = new Set(finalChain(model));
    const hits: RuleHit[] = [];
    for (const run of runsOf(model, (stage) => chain.has(stage))) {
      // A toolchain installed and removed in the same RUN never reaches a layer; a later removal does not shrink it.
      const installed = run.commands.flatMap((command) => {
        const call = osPackageCall(command);
        return call && isInstall(call) ? call.packages.filter((name) => packageMatches(name, TOOLCHAIN_PACKAGES)) : [];
      });
      const kept = packagesKept(run.commands).filter((p) => packageMatches(p.name, TOOLCHAIN_PACKAGES));
      // The official images' idiom: install compilers, build, purge them, all in one RUN. Nothing of it ships.
      const temporaryToolchain = installed.length > 0 && kept.length === 0;
      for (const command of temporaryToolchain ? [] : run.commands) {
        const spec = findSpec(command, BUILD_COMMANDS);
        if (spec) {
          hits.push({ line: command.line, endLine: command.line, message: `\`${specLabel(command, spec)}\` builds in the final stage, so its toolchain ships in the image; build in an earlier stage and COPY --from it only the artifact` });
        }
      }
      const byCommand = new Map<ShellCommand, string[]>();
      for (const p of kept) byCommand.set(p.command, [...(byCommand.get(p.command) ?? []), p.name]);
      for (const [command, names] of byCommand) {
        hits.push({ line: command.line, endLine: command.line, message: `The final stage installs build tools (${names.join(', ')}); install them in a build stage and copy only the artifact, or remove them in the same RUN` });
      }
    }
    return hits;
  },
});
