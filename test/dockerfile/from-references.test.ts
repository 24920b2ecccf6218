/** `--from` is read in one place (queries' fromReferences); ONBUILD RUN goes through the RUN parse. */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { fromReferences, stagesUsedByOthers } from '../../src/dockerfile/queries.js';
import { runBodies } from '../../src/dockerfile/commands.js';

const instructions = (text: string) => parseDockerfile('Dockerfile', text).model.instructions;

describe('fromReferences', () => {
  it('reads COPY --from', () => {
    const [, copy] = instructions('FROM alpine:3.20\nCOPY --from=build /a /b\n');
    expect(fromReferences(copy)).toEqual([{ value: 'build', via: 'COPY --from' }]);
  });
  it('reads the from= field of a RUN mount, quotes removed, key in any case', () => {
    const [, run] = instructions('FROM alpine:3.20\nRUN --mount=type=bind,FROM="build",target=/b true\n');
    expect(fromReferences(run)).toEqual([{ value: 'build', via: 'RUN --mount from' }]);
  });
  it('reads each mount of a RUN', () => {
    const [, run] = instructions('FROM alpine:3.20\nRUN --mount=type=cache,target=/c --mount=from=a,target=/a --mount=target=/b,from=b true\n');
    expect(fromReferences(run).map((r) => r.value)).toEqual(['a', 'b']);
  });
  it('ignores --from where Docker refuses it (ADD, RUN) and a --from without a value', () => {
    const [, add, run, bare] = instructions('FROM alpine:3.20\nADD --from=build /a /b\nRUN --from=build true\nCOPY --from /a /b\n');
    expect([add, run, bare].map(fromReferences)).toEqual([[], [], []]);
  });
  it('stagesUsedByOthers follows COPY --from and RUN mounts', () => {
    const { model } = parseDockerfile('Dockerfile', 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\nFROM alpine:3.20 AS c\nFROM alpine:3.20\nCOPY --from=a /x /x\nRUN --mount=from=1,target=/y true\n');
    expect([...stagesUsedByOthers(model)].sort()).toEqual([0, 1]);
  });
});

describe('ONBUILD RUN', () => {
  const text = [
    'FROM alpine:3.20', // 1
    'ONBUILD RUN apk add curl && \\', // 2
    '    echo done', // 3
    'RUN apk add curl && \\', // 4
    '    echo done', // 5
    'ONBUILD RUN ["echo", "hi"]', // 6
    'ONBUILD RUN <<EOF', // 7
    'echo hi', // 8
    'EOF', // 9
  ].join('\n');
  const bodies = runBodies(parseDockerfile('Dockerfile', text).model);
  const [onbuild, run, exec, heredoc] = bodies;
  it('is split into commands on their own lines, as the same RUN would be', () => {
    expect(onbuild.onbuild).toBe(true);
    expect(onbuild.commands.map((c) => [c.line, c.argv])).toEqual([[2, ['apk', 'add', 'curl']], [3, ['echo', 'done']]]);
    expect(onbuild.commands.map((c) => c.argv)).toEqual(run.commands.map((c) => c.argv));
  });
  it('keeps the exec form', () => {
    expect([exec.form, exec.commands.map((c) => [c.line, c.argv])]).toEqual(['exec', [[6, ['echo', 'hi']]]]);
  });
  it('runs a heredoc body as the script', () => {
    expect(heredoc.commands.map((c) => [c.line, c.argv])).toEqual([[8, ['echo', 'hi']]]);
  });
  it('leaves the ONBUILD instruction itself as written', () => {
    const onbuildInstruction = instructions(text)[1];
    expect([onbuildInstruction.keyword, onbuildInstruction.args.startsWith('RUN apk add curl'), onbuildInstruction.trigger?.keyword]).toEqual(['ONBUILD', true, 'RUN']);
  });
});
