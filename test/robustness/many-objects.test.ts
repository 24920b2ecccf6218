/** Large but legal inputs: many objects, many findings. Nothing may overflow the stack or drop findings. */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { tree } from '../helpers/tmp.js';

const deployment = (i: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
spec:
  selector:
    matchLabels: {app: web-${i}}
  template:
    metadata:
      labels: {app: web-${i}}
    spec:
      containers:
        - name: web
          image: nginx
`;

describe('many objects in one manifest', () => {
  it('15,000 Deployments (about 3.5 MB) are all checked, each finding on its own line', async () => {
    const count = 15_000;
    const text = Array.from({ length: count }, (_, i) => deployment(i)).join('---\n');
    const root = tree({ 'big.yaml': text });
    const report = await run({ paths: ['.'], cwd: root, options: { 'namespace-missing': false } });
    expect(report.files).toEqual([{ file: 'big.yaml', type: 'kubernetes', error: null }]);
    const untagged = report.findings.filter((f) => f.ruleId === 'image-tag-missing');
    expect(untagged).toHaveLength(count);
    // Each document is 14 lines plus its `---` separator; the image line is the 14th of each.
    expect(untagged[0].line).toBe(14);
    expect(untagged[count - 1].line).toBe((count - 1) * 15 + 14);
  });
});
