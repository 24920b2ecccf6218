/**
 * ARG and ENV values as BuildKit resolves them (frontend/dockerfile/dockerfile2llb: buildMetaArgs, dispatchArg,
 * dispatchEnv, dispatchState.init; shell/lex.go for quotes), read through stage-values, the one resolver.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { variableNamesBefore, variablesBefore, workdirBefore } from '../../src/dockerfile/stage-values.js';
import { keyValues, processWord } from '../../src/dockerfile/words.js';

/** The value of `name` at the end of the last stage of `text`: a string, undefined (declared, set only at build time) or 'unset'. */
function valueAtEnd(text: string, name: string): string | undefined {
  const { model } = parseDockerfile('Dockerfile', text);
  const vars = variablesBefore(model, model.stages[model.stages.length - 1]);
  return vars.has(name) ? vars.get(name) : 'unset';
}

describe('global ARGs (before the first FROM)', () => {
  it('are not visible in a stage that does not re-declare them', () => {
    expect(valueAtEnd('ARG V=1\nFROM alpine:3.20\n', 'V')).toBe('unset');
  });
  it('a bare `ARG NAME` in the stage takes the global default', () => {
    expect(valueAtEnd('ARG V=1\nFROM alpine:3.20\nARG V\n', 'V')).toBe('1');
  });
  it('a stage ARG with its own default overrides the global one', () => {
    expect(valueAtEnd('ARG V=1\nFROM alpine:3.20\nARG V=2\n', 'V')).toBe('2');
  });
  it('a bare ARG with no global default is declared but has no value before the build', () => {
    expect(valueAtEnd('FROM alpine:3.20\nARG V\n', 'V')).toBeUndefined();
  });
  it('a global default may use the global ARGs before it', () => {
    const { model } = parseDockerfile('Dockerfile', 'ARG A=3.20\nARG IMAGE="alpine:$A"\nFROM ${IMAGE}\n');
    expect(model.globalArgs.get('IMAGE')).toBe('alpine:3.20');
    expect(model.stages[0].from).toMatchObject({ resolved: 'alpine:3.20', tag: '3.20', unresolved: false });
  });
  it('a bare global ARG after one with a default keeps the default', () => {
    expect(parseDockerfile('Dockerfile', 'ARG A=1\nARG A\nFROM alpine:3.20\n').model.globalArgs.get('A')).toBe('1');
  });
});

describe('stage ARGs', () => {
  it('reach a stage built FROM the stage that declares them (BuildKit copies the whole state)', () => {
    expect(valueAtEnd('FROM alpine:3.20 AS base\nARG V=1\nFROM base\n', 'V')).toBe('1');
  });
  it('do not reach an unrelated later stage', () => {
    expect(valueAtEnd('FROM alpine:3.20 AS base\nARG V=1\nFROM alpine:3.20\n', 'V')).toBe('unset');
  });
  it('take their values one by one: a later default sees an earlier one of the same ARG', () => {
    expect(valueAtEnd('FROM alpine:3.20\nARG A=1 B=$A\n', 'B')).toBe('1');
  });
  it('a bare ARG without a global default keeps an ENV of the same name', () => {
    expect(valueAtEnd('FROM alpine:3.20\nENV V=1\nARG V\n', 'V')).toBe('1');
  });
  it('a bare ARG with a global default replaces an ENV of the same name', () => {
    expect(valueAtEnd('ARG V=g\nFROM alpine:3.20\nENV V=1\nARG V\n', 'V')).toBe('g');
  });
});

describe('ENV', () => {
  it('is expanded where it is declared, not where it is used', () => {
    expect(valueAtEnd('FROM alpine:3.20\nENV A=1\nENV B=$A\nENV A=2\n', 'B')).toBe('1');
  });
  it('expands every value of one ENV before setting any', () => {
    expect(valueAtEnd('FROM alpine:3.20\nENV A=0\nENV A=1 B=$A\n', 'B')).toBe('0');
  });
  it('is inherited through FROM <stage>', () => {
    expect(valueAtEnd('FROM alpine:3.20 AS base\nENV A=1\nFROM base\n', 'A')).toBe('1');
  });
  it('reads the legacy `ENV NAME value with spaces` form', () => {
    expect(valueAtEnd('FROM alpine:3.20\nENV A some value\n', 'A')).toBe('some value');
  });
  it('is known only after its line', () => {
    const { model } = parseDockerfile('Dockerfile', 'FROM alpine:3.20\nRUN true\nENV A=1\nRUN true\n');
    const [stage] = model.stages;
    const [first, , last] = stage.instructions;
    expect(variableNamesBefore(model, stage, first)).toEqual([]);
    expect(variableNamesBefore(model, stage, last)).toEqual(['A']);
  });
});

describe('quotes and escapes in ENV and ARG values', () => {
  it('double quotes are removed', () => {
    expect(valueAtEnd('FROM alpine:3.20\nENV A="x y"\n', 'A')).toBe('x y');
  });
  it('single quotes are removed', () => {
    expect(valueAtEnd("FROM alpine:3.20\nARG A='x y'\n", 'A')).toBe('x y');
  });
  it('nothing is expanded inside single quotes', () => {
    expect(valueAtEnd("FROM alpine:3.20\nENV A=1\nENV B='$A'\n", 'B')).toBe('$A');
  });
  it('variables are expanded inside double quotes', () => {
    expect(valueAtEnd('FROM alpine:3.20\nENV A=1\nENV B="<$A>"\n', 'B')).toBe('<1>');
  });
  it('an escaped $ is a literal dollar sign', () => {
    expect(valueAtEnd('FROM alpine:3.20\nENV A=1\nENV B=\\$A\n', 'B')).toBe('$A');
  });
  it('an escaped blank belongs to the value', () => {
    expect(valueAtEnd('FROM alpine:3.20\nENV A=x\\ y\n', 'A')).toBe('x y');
  });
  it('with `# escape=`` a backslash is an ordinary character', () => {
    expect(valueAtEnd('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nENV P=C:\\app\n', 'P')).toBe('C:\\app');
  });
  it('a quoted WORKDIR is read the same way', () => {
    const { model } = parseDockerfile('Dockerfile', 'FROM alpine:3.20\nENV D=srv\nWORKDIR "/$D/my app"\n');
    expect(workdirBefore(model, model.stages[0])).toBe('/srv/my app');
  });
});

describe('processWord', () => {
  it('inside double quotes an escape only takes ", $ and itself', () => {
    expect(processWord('"a\\nb\\"c"').text).toBe('a\\nb"c');
  });
  it('reports a variable without a value', () => {
    expect(processWord('x-$A', new Map())).toEqual({ text: 'x-${A}', unresolved: true });
  });
  it('keyValues keeps the raw value beside the read one', () => {
    const { model } = parseDockerfile('Dockerfile', 'FROM alpine:3.20\nARG A="x y" B\n');
    expect(keyValues(model.stages[0].instructions[0], model.escapeChar)).toEqual([
      { name: 'A', raw: '"x y"', value: 'x y' },
      { name: 'B', raw: undefined, value: undefined },
    ]);
  });
});
