import { kubernetesRule } from '../define.js';
import { isObject } from '../../kubernetes/parse.js';
import { subject } from '../../kubernetes/queries.js';

/** SOPS leaves `ENC[AES256_GCM,…]` values (and a `sops:` block); that is encrypted, which is the point. */
const ENCRYPTED = /^ENC\[/;

export default kubernetesRule({
  meta: {
    id: 'plaintext-secret',
    aliases: [],
    severity: 'error',
    category: 'security',
    title: 'Secret committed with its values',
    docs: {
      why: 'A Secret\'s `data` is only base64, which anyone can decode; committed to git, the credential is in every clone and in the history for good. Messages name the keys, never the values.',
      fix: 'Keep the manifest out of git and create the Secret at deploy time, or commit it encrypted: a SealedSecret, an ExternalSecret that reads a vault, or a SOPS-encrypted file. Rotate the values that were committed.',
      bad: 'kind: Secret\nmetadata:\n  name: db\nstringData:\n  password: hunter2',
      good: 'kind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK…',
    },
  },
  check({ object }) {
    if (object.kind !== 'Secret' || object.apiVersion !== 'v1' || isObject(object.value.sops)) return [];
    return (['data', 'stringData'] as const).flatMap((field) => {
      const values = object.value[field];
      if (!isObject(values)) return [];
      const keys = Object.entries(values)
        .filter(([, v]) => v !== null && v !== undefined && String(v).trim() !== '' && !ENCRYPTED.test(String(v)))
        .map(([k]) => k);
      if (keys.length === 0) return [];
      const shown = keys.length > 5 ? `${keys.slice(0, 5).join(', ')} and ${keys.length - 5} more` : keys.join(', ');
      const encoding = field === 'data' ? 'only base64-encoded' : 'in plain text';
      return [{
        line: object.lineOf([field]),
        message: `${subject(object)} commits ${keys.length === 1 ? 'key' : 'keys'} ${shown} ${encoding}; use a SealedSecret, an ExternalSecret or SOPS instead`,
      }];
    });
  },
});
