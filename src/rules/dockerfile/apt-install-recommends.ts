import { dockerfileRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import { shippedStages, stageChain } from '../../dockerfile/queries.js';
import type { DockerfileModel } from '../../dockerfile/model.js';
import { runsOf, type Run } from '../../dockerfile/runs.js';
import { osPackageCall, type OsPackageCall } from '../../dockerfile/packages.js';

/** `-o APT::Install-Recommends=false` (or `=0`) on the command line. */
function optionDisables(call: OsPackageCall): boolean {
  const values = [...(call.line.values.get('o') ?? []), ...(call.line.values.get('option') ?? [])];
  return values.some((v) => /^APT::Install-Recommends=["']?(?:false|0|no|off)["']?$/i.test(v.trim()));
}

/** An apt.conf snippet written by an earlier RUN: `echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/…`. */
const CONFIG_DISABLES = /APT::Install-Recommends\s+["']?(?:false|0|no|off)["']?/i;

function configuredOff(model: DockerfileModel, runs: Run[], before: Run): boolean {
  const chain = new Set(stageChain(model, before.stage));
  return runs.some((r) => chain.has(r.stage) && r.instruction.line < before.instruction.line
    && (CONFIG_DISABLES.test(r.instruction.args) || r.instruction.heredocs.some((h) => CONFIG_DISABLES.test(h.body))));
}

// Command-level: the finding is on the line of the install command inside its (possibly multi-line) RUN.
// Only stages whose files ship are checked (see shippedStages): extra packages in a build stage cost nothing at run time.
export default dockerfileRule({
  meta: {
    id: 'apt-install-recommends',
    aliases: ['DL3015', 'DS-0029'],
    severity: 'info',
    category: 'efficiency',
    title: 'apt-get install without --no-install-recommends',
    differs: 'Only stages whose files ship are checked (the final stage, `--target` stages and what they are built FROM); a build stage used only through `COPY --from` is silent. The finding is on the `apt-get install` line inside the RUN.',
    docs: {
      why: 'By default apt also installs every "recommended" package, often doubling what lands in the image: more to pull, more to patch, more for scanners to report.',
      fix: 'Pass `--no-install-recommends` to `apt-get install` (or set `APT::Install-Recommends "false";` in /etc/apt/apt.conf.d once) and name the packages the app needs explicitly.',
      bad: 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    },
  },
  check(model) {
    const shipped = shippedStages(model);
    const runs = runsOf(model, (stage) => shipped.has(stage.index));
    const hits: RuleHit[] = [];
    for (const run of runs) {
      for (const command of run.commands) {
        const call = osPackageCall(command);
        if (!call || call.manager !== 'apt-get' || (call.verb !== 'install' && call.verb !== 'reinstall')) continue;
        const { program, options } = call.line;
        if (options.has('no-install-recommends') || optionDisables(call)) continue;
        // aptitude spells it -R / --without-recommends.
        if (program === 'aptitude' && (options.has('R') || options.has('without-recommends'))) continue;
        if (configuredOff(model, runs, run)) continue;
        hits.push({ line: command.line, endLine: command.line, message: `\`${program} ${call.verb}\` without --no-install-recommends also installs recommended packages; add --no-install-recommends` });
      }
    }
    return hits;
  },
});
