/** Reading history entries of both builders back into Dockerfile terms, and aligning them with instructions. */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { historySteps, parseCreatedBy } from '../../src/image/history.js';
import { mapHistory } from '../../src/image/line-map.js';

describe('parseCreatedBy', () => {
  it.each([
    ['RUN /bin/sh -c apt-get update # buildkit', 'RUN', '/bin/sh -c apt-get update'],
    ['RUN |2 A=1 B=2 /bin/sh -c make # buildkit', 'RUN', '/bin/sh -c make'],
    ['COPY /app /app # buildkit', 'COPY', '/app /app'],
    ['ENV A=1', 'ENV', 'A=1'],
    ['/bin/sh -c #(nop) COPY file:66622fc909 in /bin/busybox ', 'COPY', 'file:66622fc909 in /bin/busybox'],
    ['/bin/sh -c #(nop)  ENV A=1', 'ENV', 'A=1'],
    ['/bin/sh -c #(nop) WORKDIR /w', 'WORKDIR', '/w'],
    ['/bin/sh -c make install', 'RUN', '/bin/sh -c make install'],
    ['|1 VERSION=2 /bin/sh -c make', 'RUN', '/bin/sh -c make'],
    ['', null, ''],
  ])('%j', (createdBy, keyword, text) => {
    expect(parseCreatedBy(createdBy)).toEqual({ keyword, text });
  });
});

describe('mapHistory', () => {
  const { model } = parseDockerfile('Dockerfile', [
    'FROM debian:12',
    'ARG V=1',
    'RUN apt-get update',
    'COPY app /app',
    'ENV MODE=prod',
    'RUN make -C /app',
    'USER 10001',
  ].join('\n'));
  const stage = model.finalStage!;

  it('skips the known base entries and matches the rest in order, ARG writing none under BuildKit', () => {
    const history = [
      { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' }, { created_by: '/bin/sh -c #(nop)  CMD ["bash"]', empty_layer: true },
      { created_by: 'RUN /bin/sh -c apt-get update # buildkit' }, { created_by: 'COPY app /app # buildkit' },
      { created_by: 'ENV MODE=prod', empty_layer: true }, { created_by: 'RUN /bin/sh -c make -C /app # buildkit' },
      { created_by: 'USER 10001', empty_layer: true },
    ];
    const mapped = mapHistory(model, stage, historySteps(history, 4), 2);
    expect(mapped.map((m) => [m.layer, m.instruction?.line ?? null, m.fromBase])).toEqual([
      [0, null, true], [null, null, true], [1, 3, false], [2, 4, false], [null, 5, false], [3, 6, false], [null, 7, false],
    ]);
  });

  it('leaves the base image at the front when its history is unknown (classic builder, ARG recorded)', () => {
    const history = [
      { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' }, { created_by: '/bin/sh -c apt-get install -y base-stuff' },
      { created_by: '/bin/sh -c #(nop)  ARG V=1', empty_layer: true }, { created_by: '|1 V=1 /bin/sh -c apt-get update' },
      { created_by: '/bin/sh -c #(nop) COPY file:123 in /app ' }, { created_by: '/bin/sh -c #(nop)  ENV MODE=prod', empty_layer: true },
      { created_by: '|1 V=1 /bin/sh -c make -C /app' }, { created_by: '/bin/sh -c #(nop)  USER 10001', empty_layer: true },
    ];
    const mapped = mapHistory(model, stage, historySteps(history, 5), null);
    expect(mapped.map((m) => [m.instruction?.line ?? null, m.fromBase])).toEqual([
      [null, true], [null, true], [2, false], [3, false], [4, false], [5, false], [6, false], [7, false],
    ]);
  });
});
