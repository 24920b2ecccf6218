import { kubernetesRule } from '../define.js';
import { containerImage, containerLabel, runningContainers, subject } from '../../kubernetes/queries.js';

// Same id as the Dockerfile rule: one practice, checked where the image is named (FROM, or a container's image:).
export default kubernetesRule({
  meta: {
    id: 'image-tag-missing',
    // kube-linter latest-tag, kube-score container-image-tag, CKV_K8S_14 and KSV013 cover this too; they are aliases of
    // image-tag-latest, and src/data/kubernetes-ignore-aliases.json lets their ignore annotations silence both.
    aliases: ['tagNotSpecified'],
    severity: 'warning',
    category: 'reliability',
    title: 'Container image has no tag',
    docs: {
      why: 'An image without a tag means `:latest`: each node pulls whatever was pushed last, so replicas of one Deployment can run different code and a rollback does not roll anything back.',
      fix: 'Name a version tag, and for full reproducibility a digest: `image: ghcr.io/acme/web:1.4.2@sha256:…`.',
      bad: 'containers:\n  - name: web\n    image: ghcr.io/acme/web',
      good: 'containers:\n  - name: web\n    image: ghcr.io/acme/web:1.4.2',
    },
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).flatMap((container) => {
      const image = containerImage(container);
      if (!image || image.tag || image.digest) return [];
      return [{ line: object.lineOf([...container.path, 'image']), message: `${containerLabel(container)} of ${subject(object)} uses ${image.image} with no tag, i.e. whatever :latest is when the node pulls; pin a version` }];
    });
  },
});
