/**
 * The base image of a build with its build args: a global ARG default written with another global follows a build
 * arg that overrides that global (BuildKit's order), an override of the global itself wins, and the image stage
 * finds the base image by that name — the layers an ONBUILD trigger of the base adds are then the build's own.
 */
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import type { Report } from '../../src/core/types.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { baseImageRef, globalArgValues } from '../../src/image/base-ref.js';
import { BUSYBOX, describeEngine, docker, makeContext, removeDir, removeImages } from './engine.js';

const B = statSync(BUSYBOX).size;

function model(text: string) {
  const parsed = parseDockerfile('Dockerfile', text);
  expect(parsed.problems).toEqual([]);
  return parsed.model;
}

describe('baseImageRef', () => {
  const globals = model('ARG BASE=alpine\nARG TAG=3.19\nARG IMAGE=$BASE:${TAG}\nARG UNSET\nFROM $IMAGE AS build\nRUN true\nFROM build\n');
  const last = globals.finalStage!;

  it('is the parse-time default without build args', () => {
    expect(baseImageRef(globals, last, {})).toBe('alpine:3.19');
  });

  it('expands later defaults with an overridden global', () => {
    expect(baseImageRef(globals, last, { BASE: 'debian' })).toBe('debian:3.19');
    expect(baseImageRef(globals, last, { BASE: 'debian', TAG: '12' })).toBe('debian:12');
    expect([...globalArgValues(globals, { TAG: '12' })]).toEqual([['BASE', 'alpine'], ['TAG', '12'], ['IMAGE', 'alpine:12'], ['UNSET', undefined]]);
  });

  it('takes an override of the global itself as given, whatever the globals before it', () => {
    expect(baseImageRef(globals, last, { BASE: 'debian', IMAGE: 'busybox:1.36' })).toBe('busybox:1.36');
    // Not expanded: BuildKit uses a build arg's value as it is.
    expect(globalArgValues(globals, { IMAGE: '$BASE' }).get('IMAGE')).toBe('$BASE');
  });

  it('reads only declared globals, in order', () => {
    // A build arg with no global ARG does not reach FROM; a default sees only the globals before it.
    expect(baseImageRef(model('FROM $IMAGE\n'), model('FROM $IMAGE\n').finalStage!, { IMAGE: 'alpine' })).toBeNull();
    const before = model('ARG IMAGE=${BASE:-scratch}\nARG BASE=alpine\nFROM $IMAGE\n');
    expect(baseImageRef(before, before.finalStage!, {})).toBe('scratch');
    expect(baseImageRef(before, before.finalStage!, { BASE: 'debian' })).toBe('scratch');
    // A bare ARG keeps the default set before it, and an override replaces it.
    const bare = model('ARG BASE=alpine\nARG BASE\nARG IMAGE=$BASE:1\nFROM $IMAGE\n');
    expect([baseImageRef(bare, bare.finalStage!, {}), baseImageRef(bare, bare.finalStage!, { BASE: 'debian' })]).toEqual(['alpine:1', 'debian:1']);
  });

  it('is null while a variable has no value', () => {
    const open = model('ARG NAME\nFROM $NAME\n');
    expect(baseImageRef(open, open.finalStage!, {})).toBeNull();
    expect(baseImageRef(open, open.finalStage!, { NAME: 'scratch' })).toBe('scratch');
  });
});

describeEngine('the base image of a build whose FROM is a global built from an overridden global', () => {
  // The base image: busybox, and an ONBUILD trigger that adds 3000 bytes to every image built FROM it.
  const BASE = `shipshape-test-globals/base:${process.pid}`;
  const dirs: string[] = [];
  const reports: Report[] = [];
  let report: Report;

  beforeAll(async () => {
    const baseDir = makeContext('FROM scratch\nCOPY busybox /bin/busybox\nSHELL ["/bin/busybox", "sh", "-c"]\nONBUILD RUN dd if=/dev/zero of=/onbuild bs=1000 count=3\n');
    dirs.push(baseDir);
    docker(['build', '--network', 'none', '--quiet', '--tag', BASE, baseDir]);
    // Without the build arg, IMAGE names an image that does not exist.
    const dir = makeContext(`ARG REPO=shipshape-test-globals/missing\nARG IMAGE=\${REPO}:${process.pid}\nFROM $IMAGE\nRUN dd if=/dev/zero of=/own bs=1000 count=2\n`);
    dirs.push(dir);
    writeFileSync(join(dir, '.shipshape.yml'), 'options:\n  build:\n    - dockerfile: Dockerfile\n      build-args: {REPO: shipshape-test-globals/base}\n');
    report = await run({ paths: [dir], cwd: dir, build: { builder: 'classic', network: 'none', log: null } });
    reports.push(report);
  });

  afterAll(() => {
    for (const image of reports.flatMap((r) => r.images ?? [])) removeImages(image.tag);
    spawnSync('docker', ['image', 'rm', BASE], { stdio: 'ignore' });
    for (const dir of dirs) removeDir(dir);
  });

  it('counts only the base image\'s own layers as the base: the ONBUILD layer is the build\'s', () => {
    expect(report.findings.filter((f) => f.ruleId === 'build-failed')).toEqual([]);
    const [image] = report.images ?? [];
    // Had IMAGE kept its parse-time default, the base would be unknown and the trigger's layer, matching no line
    // before the first one that matches, would be taken for the base's.
    expect(image.layers.map((l) => [l.line, l.sizeBytes, l.fromBase])).toEqual([
      [null, B, true],
      [null, 3000, false],
      [4, 2000, false],
    ]);
  });
});
