import { kubernetesProjectRule, type KubernetesProjectHit } from '../define.js';
import type { FieldPath } from '../../kubernetes/model.js';
import { exposedPorts, linkDockerfile } from '../../kubernetes/image-links.js';
import { podSpecOf, valueAt } from '../../kubernetes/pods.js';
import { containerImage, containerLabel, entries, runningContainers, subject } from '../../kubernetes/queries.js';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'];

export default kubernetesProjectRule({
  meta: {
    id: 'container-port-not-exposed',
    aliases: [],
    severity: 'warning',
    category: 'reliability',
    title: 'containerPort or probe port the image\'s Dockerfile does not EXPOSE',
    docs: {
      why: 'When the Dockerfile says the app listens on 3000 (`EXPOSE 3000`) and the manifest sends traffic or probes to 8080, one of them is wrong, and the usual result is a pod that fails its probes and restarts forever. Checked only when the Dockerfile EXPOSEs something (ARG and ENV values resolved), and the image is tied to it through the `images` option or by name.',
      fix: 'Make the containerPort and probe ports equal to the port the app listens on, and EXPOSE that port in the Dockerfile.',
      bad: '# web/Dockerfile\nEXPOSE 3000\n# deployment.yaml\nports:\n  - containerPort: 8080',
      good: '# web/Dockerfile\nEXPOSE 3000\n# deployment.yaml\nports:\n  - containerPort: 3000',
    },
  },
  check({ objects, dockerfiles }, options) {
    const hits: KubernetesProjectHit[] = [];
    if (dockerfiles.length === 0) return hits;
    for (const object of objects) {
      const pod = podSpecOf(object);
      if (!pod) continue;
      for (const container of runningContainers(pod)) {
        const image = containerImage(container);
        const linked = image && linkDockerfile(image.image, dockerfiles, options.images);
        if (!linked) continue;
        const exposed = exposedPorts(linked.model);
        // Nothing EXPOSEd (the base image may declare it) or a port we cannot resolve: no basis for a finding.
        if (exposed.unresolved || exposed.ports.size === 0) continue;
        const listed = [...exposed.ports].sort((a, b) => a - b).slice(0, 10).join(', ');
        const report = (port: number, path: FieldPath, what: string) => {
          if (exposed.ports.has(port)) return;
          hits.push({
            object,
            line: object.lineOf(path),
            message: `${containerLabel(container)} of ${subject(object)} ${what} ${port}, but ${linked.file} (which builds ${image.image}) EXPOSEs only ${listed}: one of them is wrong`,
          });
        };
        for (const { item, index } of entries(container.value.ports)) {
          if (typeof item.containerPort === 'number') report(item.containerPort, [...container.path, 'ports', index, 'containerPort'], 'declares containerPort');
        }
        for (const probe of PROBES) {
          for (const handler of HANDLERS) {
            // A named port resolves to a containerPort, which is checked above.
            const port = valueAt(container.value, [probe, handler, 'port']);
            if (typeof port === 'number') report(port, [...container.path, probe, handler, 'port'], `probes (${probe}) port`);
          }
        }
      }
    }
    return hits;
  },
});
