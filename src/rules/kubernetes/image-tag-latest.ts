import { kubernetesRule } from '../define.js';
import { containerImage, containerLabel, runningContainers, subject } from '../../kubernetes/queries.js';

// Same id as the Dockerfile rule: one practice, checked where the image is named (FROM, or a container's image:).
export default kubernetesRule({
  meta: {
    id: 'image-tag-latest',
    aliases: ['latest-tag', 'container-image-tag', 'CKV_K8S_14', 'KSV013'],
    severity: 'warning',
    category: 'reliability',
    title: 'Container image pinned to :latest',
    docs: {
      why: '`:latest` moves: nodes that pull at different times run different code, `imagePullPolicy` defaults to Always for it, and a rollback redeploys the same moving tag.',
      fix: 'Name a version tag (and for full reproducibility a digest). A digest next to `:latest` is accepted, since it pins the image.',
      bad: 'containers:\n  - name: web\n    image: ghcr.io/acme/web:latest',
      good: 'containers:\n  - name: web\n    image: ghcr.io/acme/web:1.4.2',
    },
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).flatMap((container) => {
      const image = containerImage(container);
      if (!image || image.digest || image.tag?.toLowerCase() !== 'latest') return [];
      return [{ line: object.lineOf([...container.path, 'image']), message: `${containerLabel(container)} of ${subject(object)} uses ${image.image}, a moving tag; pin a version (and digest)` }];
    });
  },
});
