/**
 * A project-wide rule that every configuration turns off is not run at all (schema-invalid would otherwise load the
 * validators and check every object, to drop each finding): and one that some directory keeps on still reports
 * there. Its own file, so no other test has loaded the validators before.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { schemasLoaded } from '../../src/kubernetes/schema.js';
import { tree } from '../helpers/tmp.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports: [{containerport: 80}]\n';

describe('project rules turned off', () => {
  it('do not run when every config turns them off, and still report where one keeps them on', async () => {
    const off = tree({ '.shipshape.yml': 'rules:\n  schema-invalid: off\n', 'a/pod.yaml': POD, 'b/pod.yaml': POD });
    const quiet = await run({ paths: ['.'], cwd: off });
    expect(quiet.findings.filter((f) => f.ruleId === 'schema-invalid')).toEqual([]);
    expect(schemasLoaded()).toBe(false);

    const mixed = tree({ '.shipshape.yml': 'rules:\n  schema-invalid: off\n', 'a/pod.yaml': POD, 'b/.shipshape.yml': 'rules:\n  schema-invalid: error\n', 'b/pod.yaml': POD });
    const report = await run({ paths: ['.'], cwd: mixed });
    expect(report.findings.filter((f) => f.ruleId === 'schema-invalid').map((f) => `${f.file}:${f.line}`)).toEqual(['b/pod.yaml:8']);
    expect(schemasLoaded()).toBe(true);
  });
});
