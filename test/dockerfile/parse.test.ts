import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse.js';

const parse = (text: string) => parseDockerfile('Dockerfile', text);

describe('stages', () => {
  const { model, problems } = parse(
    [
      'ARG GO=1.22',
      'FROM golang:${GO} AS Build',
      'RUN go build -o /app .',
      'FROM alpine:3.20 AS unused',
      'FROM gcr.io/distroless/static:nonroot',
      'COPY --from=build /app /app',
    ].join('\n'),
  );
  it('parses without problems', () => expect(problems).toEqual([]));
  it('lower-cases aliases and resolves global ARGs in FROM', () => {
    expect(model.stages.map((s) => s.name)).toEqual(['build', 'unused', null]);
    expect(model.stages[0].from).toMatchObject({ raw: 'golang:${GO}', resolved: 'golang:1.22', name: 'golang', tag: '1.22', unresolved: false });
  });
  it('knows the final stage', () => expect(model.finalStage?.index).toBe(2));
  it('splits registry, name, tag and digest', () => {
    expect(model.stages[2].from).toMatchObject({ registry: 'gcr.io', name: 'distroless/static', tag: 'nonroot', digest: null });
  });
});

describe('ARG resolution', () => {
  it('leaves a variable without default unresolved', () => {
    const { model } = parse('ARG V\nFROM python:${V}-slim\n');
    expect(model.stages[0].from.unresolved).toBe(true);
  });
  it('applies ${V:-default}', () => {
    const { model } = parse('ARG V\nFROM python:${V:-3.12}-slim\n');
    expect(model.stages[0].from).toMatchObject({ resolved: 'python:3.12-slim', unresolved: false });
  });
  it('does not use stage ARGs in a later FROM', () => {
    const { model } = parse('FROM alpine:3.20\nARG X=1\nFROM busybox:${X}\n');
    expect(model.stages[1].from.unresolved).toBe(true);
  });
});

describe('instructions', () => {
  const text = [
    'FROM debian:12-slim', //1
    'RUN apt-get update \\', //2
    '  # a comment inside the continuation', //3
    '  && apt-get install -y --no-install-recommends curl \\', //4
    '  && rm -rf /var/lib/apt/lists/*', //5
    'RUN <<EOF', //6
    'set -e', //7
    'echo "two words" > /tmp/x', //8
    'EOF', //9
    'CMD ["node", "server.js"]', //10
    'ENTRYPOINT exec app 2>&1', //11
  ].join('\n');
  const { model, problems } = parse(text);
  const [, run1, run2, cmd, entry] = model.instructions;
  it('has no problems', () => expect(problems).toEqual([]));
  it('keeps line ranges of multi-line instructions', () => {
    expect([run1.line, run1.endLine]).toEqual([2, 5]);
    expect([run2.line, run2.endLine]).toEqual([6, 9]);
  });
  it('splits RUN into commands on their own lines, dropping continuation comments', () => {
    expect(run1.commands.map((c) => [c.line, c.argv[0], c.argv[1], c.next])).toEqual([
      [2, 'apt-get', 'update', '&&'],
      [4, 'apt-get', 'install', '&&'],
      [5, 'rm', '-rf', null],
    ]);
  });
  it('runs heredoc bodies as scripts with their own lines and redirects', () => {
    expect(run2.commands.map((c) => [c.line, c.argv])).toEqual([
      [7, ['set', '-e']],
      [8, ['echo', 'two words']],
    ]);
    expect(run2.commands[1].redirects).toEqual([{ op: '>', target: '/tmp/x' }]);
  });
  it('tells exec form from shell form', () => {
    expect([cmd.form, cmd.exec]).toEqual(['exec', ['node', 'server.js']]);
    expect(entry.form).toBe('shell');
    expect(entry.commands[0].redirects).toEqual([{ op: '2>&', target: '1' }]);
  });
});

describe('problems', () => {
  it('an unknown instruction is fatal at its line', () => {
    expect(parse('FROM alpine:3.20\nFOO bar\n').problems).toEqual([{ line: 2, message: "unknown instruction 'FOO'", fatal: true }]);
  });
  it('an unterminated heredoc is fatal at its line', () => {
    const { problems } = parse('FROM alpine:3.20\nRUN <<EOF\necho hi\n');
    expect(problems).toEqual([{ line: 2, message: "unterminated heredoc 'EOF'", fatal: true }]);
  });
  it('an unterminated quote is reported at the line it opens', () => {
    const { problems } = parse('FROM alpine:3.20\nRUN echo ok && \\\n  echo "never closed\n');
    expect(problems).toEqual([{ line: 3, message: 'unterminated quote in RUN', fatal: false }]);
  });
  it('an instruction before FROM is fatal', () => {
    expect(parse('RUN echo\nFROM alpine:3.20\n').problems[0]).toMatchObject({ line: 1, fatal: true });
  });
  it('CRLF and a BOM parse like plain text', () => {
    const { model, problems } = parse('\uFEFFFROM alpine:3.20\r\nRUN echo a \\\r\n  && echo b\r\n');
    expect(problems).toEqual([]);
    expect(model.instructions[1].commands.map((c) => [c.line, c.argv])).toEqual([[2, ['echo', 'a']], [3, ['echo', 'b']]]);
  });
  it('an empty file is clean', () => {
    expect(parse('').problems).toEqual([]);
    expect(parse('# only a comment\n').problems).toEqual([]);
  });
});

describe('shell comments', () => {
  it('a # inside a word is not a comment; one at a word start is', () => {
    const { model } = parseDockerfile('Dockerfile', 'FROM node:20\nRUN npm i git+https://example.com/r.git#v1 a#b # trailing note\n');
    expect(model.instructions[1].commands.map((c) => c.argv)).toEqual([['npm', 'i', 'git+https://example.com/r.git#v1', 'a#b']]);
  });
});

describe('shell compound commands', () => {
  const commandsOf = (run: string) => parseDockerfile('Dockerfile', `FROM debian:12-slim\n${run}\n`).model.instructions[1].commands.map((c) => [c.line, c.argv.join(' '), c.next]);
  it('a command after then, do, else, { or ! is the command, not the reserved word; fi, done and } are none', () => {
    expect(commandsOf('RUN if [ -f x ]; then apt-get install -y a; else echo no; fi && for p in a b; do pip install "$p"; done')).toEqual([
      [2, '[ -f x ]', ';'], [2, 'apt-get install -y a', ';'], [2, 'echo no', ';'], [2, 'pip install ${p}', ';'],
    ]);
    expect(commandsOf('RUN { apt-get update; } && ! grep -q x /etc/hosts && while read l; do echo "$l"; done < f')).toEqual([
      [2, 'apt-get update', ';'], [2, 'grep -q x /etc/hosts', '&&'], [2, 'read l', ';'], [2, 'echo ${l}', ';'],
    ]);
  });
  it('a pipe or redirect after done, fi, } or esac belongs to the compound: its last command feeds it', () => {
    expect(commandsOf('RUN for f in a b; do echo "$f"; done | tee /tmp/x')).toEqual([[2, 'echo ${f}', '|'], [2, 'tee /tmp/x', null]]);
    expect(commandsOf('RUN case $x in a) echo a ;; esac | tee y')).toEqual([[2, 'echo a', '|'], [2, 'tee y', null]]);
    expect(parseDockerfile('Dockerfile', 'FROM a\nRUN if true; then make; fi > build.log\n').model.instructions[1].commands[1].redirects).toEqual([{ op: '>', target: 'build.log' }]);
  });
  it('a for list ends with its line, its $( … ) does not end it, and ;& falls through to the next branch', () => {
    const heredoc = parseDockerfile('Dockerfile', 'FROM a\nRUN <<EOF\nfor i in a b\ndo\n  apt-get install -y foo\ndone\necho hi; ls\nEOF\n').model.instructions[1].commands;
    expect(heredoc.map((c) => [c.line, c.argv.join(' ')])).toEqual([[5, 'apt-get install -y foo'], [7, 'echo hi'], [7, 'ls']]);
    expect(commandsOf('RUN for d in $(cd /src && ls); do make -C "$d"; done')).toEqual([[2, 'make -C ${d}', ';']]);
    expect(commandsOf('RUN case $x in a) apk add a ;& b) apk add b ;; esac')).toEqual([[2, 'apk add a', ';'], [2, 'apk add b', ';']]);
  });
  it('case: patterns are no commands and their | is no pipe; each branch\'s commands keep their lines', () => {
    expect(commandsOf('RUN case "$(uname -m)" in \\\n  x86_64|aarch64) echo ok ;; \\\n  *) uname -a | tr a b ;; \\\n  esac && echo done')).toEqual([
      [3, 'echo ok', ';'], [4, 'uname -a', '|'], [4, 'tr a b', ';'], [5, 'echo done', null],
    ]);
  });
});
