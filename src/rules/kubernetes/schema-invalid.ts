import { kubernetesProjectRule, type KubernetesProjectHit } from '../define.js';
import { crdSchemas } from '../../kubernetes/crds.js';
import { builtinValidator, crdValidator, schemasVersion, validateUnless } from '../../kubernetes/schema.js';

export default kubernetesProjectRule({
  meta: {
    id: 'schema-invalid',
    // kubeconform and kubeval are whole tools for this, without check ids; kube-score and kube-linter have none.
    aliases: [],
    severity: 'error',
    category: 'reliability',
    title: 'Manifest does not match the Kubernetes API schema',
    docs: {
      why: 'The API server rejects an object with a wrong type or a missing required field, and a misspelt field (`containerport`) is rejected by `kubectl apply` or silently dropped, so the setting you wrote never takes effect. Built-in kinds are checked offline against the Kubernetes API schemas shipped with shipshape; custom resources against the CRD in the repository, when there is one.',
      fix: 'Correct the field named in the message: its spelling (the message suggests the known field), its type (quote or unquote the value), or add the required field.',
      bad: 'containers:\n  - name: web\n    image: nginx:1.27\n    ports:\n      - containerport: 80',
      good: 'containers:\n  - name: web\n    image: nginx:1.27\n    ports:\n      - containerPort: 80',
    },
  },
  check({ objects }) {
    const crds = crdSchemas(objects);
    // Each custom kind's resources together: its CRD validator is compiled for the fields they use (crdValidator).
    const instances = new Map<string, unknown[]>();
    for (const object of objects) {
      const key = `${object.apiVersion}/${object.kind}`;
      if (!crds.has(key)) continue;
      const list = instances.get(key) ?? [];
      list.push(object.value);
      instances.set(key, list);
    }
    const hits: KubernetesProjectHit[] = [];
    for (const object of objects) {
      const key = `${object.apiVersion}/${object.kind}`;
      const builtin = builtinValidator(object.apiVersion, object.kind);
      const schema = builtin ? undefined : crds.get(key);
      // A custom resource whose CRD lives elsewhere (or a built-in API version the schemas no longer have):
      // nothing to check against, and nothing worth saying (removed-api-version speaks for old built-ins).
      if (!builtin && schema === undefined) continue;
      const against = builtin ? `the Kubernetes ${schemasVersion()} schema` : `its CustomResourceDefinition`;
      // A CRD's validator is compiled only for a resource that is no patch (validateUnless asks for it after the walk).
      const validator = () => builtin ?? crdValidator(schema, instances.get(key));
      // A strategic-merge patch (`$patch: delete`, `$setElementOrder/…`) is a fragment, not an object to create.
      for (const problem of validateUnless(validator, object.value, isPatchDirective) ?? []) {
        const subject = object.name ? `${object.kind} ${object.name}` : object.kind;
        hits.push({ object, line: object.lineOf(problem.path), message: `${subject}: ${problem.message} (checked against ${against})` });
      }
    }
    return hits;
  },
});

const DIRECTIVE = /^\$(?:patch|setElementOrder\/|retainKeys|deleteFromPrimitiveList\/)/;

// Every key of every object is looked at (CRDs run to 800 KB): the regex only on `$` keys.
const isPatchDirective = (key: string): boolean => key.charCodeAt(0) === 36 && DIRECTIVE.test(key);
