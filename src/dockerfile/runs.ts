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

/** RUN bodies (ONBUILD RUN triggers included, as hadolint checks them) of the stages `keep` accepts, in file order. */
export function runsOf(model: DockerfileModel, keep: (stage: Stage) => boolean = () => true): Run[] {
  return runBodies(model).flatMap((body) => {
    if (!body.stage || !keep(body.stage)) return [];
    const commands = body.form === 'exec' && !body.onbuild ? launchedCommands(body.instruction) : body.commands;
    return [{ instruction: body.instruction, stage: body.stage, commands }];
  });
}
