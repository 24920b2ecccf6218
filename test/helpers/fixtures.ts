/**
 * Fixture conventions: test/fixtures/<target>/<rule-id>/{fires,silent}-<what>.<ext>.
 * A `fires-` file declares its expected findings of that rule on its first line:
 * `# expect-lines: 4, 7-9` (line 4; and a finding spanning lines 7 to 9). A `silent-` file must give none.
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
      return { ruleId, name, path, text, fires: name.startsWith('fires-'), expected };
    }),
  );
}
