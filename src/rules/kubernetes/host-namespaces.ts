import { kubernetesRule } from '../define.js';
import { isTrue, subject } from '../../kubernetes/queries.js';

const NAMESPACES: [string, string][] = [
  ['hostNetwork', "the node's network: it can bind node ports and reach services listening on localhost"],
  ['hostPID', "the node's processes: it can see, signal and trace them"],
  ['hostIPC', "the node's shared memory and IPC"],
];

export default kubernetesRule({
  meta: {
    id: 'host-namespaces',
    aliases: ['host-network', 'host-pid', 'host-ipc', 'hostNetworkSet', 'hostPIDSet', 'hostIPCSet', 'CKV_K8S_17', 'CKV_K8S_18', 'CKV_K8S_19', 'KSV008', 'KSV009', 'KSV010'],
    severity: 'error',
    category: 'security',
    title: 'Pod shares the node\'s network, PID or IPC namespace',
    docs: {
      why: 'hostNetwork, hostPID and hostIPC remove the isolation between the pod and the node: the pod sees the node\'s interfaces, processes or shared memory, and so do attackers who reach it.',
      fix: 'Remove the setting; expose the app through a Service, and leave node-level agents to the platform team.',
      bad: 'spec:\n  hostNetwork: true',
      good: 'spec:\n  hostNetwork: false',
    },
  },
  check({ object, pod }) {
    if (!pod) return [];
    return NAMESPACES.filter(([field]) => isTrue(pod.spec[field])).map(([field, what]) => ({
      line: object.lineOf([...pod.path, field]),
      message: `${subject(object)} sets ${field}: true, sharing ${what}`,
    }));
  },
});
