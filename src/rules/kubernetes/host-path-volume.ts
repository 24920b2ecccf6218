import { kubernetesRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import { entries, subject } from '../../kubernetes/queries.js';

const RUNTIME_SOCKET = /(?:^|\/)(?:docker|containerd|crio|cri-dockerd|podman)\.sock$|^\/var\/run\/docker$|^\/run\/containerd\/?$/;

export default kubernetesRule({
  meta: {
    id: 'host-path-volume',
    aliases: ['sensitive-host-mounts', 'docker-sock', 'writable-host-mount', 'CKV_K8S_27', 'KSV006', 'KSV023', 'KSV121'],
    severity: 'warning',
    category: 'security',
    title: 'Pod mounts a directory of the node',
    docs: {
      why: 'A hostPath volume reaches outside the container onto the node\'s filesystem: the pod depends on what that node has, and can read or change it. The container runtime\'s socket (docker.sock) or `/` hands over the whole node.',
      fix: 'Use an emptyDir, a ConfigMap/Secret, or a PersistentVolumeClaim instead. If a node agent truly needs it, mount the narrowest path read-only.',
      bad: 'volumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock',
      good: 'volumes:\n  - name: cache\n    emptyDir: {}',
    },
  },
  check({ object, pod }) {
    if (!pod) return [];
    return entries(pod.spec.volumes).flatMap(({ item, index }): RuleHit[] => {
      const hostPath = item.hostPath as { path?: unknown } | null | undefined;
      if (!hostPath || typeof hostPath !== 'object') return [];
      const path = typeof hostPath.path === 'string' ? hostPath.path.trim() : '';
      const line = object.lineOf([...pod.path, 'volumes', index, 'hostPath', 'path']);
      const name = typeof item.name === 'string' ? `volume "${item.name}"` : 'a volume';
      if (RUNTIME_SOCKET.test(path)) {
        return [{ line, severity: 'error', message: `${subject(object)} mounts the container runtime's socket ${path} (${name}): whoever runs in the pod controls every container on the node` }];
      }
      if (path.replace(/\/+$/, '') === '') {
        return [{ line, severity: 'error', message: `${subject(object)} mounts the node's root filesystem / (${name}): the pod can read and change everything on the node` }];
      }
      return [{ line, message: `${subject(object)} mounts ${path || 'a node directory'} from the node (${name}); prefer an emptyDir, ConfigMap or PersistentVolumeClaim` }];
    });
  },
});
