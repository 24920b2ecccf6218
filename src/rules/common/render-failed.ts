import { engineRule } from '../define.js';

export default engineRule({
  id: 'render-failed',
  aliases: [],
  severity: 'error',
  category: 'reliability',
  title: 'Helm chart or Kustomization fails to render',
  docs: {
    why: 'If `helm template` or `kustomize build` fails here, it fails in the deployment pipeline too; nothing it would produce can be checked. The tool\'s own error is quoted. A render that takes longer than the time limit (option `render-timeout`, seconds, default 60) is stopped and reported here.',
    fix: 'Fix the error the tool reports: a missing values key, an unvendored dependency (`helm dependency build`), a resource path that does not exist.',
    bad: 'resources:\n  - deployment.yaml   # file does not exist',
    good: 'resources:\n  - deploy.yaml',
  },
}, 'kubernetes');
