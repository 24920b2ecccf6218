/**
 * Fixture conventions: test/fixtures/<target>/<rule-id>/{fires,silent}-<what>.<ext>.
 * A `fires-` file declares its expected findings of that rule on its first line:
 * `# expect-lines: 4, 7-9` (line 4; and a finding spanning lines 7 to 9). A `silent-` file must give none.
 * Either kind may add `# options: {…}` (JSON rule options) and `# expect-rule: SC2154` (the id to count, for a rule
 * that reports under a family of ids) among its first lines.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Fixture {
  ruleId: string;
  name: string;
  path: string;
  text: string;
  fires: boolean;
  /** [line, endLine] pairs, sorted. */
  expected: [number, number][];
  /** `# options: {json}` among the leading comments: rule options the fixture needs (a label schema, trusted registries). */
  options: Record<string, unknown>;
  /** `# expect-rule: SC2154`: the finding id to count, for rules that speak for a family of ids (ShellCheck). */
  expectRule?: string;
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function loadFixtures(target: string): Fixture[] {
  const root = join(FIXTURES, target);
  if (!existsSync(root)) return [];
  return readdirSync(root).sort().flatMap((ruleId) =>
    readdirSync(join(root, ruleId)).sort().map((name) => {
      const path = join(root, ruleId, name);
      const text = readFileSync(path, 'utf8');
      const header = /expect-lines:\s*([0-9,\s-]+)/.exec(text.split('\n')[0] ?? '');
      const expected = header
        ? header[1].split(',').map((s) => s.trim()).filter(Boolean).map((s): [number, number] => {
            const [a, b] = s.split('-').map(Number);
            return [a, b ?? a];
          })
        : [];
      const leading = text.split('\n').filter((l, i) => i < 5 && l.startsWith('#'));
      const optionsLine = leading.map((l) => /^#\s*options:\s*(\{.*\})\s*$/.exec(l)?.[1]).find(Boolean);
      const options = optionsLine ? (JSON.parse(optionsLine) as Record<string, unknown>) : {};
      const expectRule = leading.map((l) => /^#\s*expect-rule:\s*(\S+)/.exec(l)?.[1]).find(Boolean);
      return { ruleId, name, path, text, fires: name.startsWith('fires-'), expected, options, expectRule };
    }),
  );
}
