import { kubernetesRule } from '../define.js';
import table from '../../data/kubernetes-capabilities.json' with { type: 'json' };
import { valueAt } from '../../kubernetes/pods.js';
import { containerLabel, isWindowsPod, runningContainers, securityContextLine, subject } from '../../kubernetes/queries.js';

const DANGEROUS = new Map(Object.entries(table.dangerous));

/** `cap_net_raw`, `CAP_NET_RAW`, `NET_RAW` → `NET_RAW`. */
const normal = (cap: unknown): string => String(cap).trim().toUpperCase().replace(/^CAP_/, '');

export default kubernetesRule({
  meta: {
    id: 'capabilities-not-dropped',
    aliases: ['drop-net-raw-capability', 'dangerousCapabilities', 'insecureCapabilities', 'CKV_K8S_25', 'CKV_K8S_28', 'CKV_K8S_37', 'CKV_K8S_39', 'KSV003', 'KSV005', 'KSV022'],
    severity: 'warning',
    category: 'security',
    title: 'Container keeps default capabilities or adds dangerous ones',
    docs: {
      why: 'Containers start with a dozen Linux capabilities they rarely need (NET_RAW lets them spoof packets inside the cluster); adding SYS_ADMIN, NET_ADMIN, SYS_PTRACE and the like hands over most of the node.',
      fix: 'Drop everything and add back only what the process needs: `capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}`.',
      bad: 'securityContext:\n  capabilities:\n    add: [SYS_ADMIN]',
      good: 'securityContext:\n  capabilities:\n    drop: [ALL]',
    },
  },
  check({ object, pod }) {
    if (!pod || isWindowsPod(pod)) return [];
    return runningContainers(pod).flatMap((c) => {
      const hits = [];
      const drop = valueAt(c.value, ['securityContext', 'capabilities', 'drop']);
      if (!Array.isArray(drop) || !drop.some((cap) => normal(cap) === 'ALL')) {
        const line = Array.isArray(drop) ? object.lineOf([...c.path, 'securityContext', 'capabilities', 'drop']) : securityContextLine(c, 'capabilities');
        hits.push({ line, message: `${containerLabel(c)} of ${subject(object)} does not drop ALL capabilities, so it keeps the runtime's defaults (NET_RAW among them)` });
      }
      const add = valueAt(c.value, ['securityContext', 'capabilities', 'add']);
      const dangerous = Array.isArray(add) ? add.map(normal).filter((cap) => DANGEROUS.has(cap)) : [];
      if (dangerous.length > 0) {
        const what = dangerous.map((cap) => `${cap} (${DANGEROUS.get(cap)})`).join(', ');
        hits.push({ line: object.lineOf([...c.path, 'securityContext', 'capabilities', 'add']), message: `${containerLabel(c)} of ${subject(object)} adds ${what}`, severity: 'error' as const });
      }
      return hits;
    });
  },
});
