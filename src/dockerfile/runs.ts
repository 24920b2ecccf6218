/** The RUN bodies of chosen stages with every command they start, for rules that read one RUN at a time. */
import type { DockerfileModel, Instruction, ShellCommand, Stage } from './model.js';
import { runBodies } from './commands.js';
import { launchedCommands } from './stage-values.js';

export interface Run {
  /** The RUN (or the ONBUILD holding a `RUN` trigger). */
  instruction: Instruction;
  stage: Stage;
  /** In order; exec-form `["sh", "-c", "…"]` scripts are opened, their commands carry the RUN's line. */
  commands: ShellCommand[];
}

const allRuns = new WeakMap<DockerfileModel, Run[]>();

/** RUN bodies (ONBUILD RUN triggers included, as hadolint checks them) of the stages `keep` accepts, in file order. */
export function runsOf(model: DockerfileModel, keep?: (stage: Stage) => boolean): Run[] {
  // Ten rules ask: the runs are made once per model and only filtered per call (read-only).
  let runs = allRuns.get(model);
  if (!runs) {
    runs = runBodies(model).flatMap((body) => {
      if (!body.stage) return [];
      const commands = body.form === 'exec' && !body.onbuild ? launchedCommands(body.instruction) : body.commands;
      return [{ instruction: body.instruction, stage: body.stage, commands }];
    });
    allRuns.set(model, runs);
  }
  return keep ? runs.filter((run) => keep(run.stage)) : runs.slice();
}
