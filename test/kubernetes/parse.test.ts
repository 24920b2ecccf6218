/** The manifest parser: which files are manifests, which objects they hold, and the exact line of any field. */
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../src/kubernetes/parse.js';
import { podSpecOf } from '../../src/kubernetes/pods.js';
import { readFast } from '../../src/kubernetes/read-fast.js';
import { readRecovering } from '../../src/kubernetes/read-recover.js';

const DEPLOYMENT = `# leading comment
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/acme/migrate:1.0
      containers:
        - name: web
          image: ghcr.io/acme/web:1.4.2
          ports:
            - containerPort: 8080
        - image: ghcr.io/acme/proxy:2.0
          name: proxy
`;

describe('objects', () => {
  it('reads a Deployment with its identity and range', () => {
    const { objects, problems, isManifest } = parseManifests('d.yaml', DEPLOYMENT);
    expect(isManifest).toBe(true);
    expect(problems).toEqual([]);
    expect(objects).toHaveLength(1);
    const [o] = objects;
    expect([o.file, o.document, o.apiVersion, o.kind, o.name, o.namespace]).toEqual(['d.yaml', 0, 'apps/v1', 'Deployment', 'web', 'shop']);
    expect([o.line, o.endLine]).toEqual([2, 19]);
  });

  it('gives the key line of a field, the first line of an array item, the nearest ancestor of a missing field', () => {
    const [o] = parseManifests('d.yaml', DEPLOYMENT).objects;
    const containers = ['spec', 'template', 'spec', 'containers'];
    expect(o.lineOf(['apiVersion'])).toBe(2);
    expect(o.lineOf(['metadata', 'namespace'])).toBe(6);
    expect(o.lineOf([...containers, 0])).toBe(14);
    expect(o.lineOf([...containers, 0, 'image'])).toBe(15);
    expect(o.lineOf([...containers, 0, 'ports', 0, 'containerPort'])).toBe(17);
    // An item whose first key is not `name`: still the `- ` line.
    expect(o.lineOf([...containers, 1])).toBe(18);
    expect(o.lineOf([...containers, 1, 'name'])).toBe(19);
    // Missing: resources → the container's line; a missing index → the list's key.
    expect(o.lineOf([...containers, 0, 'resources', 'limits', 'memory'])).toBe(14);
    expect(o.lineOf([...containers, 5, 'image'])).toBe(13);
    expect(o.lineOf(['spec', 'template', 'metadata', 'labels'])).toBe(8);
  });

  it('finds containers, init containers included, with their paths', () => {
    const [o] = parseManifests('d.yaml', DEPLOYMENT).objects;
    const pod = podSpecOf(o)!;
    expect(pod.path).toEqual(['spec', 'template', 'spec']);
    expect(pod.containers.map((c) => [c.name, c.init, o.lineOf(c.path)])).toEqual([['migrate', true, 11], ['web', false, 14], ['proxy', false, 18]]);
  });

  it('splits multi-document files and keeps document indexes (empty documents count)', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: b\n';
    const { objects } = parseManifests('m.yaml', text);
    expect(objects.map((o) => [o.kind, o.name, o.document, o.line, o.endLine, o.lineOf(['metadata', 'name'])])).toEqual([
      ['ConfigMap', 'a', 0, 1, 3, 3],
      ['Secret', 'b', 2, 6, 9, 9],
    ]);
  });

  it('unpacks kind: List items, each with its own lines; the List itself is no object', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: web\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n';
    const { objects } = parseManifests('l.yaml', text);
    expect(objects.map((o) => [o.kind, o.line, o.endLine, o.lineOf(['apiVersion']), o.lineOf(['metadata', 'name'])])).toEqual([
      ['Service', 4, 7, 4, 7],
      ['Deployment', 8, 11, 8, 11],
    ]);
  });

  it('resolves anchors, aliases and merge keys; a merged field points where it is written', () => {
    const text = [
      'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:',
      '    - &base', '      name: web', '      image: nginx:1.27', '      securityContext: &sc', '        runAsNonRoot: true',
      '    - <<: *base', '      name: copy', '      securityContext: *sc', '',
    ].join('\n');
    const [o] = parseManifests('a.yaml', text).objects;
    const copy = podSpecOf(o)!.containers[1];
    expect(copy.value).toEqual({ name: 'copy', image: 'nginx:1.27', securityContext: { runAsNonRoot: true } });
    expect(o.lineOf([...copy.path, 'name'])).toBe(13);
    expect(o.lineOf([...copy.path, 'image'])).toBe(9);
    expect(o.lineOf([...copy.path, 'securityContext', 'runAsNonRoot'])).toBe(11);
  });

  it('reads YAML 1.1 as Kubernetes does: yes is true, dates stay text', () => {
    const [o] = parseManifests('y.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {released: 2024-01-31}\nspec:\n  hostNetwork: yes\n').objects;
    expect((o.value.spec as { hostNetwork: unknown }).hostNetwork).toBe(true);
    expect((o.value.metadata as { labels: { released: unknown } }).labels.released).toBe('2024-01-31');
  });

  it('reads JSON manifests with lines, tabs and all', () => {
    const text = '{\n\t"apiVersion": "v1",\n\t"kind": "Pod",\n\t"metadata": {"name": "j"},\n\t"spec": {\n\t\t"containers": [\n\t\t\t{\n\t\t\t\t"name": "a",\n\t\t\t\t"image": "b"\n\t\t\t}\n\t\t]\n\t}\n}\n';
    const { objects, problems } = parseManifests('p.json', text);
    expect(problems).toEqual([]);
    const [o] = objects;
    expect([o.kind, o.line, o.endLine]).toEqual(['Pod', 1, 13]);
    expect(o.lineOf(['spec', 'containers', 0])).toBe(7);
    expect(o.lineOf(['spec', 'containers', 0, 'image'])).toBe(9);
  });
});

describe('files that are not manifests are skipped', () => {
  const skipped = {
    'a GitHub workflow': 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
    'a compose file': 'services:\n  web:\n    image: nginx\n',
    'a Helm values.yaml': 'image:\n  repository: nginx\n  tag: latest\n',
    'a Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
    'a kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\n',
    'a package.json': '{"name": "web", "version": "1.0.0"}\n',
    'a skaffold.yaml': 'apiVersion: skaffold/v4beta6\nkind: Config\nbuild: {artifacts: [{image: web}]}\n',
    'a kubeconfig': 'apiVersion: v1\nkind: Config\nclusters: []\nusers: []\n',
    'an API server audit policy': 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: Metadata}]\n',
    'an encryption config': 'apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources: []\n',
    'a kubelet config': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n',
    'an eksctl cluster config': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: prod, region: eu-west-1}\n',
    'broken YAML that is no manifest': 'a: [\n',
    'an empty file': '',
  };
  for (const [what, text] of Object.entries(skipped)) {
    it(what, () => expect(parseManifests('x.yaml', text).isManifest).toBe(false));
  }
});

describe('broken documents', () => {
  it('are a problem at their line; the other documents are still read', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  name: c\n---\napiVersion: v1\nkind: Secret\nmetadata:\n\tname: d\n---\napiVersion: v1\nkind: Service\nmetadata: {name: e}\n';
    const { objects, problems, isManifest } = parseManifests('b.yaml', text);
    expect(isManifest).toBe(true);
    expect(problems.map((p) => p.line)).toEqual([9, 14]);
    expect(problems[0].message).toMatch(/unique/);
    expect(problems[1].message).toMatch(/[Tt]ab/);
    // A duplicate key leaves the document whole (the last value wins, as kubectl read it before turning strict), so it
    // is still checked; a tab in the indentation leaves nothing to check.
    expect(objects.map((o) => [o.kind, o.name, o.document, o.line, o.lineOf(['metadata', 'name'])])).toEqual([
      ['ConfigMap', 'a', 0, 1, 3], ['Pod', 'c', 1, 5, 9], ['Service', 'e', 3, 16, 18],
    ]);
  });

  it('a broken manifest with no readable document is still a manifest (so its error is reported)', () => {
    const { problems, isManifest } = parseManifests('c.yaml', 'apiVersion: v1\nkind: Pod\nspec: [\n');
    expect(isManifest).toBe(true);
    expect(problems).toHaveLength(1);
  });
});

describe('the two readers agree', () => {
  it('on values and lines, so the recovery path is as exact as the fast one', () => {
    const fast = readFast(DEPLOYMENT)!;
    const slow = readRecovering(DEPLOYMENT);
    expect(fast.map((d) => d.value)).toEqual(slow.map((d) => d.value));
    const paths = [['kind'], ['spec', 'template', 'spec', 'containers', 1], ['spec', 'template', 'spec', 'containers', 0, 'ports', 0], ['metadata', 'nope'], []];
    for (const path of paths) expect(fast[0].span(path)).toEqual(slow[0].span(path));
  });
});
