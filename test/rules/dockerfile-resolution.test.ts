/**
 * Rules that read ARG/ENV values or `--from` references, on the cases where the shared resolver (stage-values) and
 * the one `--from` reader and resolver (queries' fromReferences, resolveFrom) decide the outcome: rule id and lines.
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { emptyConfig } from '../../src/config/schema.js';

function hits(ruleId: string, text: string, options: Record<string, unknown> = {}): [string, number][] {
  const config = emptyConfig();
  config.rules[ruleId] = { enabled: true };
  config.options = options;
  const notices: string[] = [];
  const found = lintDockerfile('Dockerfile', text, config, notices).findings.filter((f) => f.ruleId === ruleId);
  expect(notices).toEqual([]);
  return found.map((f) => [f.ruleId, f.line]);
}

describe('variables', () => {
  it('an ARG of the stage built FROM is resolved (expose-port-out-of-range)', () => {
    expect(hits('expose-port-out-of-range', 'FROM alpine:3.20 AS base\nARG PORT=80800\nFROM base\nEXPOSE $PORT\n')).toEqual([['expose-port-out-of-range', 4]]);
  });
  it('a global ARG the stage does not re-declare is unknown (expose-port-out-of-range)', () => {
    expect(hits('expose-port-out-of-range', 'ARG PORT=80800\nFROM alpine:3.20\nEXPOSE $PORT\n')).toEqual([]);
  });
  it('a re-declared global ARG takes its default (expose-port-out-of-range)', () => {
    expect(hits('expose-port-out-of-range', 'ARG PORT=80800\nFROM alpine:3.20\nARG PORT\nEXPOSE $PORT\n')).toEqual([['expose-port-out-of-range', 4]]);
  });
  it('an ENV value is resolved where it is used (workdir-relative)', () => {
    expect(hits('workdir-relative', 'FROM alpine:3.20\nENV DIR="app"\nWORKDIR $DIR\n')).toEqual([['workdir-relative', 3]]);
  });
  it('a global default built from another global resolves FROM (image-tag-latest)', () => {
    expect(hits('image-tag-latest', 'ARG TAG=latest\nARG IMAGE=nginx:$TAG\nFROM $IMAGE\n')).toEqual([['image-tag-latest', 3]]);
  });
  it('a name used in the ENV that sets it, unknown before (env-self-reference)', () => {
    expect(hits('env-self-reference', 'FROM alpine:3.20\nENV A=/app B=$A/bin\n')).toEqual([['env-self-reference', 2]]);
    expect(hits('env-self-reference', 'FROM alpine:3.20 AS base\nARG A=/srv\nFROM base\nENV A=/app B=$A/bin\n')).toEqual([]);
  });
});

describe('--from references', () => {
  it('a RUN mount from an untrusted registry (untrusted-registry)', () => {
    const text = 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nRUN --mount=type=bind,from=quay.io/acme/tools:1.0,target=/t true\n';
    expect(hits('untrusted-registry', text, { 'trusted-registries': ['docker.io'] })).toEqual([['untrusted-registry', 4]]);
  });
  it('a COPY --from image on :latest (image-tag-latest)', () => {
    expect(hits('image-tag-latest', 'FROM alpine:3.20\nCOPY --from=nginx:latest /etc/nginx /etc/nginx\n')).toEqual([['image-tag-latest', 2]]);
  });
  it('a mount key in capitals still names a stage (copy-from-unknown-stage)', () => {
    const text = 'FROM golang:1.22 AS build\nFROM alpine:3.20\nRUN --mount=type=bind,FROM=biuld,target=/b true\n';
    expect(hits('copy-from-unknown-stage', text)).toEqual([['copy-from-unknown-stage', 3]]);
  });
  it('a variable in --from names nothing docker build can use: copy-from-unknown-stage, not copy-from-own-stage', () => {
    const text = 'FROM alpine:3.20 AS app\nARG SELF=app\nCOPY --from=$SELF /a /b\n';
    expect(hits('copy-from-own-stage', text)).toEqual([]);
    expect(hits('copy-from-unknown-stage', text)).toEqual([['copy-from-unknown-stage', 3]]);
  });
  it('a mount takes no stage index: its own index is an image (copy-from-own-stage, copy-from-unknown-stage)', () => {
    const text = 'FROM alpine:3.20\nRUN --mount=from=0,target=/t true\n';
    expect(hits('copy-from-own-stage', text)).toEqual([]);
    expect(hits('copy-from-unknown-stage', text)).toEqual([['copy-from-unknown-stage', 2]]);
  });
  it('a --from naming a stage is no image, even a later one (untrusted-registry)', () => {
    const text = 'FROM ghcr.io/acme/base:1 AS build\nCOPY --from=build /a /a\nCOPY --from=1 /a /a\nCOPY --from=assets /a /a\nFROM ghcr.io/acme/base:1 AS assets\n';
    expect(hits('untrusted-registry', text, { 'trusted-registries': ['ghcr.io'] })).toEqual([]);
  });
  it('an untagged COPY --from and mount image, never a stage, a misspelt stage or a variable (image-tag-missing)', () => {
    const text = 'ARG T=busybox\nFROM alpine:3.20 AS build\nCOPY --from=busybox /a /a\nRUN --mount=from=BUILD,target=/b --mount=from=$T,target=/t true\nCOPY --from=assets /a /a\nRUN --mount=from=ghcr.io/acme/tools,target=/t true\nFROM scratch AS assets\nCOPY --from=biuld /a /a\n';
    expect(hits('image-tag-missing', text)).toEqual([['image-tag-missing', 3], ['image-tag-missing', 6]]);
    // Each rule says its own part: no such stage (the image is pulled), and no tag.
    expect(hits('copy-from-unknown-stage', text).filter(([, line]) => line === 3 || line === 8)).toEqual([['copy-from-unknown-stage', 3], ['copy-from-unknown-stage', 8]]);
  });
  it('a RUN mount image on :latest (image-tag-latest)', () => {
    expect(hits('image-tag-latest', 'FROM alpine:3.20\nRUN --mount=from=alpine:latest,target=/a true\n')).toEqual([['image-tag-latest', 2]]);
  });
  it('a whole filesystem copied from another stage (copy-entire-filesystem)', () => {
    expect(hits('copy-entire-filesystem', 'FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build / /\n')).toEqual([['copy-entire-filesystem', 3]]);
  });
});

describe('ONBUILD RUN', () => {
  it('is checked on the line of the command, as a RUN is (apt-get-missing-yes)', () => {
    const text = 'FROM debian:12-slim\nONBUILD RUN apt-get update && \\\n    apt-get install curl\n';
    expect(hits('apt-get-missing-yes', text)).toEqual([['apt-get-missing-yes', 3]]);
  });
});

describe('shell-form-command advice', () => {
  const messages = (text: string) => lintDockerfile('Dockerfile', text, emptyConfig(), []).findings.filter((f) => f.ruleId === 'shell-form-command').map((f) => `${f.line} ${f.message}`);
  it('never suggests ["exec", …] (a shell builtin), and names invalid JSON for what it is', () => {
    const found = messages('FROM node:20-slim\nENTRYPOINT exec node server.js\ncmd [\'node\', \'a.js\']\nUSER 1000\n');
    expect(found[0]).toMatch(/^2 ENTRYPOINT uses shell form; `exec` hands PID 1 to the app, .*: use exec form: ENTRYPOINT \["node", …\]$/);
    expect(found[1]).toBe('3 CMD is meant as exec form but is not valid JSON (strings need double quotes), so Docker runs it through /bin/sh: write CMD ["…", "…"] with double quotes');
  });
  it('takes `[ -f x ]` for the shell\'s test command, and names cmd as PID 1 on Windows', () => {
    expect(messages('FROM alpine:3.20\nCMD [ -f /x ] && exec app\n')[0]).toMatch(/^2 CMD uses shell form, so \/bin\/sh is PID 1/);
    expect(messages('FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8\nCMD run.cmd\n')[0]).toMatch(/^2 CMD uses shell form, so cmd is PID 1/);
  });
});

describe('chmod-in-separate-layer advice', () => {
  const messages = (text: string) => lintDockerfile('Dockerfile', text, emptyConfig(), []).findings.filter((f) => f.ruleId === 'chmod-in-separate-layer').map((f) => `${f.line} ${f.message}`);
  it('names the latest COPY that wrote the file, and warns that --chown cannot name a user made after it', () => {
    const found = messages('FROM debian:12-slim\nCOPY app/ /home/app/\nRUN useradd --create-home app && chown -R app:app /home/app\nWORKDIR /src\nCOPY gradlew build.gradle ./\nCOPY . .\nRUN chmod +x gradlew\nUSER 1000\n');
    expect(found).toEqual([
      '3 chown on /home/app rewrites files the COPY on line 2 wrote, storing them twice; set it while copying with COPY --chown=app:app (create user app before that COPY, or give numeric ids: --chown resolves names when it runs)',
      '7 chmod on /src/gradlew rewrites files the COPY on line 6 wrote, storing them twice; set it while copying with COPY --chmod=755',
    ]);
  });
});
