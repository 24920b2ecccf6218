import { engineRule } from '../define.js';

export default engineRule({
  id: 'render-skipped',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  title: 'Helm chart or Kustomization not rendered: the tool or the chart dependencies are missing',
  docs: {
    why: 'A Helm chart\'s templates are Go templates, not manifests, and a Kustomization\'s output differs from its inputs, so both are checked as `helm template` / `kustomize build` render them. Without the tool on PATH the chart is not checked at all, and a Kustomization\'s files are checked as written (its patches skipped).',
    fix: 'Install helm, and kustomize or kubectl (GitHub\'s hosted runners have all three); for a chart with dependencies, run `helm dependency build` first. Or turn this rule off to accept the gap.',
    bad: '# PATH without helm\ncharts/web/Chart.yaml',
    good: '# PATH with helm\ncharts/web/Chart.yaml',
  },
}, 'kubernetes');
