/** action.yml stays in step with the code: every input read is declared, every declared input is read, same for outputs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './helpers/run-action.js';

const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const dir = join(ROOT, 'src', 'action');
const source = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
const names = (pattern: RegExp) => [...new Set([...source.matchAll(pattern)].map((m) => m[1]))].sort();

describe('action.yml', () => {
  it('declares exactly the inputs the action reads', () => {
    expect(names(/(?:getInput|oneOf|bool|optional)\('([a-z-]+)'/g)).toEqual(Object.keys(action.inputs).sort());
  });

  it('declares exactly the outputs the action sets', () => {
    expect(names(/setOutput\('([a-z-]+)'/g)).toEqual(Object.keys(action.outputs).sort());
  });
});
