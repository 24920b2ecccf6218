import { kubernetesRule } from '../define.js';
import { assessCredential } from '../../core/secrets.js';
import { containerLabel, entries, runningContainers, subject } from '../../kubernetes/queries.js';

/** `$(OTHER_VAR)` is filled by the kubelet from another variable: a reference, not a literal. */
const KUBELET_REFERENCE = /^(?:\$\([A-Za-z_][A-Za-z0-9_]*\)\s*)+$/;

export default kubernetesRule({
  meta: {
    id: 'secret-in-env',
    aliases: ['env-var-secret', 'sensitiveContainerEnvVar'],
    severity: 'error',
    category: 'security',
    title: 'Credential written into a container\'s env',
    docs: {
      why: 'An env `value` is plain text in the repository, in `kubectl get -o yaml`, in every ReplicaSet revision and in the audit log; anyone who can read the Deployment has the credential. Values taken with `valueFrom`, and names ending `_FILE`, `_PATH` or `_URL`, are not flagged; messages name the variable, never its value.',
      fix: 'Put the value in a Secret (created outside git, or with SealedSecrets, External Secrets or SOPS) and read it with `valueFrom.secretKeyRef`, or mount it as a file.',
      bad: 'env:\n  - name: DATABASE_PASSWORD\n    value: hunter2',
      good: 'env:\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}',
    },
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).flatMap((container) =>
      entries(container.value.env).flatMap(({ item, index }) => {
        const { name, value } = item;
        if (typeof name !== 'string' || value === undefined || value === null || item.valueFrom != null) return [];
        const text = String(value);
        if (KUBELET_REFERENCE.test(text.trim())) return [];
        const verdict = assessCredential(name, text);
        if (!verdict) return [];
        const why = verdict.by === 'value' ? `its value is ${verdict.what}` : `its name says ${verdict.what}`;
        return [{
          line: object.lineOf([...container.path, 'env', index, 'value']),
          message: `${containerLabel(container)} of ${subject(object)} sets env ${name} in plain text (${why}); read it from a Secret with valueFrom.secretKeyRef`,
        }];
      }),
    );
  },
});
