/**
 * `build: true`: the image stage's options for the run. Building executes the pull request's RUN commands, so it
 * is refused for forks and pull_request_target unless allowed (src/image/trust.ts decides), and the build log is
 * folded into a group with workflow commands switched off, so a RUN step cannot print `::set-output` or the like.
 */
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import type { BuildOptions } from '../image/build-images.js';
import { buildPermission } from '../image/trust.js';
import { changeBase, type ChangeSet } from './changes.js';
import type { ActionContext } from './context.js';
import type { Git } from './git.js';
import type { ActionInputs } from './inputs.js';

export async function buildOptions(inputs: ActionInputs, context: ActionContext, changes: ChangeSet, git: Git, notes: string[]): Promise<BuildOptions | undefined> {
  if (!inputs.build) return undefined;
  const permission = buildPermission({
    eventName: context.eventName,
    headRepository: context.pull?.headRepository,
    baseRepository: context.pull?.baseRepository,
    allowUntrustedBuild: inputs.allowUntrustedBuild,
  });
  if (permission.notice) {
    notes.push(permission.notice);
    core.notice(`shipshape: ${permission.notice}`);
  }
  if (!permission.allowed) return undefined;
  const compareBase = inputs.compareBase ?? (changes.kind === 'diff' ? await changeBase(changes, git).catch(() => changes.base) : null);
  // A shallow checkout lacks the base commit the size delta is built from.
  if (compareBase && /^[0-9a-f]{40}$/.test(compareBase)) await git.ensureCommits([compareBase]).catch(() => undefined);
  return { compareBase, log: process.stdout, group: buildGroup, keepImages: inputs.keepImages };
}

async function buildGroup<T>(title: string, work: () => Promise<T>): Promise<T> {
  return core.group(title, async () => {
    const token = randomUUID();
    process.stdout.write(`::stop-commands::${token}\n`);
    try {
      return await work();
    } finally {
      process.stdout.write(`::${token}::\n`);
    }
  });
}
