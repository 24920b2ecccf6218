/** Where a failed build failed, from the three log dialects (the first two are real logs of this engine). */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { failingSpot, failureSummary } from '../../src/image/build-log.js';

const { model } = parseDockerfile('Dockerfile', [
  'ARG X=1', 'FROM scratch AS a', 'COPY busybox /bin/busybox', '', 'FROM a',
  'RUN ["/bin/busybox", "true"]', 'RUN ["/bin/busybox", "sh", "-c", \\', '     "exit 3"]', 'RUN ["/bin/busybox", "true"]',
].join('\n'));

describe('failingSpot', () => {
  it('reads the classic builder\'s step number (global ARGs count)', () => {
    const log = ['Step 5/7 : RUN ["/bin/busybox", "true"]', ' ---> f8fecbe7ef9c', 'Step 6/7 : RUN ["/bin/busybox", "sh", "-c",      "exit 3"]', ' ---> Running in fcd8160aaaec', "The command '/bin/busybox sh -c exit 3' returned a non-zero code: 3"];
    expect(failingSpot(log, model)).toEqual({ line: 7, endLine: 8 });
    expect(failureSummary(log)).toBe("The command '/bin/busybox sh -c exit 3' returned a non-zero code: 3");
  });

  it('reads older BuildKit\'s failing vertex', () => {
    const log = ['#6 [stage-1 2/3] RUN ["/bin/busybox", "sh", "-c",      "exit 3"]', '#6 ERROR: executor failed running [/bin/busybox sh -c exit 3]: exit code: 3', '------', ' > [stage-1 2/3] RUN ["/bin/busybox", "sh", "-c",      "exit 3"]:', '------', 'executor failed running [/bin/busybox sh -c exit 3]: exit code: 3'];
    expect(failingSpot(log, model)).toEqual({ line: 7, endLine: 8 });
    expect(failureSummary(log)).toBe('executor failed running [/bin/busybox sh -c exit 3]: exit code: 3');
  });

  it('reads newer BuildKit\'s excerpt with its >>> markers', () => {
    const log = ['Dockerfile:7', '--------------------', '   6 |     RUN ["/bin/busybox", "true"]', '   7 | >>> RUN ["/bin/busybox", "sh", "-c", \\', '   8 | >>>      "exit 3"]', '--------------------', 'ERROR: failed to solve: process "/bin/busybox sh -c exit 3" did not complete successfully: exit code: 3'];
    expect(failingSpot(log, model)).toEqual({ line: 7, endLine: 8 });
    expect(failureSummary(log)).toBe('failed to solve: process "/bin/busybox sh -c exit 3" did not complete successfully: exit code: 3');
    expect(failingSpot(['Dockerfile:8', 'ERROR: failed to solve'], model)).toEqual({ line: 7, endLine: 8 });
  });

  it('gives up (null) on a log that names no step', () => {
    expect(failingSpot(['error during connect: no such host'], model)).toBeNull();
  });
});
