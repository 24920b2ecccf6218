/**
 * `--from` is read in one place (queries' fromReferences) and resolved in one (resolveFrom, as BuildKit's
 * dockerfile2llb does); ONBUILD RUN goes through the RUN parse.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { fromReferences, resolveFrom, stagesUsedByOthers } from '../../src/dockerfile/queries.js';
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
  it('stagesUsedByOthers follows COPY --from (name or index) and RUN mounts (name only)', () => {
    const text = 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\nFROM alpine:3.20 AS c\nFROM alpine:3.20\nCOPY --from=a /x /x\nCOPY --from=1 /x /x\nRUN --mount=from=2,target=/y true\n';
    expect([...stagesUsedByOthers(parseDockerfile('Dockerfile', text).model)].sort()).toEqual([0, 1]);
    const mounted = 'FROM alpine:3.20 AS a\nFROM alpine:3.20\nRUN --mount=from=A,target=/y true\n';
    expect([...stagesUsedByOthers(parseDockerfile('Dockerfile', mounted).model)]).toEqual([0]);
  });
});

describe('resolveFrom', () => {
  /** What each `--from` of the file resolves to, in order. */
  const resolve = (text: string) => {
    const { model } = parseDockerfile('Dockerfile', text);
    return model.instructions.flatMap((i) => fromReferences(i).map((ref) => resolveFrom(model, ref)));
  };
  it('finds a stage by name in any case, and by index in COPY', () => {
    expect(resolve('FROM alpine:3.20 AS Build\nFROM alpine:3.20\nCOPY --from=BUILD /a /a\n')).toEqual([{ kind: 'stage', index: 0 }]);
    expect(resolve('FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /a /a\n')).toEqual([{ kind: 'stage', index: 0 }]);
  });
  it('returns its own, a later or a missing stage as written: the build fails, the rules say why', () => {
    const text = 'FROM alpine:3.20 AS self\nCOPY --from=self /a /a\nCOPY --from=later /a /a\nCOPY --from=7 /a /a\nFROM alpine:3.20 AS later\n';
    expect(resolve(text)).toEqual([{ kind: 'stage', index: 0 }, { kind: 'stage', index: 1 }, { kind: 'stage', index: 7 }]);
  });
  it('takes the last of two stages with one name, as BuildKit fills its name map', () => {
    expect(resolve('FROM alpine:3.20 AS x\nFROM alpine:3.20 AS x\nFROM alpine:3.20\nCOPY --from=x /a /a\n')).toEqual([{ kind: 'stage', index: 1 }]);
  });
  it('reads a mount\'s from= by name only: an index there is an image', () => {
    expect(resolve('FROM alpine:3.20 AS a\nFROM alpine:3.20\nRUN --mount=from=a,target=/a --mount=from=0,target=/b true\n')).toEqual([
      { kind: 'stage', index: 0 },
      { kind: 'image', ref: expect.objectContaining({ resolved: '0', registry: null, name: '0', tag: null }) },
    ]);
  });
  it('parses an image that is no stage', () => {
    expect(resolve('FROM alpine:3.20\nCOPY --from=ghcr.io/astral-sh/uv:latest /uv /uv\n')).toEqual([
      { kind: 'image', ref: expect.objectContaining({ registry: 'ghcr.io', name: 'astral-sh/uv', tag: 'latest', unresolved: false }) },
    ]);
  });
  it('expands no variable, not even a global ARG, in COPY or a mount (BuildKit refuses both)', () => {
    const text = 'ARG SRC=a\nFROM alpine:3.20 AS a\nFROM alpine:3.20\nARG SRC\nRUN --mount=from=$SRC,target=/a --mount=from=${SRC},target=/b true\n';
    expect(resolve(text)).toEqual([{ kind: 'unresolved', raw: '$SRC' }, { kind: 'unresolved', raw: '${SRC}' }]);
    expect(resolve('ARG SRC=a\nFROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --from=${SRC:-a} /a /a\n')).toEqual([{ kind: 'unresolved', raw: '${SRC:-a}' }]);
  });
  it('keeps a trailing $ as text, as BuildKit does', () => {
    expect(resolve('FROM alpine:3.20\nCOPY --from=tools$ /a /a\n')).toEqual([{ kind: 'image', ref: expect.objectContaining({ resolved: 'tools$' }) }]);
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
