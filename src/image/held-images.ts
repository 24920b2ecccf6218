/**
 * What a run stopped by SIGINT/SIGTERM during the image stage must not leave behind: the `shipshape-local/*` images
 * it built and has not removed yet, and a `docker build` still running (left alone, the CLI would go on, and the
 * engine tag its image, after the run has gone). Held in the exit registry (src/core/exit-cleanup.ts) while there
 * is any: a tag from the moment its build finished until the end of the stage removed it, a build while its
 * child runs. With keepImages no tag is held (the run keeps them anyway), a running build still is.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { holdOnExit } from '../core/exit-cleanup.js';
import { environment, type Docker } from './docker.js';

/**
 * How long 'exit' waits for `docker image rm`: it takes well under a second, but an engine that hangs must not
 * hang the exit too. GitHub sends SIGTERM 7.5 s after the SIGINT of a cancelled job, and kills 2.5 s later.
 */
const REMOVE_TIMEOUT_MS = 5000;

interface RunningBuild {
  tag: string;
  child: ChildProcess;
  iidfile: string;
}

export class HeldImages {
  private readonly tags = new Set<string>();
  private readonly builds = new Set<RunningBuild>();
  private release: (() => void) | null = null;

  constructor(private readonly d: Docker, private readonly keep: boolean) {}

  /**
   * A build of `tag` has started. The returned function is to be called once its child has ended, before the
   * iidfile goes: a build that wrote it made the tag, which is held from then on, with no gap, until letGo.
   */
  building(tag: string, child: ChildProcess, iidfile: string): () => void {
    const build = { tag, child, iidfile };
    this.builds.add(build);
    this.hold();
    return () => {
      if (!this.builds.delete(build)) return;
      if (!this.keep && wroteId(iidfile)) this.tags.add(tag);
      this.releaseWhenIdle();
    };
  }

  /** The tags built so far, head and base (none with keepImages): what the end of the stage removes. */
  builtTags(): string[] {
    return [...this.tags];
  }

  /** The stage has removed its images, or tried to (a tag left is reported as kept): nothing more to hold. */
  letGo(): void {
    this.tags.clear();
    this.releaseWhenIdle();
  }

  private hold(): void {
    this.release ??= holdOnExit(() => this.cleanUp());
  }

  private releaseWhenIdle(): void {
    if (!this.release || this.tags.size || this.builds.size) return;
    this.release();
    this.release = null;
  }

  /** Synchronous, as 'exit' requires; a failure is ignored (the process is going, nobody could hear of it). */
  private cleanUp(): void {
    this.release = null;
    for (const build of this.builds) {
      // SIGKILL: exit cannot wait for a CLI that cancels gracefully; the engine cancels a build whose client is gone.
      build.child.kill('SIGKILL');
      // The engine tags the image before the CLI writes the iidfile and exits: a build that got that far made its tag.
      if (!this.keep && wroteId(build.iidfile)) this.tags.add(build.tag);
    }
    this.builds.clear();
    if (this.tags.size === 0) return;
    spawnSync(this.d.bin, ['image', 'rm', ...this.tags], { env: environment(this.d), stdio: 'ignore', timeout: REMOVE_TIMEOUT_MS });
    this.tags.clear();
  }
}

function wroteId(iidfile: string): boolean {
  try {
    return readFileSync(iidfile, 'utf8').trim() !== '';
  } catch {
    return false;
  }
}
