/**
 * A tiny Helm chart and a tiny Kustomization whose findings depend on files other than the ones they land on:
 * resources come from values.yaml (or a patch), while resources-missing is reported on the template (or the base
 * resource). Line numbers are fixed so tests can assert them.
 */

export const CHART_YAML = 'apiVersion: v2\nname: web\nversion: 0.1.0\n';

/** Sets every resource resources-missing asks for. */
export const VALUES_WITH_RESOURCES = [
  'image: ghcr.io/acme/web:1.4.2',
  'resources:',
  '  requests: {cpu: 100m, memory: 128Mi}',
  '  limits: {memory: 256Mi}',
  '',
].join('\n');

export const VALUES_WITHOUT_RESOURCES = 'image: ghcr.io/acme/web:1.4.2\n';

export const HELPERS_TPL = '{{- define "web.name" -}}{{ .Release.Name }}-web{{- end }}\n';

/** resources-missing lands on line 15 (`- name: web`, the container: the `resources:` key is not rendered). */
export const DEPLOYMENT_TEMPLATE = [
  'apiVersion: apps/v1',                           // 1
  'kind: Deployment',                              // 2
  'metadata:',                                     // 3
  '  name: web',                                  // 4
  'spec:',                                         // 5
  '  replicas: 2',                                 // 6
  '  selector:',                                   // 7
  '    matchLabels: {app: web}',                   // 8
  '  template:',                                   // 9
  '    metadata:',                                 // 10
  '      labels: {app: web}',                      // 11
  '    spec:',                                     // 12
  '      securityContext: {runAsNonRoot: true, runAsUser: 10001, seccompProfile: {type: RuntimeDefault}}', // 13
  '      containers:',                             // 14
  '        - name: web',                           // 15
  '          image: {{ .Values.image }}',          // 16
  '          {{- with .Values.resources }}',       // 17
  '          resources: {{- toYaml . | nindent 12 }}', // 18
  '          {{- end }}',                          // 19
  '',
].join('\n');

export const RESOURCES_MISSING_LINE = 15;

/**
 * The chart at charts/web with resources set in values.yaml. The template names itself through the helper only
 * with `useHelper`: the action's base lint cannot render a chart whose helper it uses yet (see the test).
 */
export function chartFiles(values = VALUES_WITH_RESOURCES, { useHelper = false } = {}): Record<string, string> {
  return {
    'charts/web/Chart.yaml': CHART_YAML,
    'charts/web/values.yaml': values,
    'charts/web/templates/_helpers.tpl': HELPERS_TPL,
    'charts/web/templates/deployment.yaml': useHelper ? DEPLOYMENT_TEMPLATE.replace('name: web\n', 'name: {{ include "web.name" . }}\n') : DEPLOYMENT_TEMPLATE,
  };
}

/** A base Deployment without resources; the overlay's patch sets them. resources-missing lands on line 11. */
export const BASE_DEPLOYMENT = [
  'apiVersion: apps/v1',                           // 1
  'kind: Deployment',                              // 2
  'metadata: {name: api}',                         // 3
  'spec:',                                         // 4
  '  selector: {matchLabels: {app: api}}',         // 5
  '  template:',                                   // 6
  '    metadata: {labels: {app: api}}',            // 7
  '    spec:',                                     // 8
  '      securityContext: {runAsNonRoot: true, runAsUser: 10001, seccompProfile: {type: RuntimeDefault}}', // 9
  '      containers:',                             // 10
  '        - name: api',                           // 11
  '          image: ghcr.io/acme/api:2.0.1',       // 12
  '',
].join('\n');

export const BASE_RESOURCES_MISSING_LINE = 11;

export const RESOURCES_PATCH = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: api}',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          resources:',
  '            requests: {cpu: 100m, memory: 128Mi}',
  '            limits: {memory: 256Mi}',
  '',
].join('\n');

/** The patch no longer sets resources (it only labels the pods). */
export const LABELS_PATCH = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: api}',
  'spec:',
  '  template:',
  '    metadata: {labels: {tier: backend}}',
  '',
].join('\n');

/** deploy/base (the Deployment) and deploy/prod (an overlay that patches resources in). */
export function kustomizeFiles(patch = RESOURCES_PATCH): Record<string, string> {
  return {
    'deploy/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'deploy/base/deployment.yaml': BASE_DEPLOYMENT,
    'deploy/prod/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: resources.yaml\n',
    'deploy/prod/resources.yaml': patch,
  };
}
