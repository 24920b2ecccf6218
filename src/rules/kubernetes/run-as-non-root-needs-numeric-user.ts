import { kubernetesProjectRule, type KubernetesProjectHit } from '../define.js';
import { imageUser, linkDockerfile } from '../../kubernetes/image-links.js';
import { podSpecOf } from '../../kubernetes/pods.js';
import { containerImage, containerLabel, isWindowsPod, runningContainers, securitySetting, subject } from '../../kubernetes/queries.js';

export default kubernetesProjectRule({
  meta: {
    id: 'run-as-non-root-needs-numeric-user',
    aliases: [],
    severity: 'error',
    category: 'reliability',
    title: 'runAsNonRoot with an image whose USER is root or a name: the pod will not start',
    docs: {
      why: 'With `runAsNonRoot: true` and no `runAsUser`, the kubelet checks the image\'s USER before starting the container. Root (or no USER at all) is refused, and so is a user *name*, which the kubelet cannot verify: the pod sits in CreateContainerConfigError. The image is tied to its Dockerfile through the `images` option or by name (`ghcr.io/acme/web` → `web/Dockerfile`).',
      fix: 'End the Dockerfile\'s final stage with a numeric non-root user (`USER 10001`, or `USER 10001:10001`), or set `runAsUser` in the securityContext.',
      bad: '# web/Dockerfile\nRUN useradd app\nUSER app\n# deployment.yaml\nsecurityContext:\n  runAsNonRoot: true',
      good: '# web/Dockerfile\nRUN useradd -u 10001 app\nUSER 10001\n# deployment.yaml\nsecurityContext:\n  runAsNonRoot: true',
    },
  },
  check({ objects, dockerfiles }, options) {
    const hits: KubernetesProjectHit[] = [];
    if (dockerfiles.length === 0) return hits;
    for (const object of objects) {
      const pod = podSpecOf(object);
      if (!pod || isWindowsPod(pod)) continue;
      for (const container of runningContainers(pod)) {
        const nonRoot = securitySetting(container, pod, 'runAsNonRoot');
        // An explicit runAsUser overrides the image's USER; the kubelet then has a number to check.
        if (nonRoot?.value !== true || securitySetting(container, pod, 'runAsUser')) continue;
        const image = containerImage(container);
        const linked = image && linkDockerfile(image.image, dockerfiles, options.images);
        if (!linked) continue;
        const user = imageUser(linked.model);
        const problem = user.kind === 'none' ? 'sets no USER, so it runs as root'
          : user.kind === 'root' ? `ends with USER ${user.user} (line ${user.line})`
          : user.kind === 'name' ? `ends with USER ${user.user} (line ${user.line}), a name the kubelet cannot verify is non-root`
          : null;
        if (!problem) continue;
        hits.push({
          object,
          line: object.lineOf(nonRoot.path),
          message: `${containerLabel(container)} of ${subject(object)} requires runAsNonRoot, but its image ${image.image} (built by ${linked.file}) ${problem}: the kubelet refuses to start it (CreateContainerConfigError). Use a numeric USER such as 10001 in the Dockerfile, or set runAsUser`,
        });
      }
    }
    return hits;
  },
});
