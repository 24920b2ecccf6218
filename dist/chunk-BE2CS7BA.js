import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/data/kubernetes-api-versions.json
var kubernetes_api_versions_default = {
  $comment: "Kubernetes API versions that are deprecated or removed, by apiVersion and kind (the Kubernetes deprecation guide; a superset of pluto's k8s entries). deprecatedIn/removedIn are minor releases; replacement is the apiVersion to move to (replacementKind when the kind changes too; null with a note when there is none). Read by src/kubernetes/api-versions.ts.",
  apis: [
    { apiVersion: "extensions/v1beta1", kind: "Deployment", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "extensions/v1beta1", kind: "DaemonSet", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "extensions/v1beta1", kind: "ReplicaSet", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "apps/v1beta1", kind: "Deployment", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "apps/v1beta1", kind: "StatefulSet", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "apps/v1beta1", kind: "ReplicaSet", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "apps/v1beta1", kind: "ControllerRevision", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "apps/v1beta2", kind: "Deployment", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "apps/v1beta2", kind: "StatefulSet", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "apps/v1beta2", kind: "DaemonSet", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "apps/v1beta2", kind: "ReplicaSet", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "apps/v1beta2", kind: "ControllerRevision", deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
    { apiVersion: "extensions/v1beta1", kind: "NetworkPolicy", deprecatedIn: "1.9", removedIn: "1.16", replacement: "networking.k8s.io/v1" },
    { apiVersion: "extensions/v1beta1", kind: "PodSecurityPolicy", deprecatedIn: "1.10", removedIn: "1.16", replacement: "policy/v1beta1" },
    { apiVersion: "scheduling.k8s.io/v1alpha1", kind: "PriorityClass", deprecatedIn: "1.14", removedIn: "1.17", replacement: "scheduling.k8s.io/v1" },
    { apiVersion: "batch/v2alpha1", kind: "CronJob", deprecatedIn: "1.8", removedIn: "1.21", replacement: "batch/v1" },
    { apiVersion: "extensions/v1beta1", kind: "Ingress", deprecatedIn: "1.14", removedIn: "1.22", replacement: "networking.k8s.io/v1" },
    { apiVersion: "networking.k8s.io/v1beta1", kind: "Ingress", deprecatedIn: "1.19", removedIn: "1.22", replacement: "networking.k8s.io/v1" },
    { apiVersion: "networking.k8s.io/v1beta1", kind: "IngressClass", deprecatedIn: "1.19", removedIn: "1.22", replacement: "networking.k8s.io/v1" },
    { apiVersion: "admissionregistration.k8s.io/v1beta1", kind: "MutatingWebhookConfiguration", deprecatedIn: "1.16", removedIn: "1.22", replacement: "admissionregistration.k8s.io/v1" },
    { apiVersion: "admissionregistration.k8s.io/v1beta1", kind: "ValidatingWebhookConfiguration", deprecatedIn: "1.16", removedIn: "1.22", replacement: "admissionregistration.k8s.io/v1" },
    { apiVersion: "apiextensions.k8s.io/v1beta1", kind: "CustomResourceDefinition", deprecatedIn: "1.16", removedIn: "1.22", replacement: "apiextensions.k8s.io/v1" },
    { apiVersion: "apiregistration.k8s.io/v1beta1", kind: "APIService", deprecatedIn: "1.19", removedIn: "1.22", replacement: "apiregistration.k8s.io/v1" },
    { apiVersion: "authentication.k8s.io/v1beta1", kind: "TokenReview", deprecatedIn: "1.19", removedIn: "1.22", replacement: "authentication.k8s.io/v1" },
    { apiVersion: "authorization.k8s.io/v1beta1", kind: "SubjectAccessReview", deprecatedIn: "1.19", removedIn: "1.22", replacement: "authorization.k8s.io/v1" },
    { apiVersion: "authorization.k8s.io/v1beta1", kind: "LocalSubjectAccessReview", deprecatedIn: "1.19", removedIn: "1.22", replacement: "authorization.k8s.io/v1" },
    { apiVersion: "authorization.k8s.io/v1beta1", kind: "SelfSubjectAccessReview", deprecatedIn: "1.19", removedIn: "1.22", replacement: "authorization.k8s.io/v1" },
    { apiVersion: "authorization.k8s.io/v1beta1", kind: "SelfSubjectRulesReview", deprecatedIn: "1.19", removedIn: "1.22", replacement: "authorization.k8s.io/v1" },
    { apiVersion: "certificates.k8s.io/v1beta1", kind: "CertificateSigningRequest", deprecatedIn: "1.19", removedIn: "1.22", replacement: "certificates.k8s.io/v1" },
    { apiVersion: "coordination.k8s.io/v1beta1", kind: "Lease", deprecatedIn: "1.19", removedIn: "1.22", replacement: "coordination.k8s.io/v1" },
    { apiVersion: "rbac.authorization.k8s.io/v1alpha1", kind: "ClusterRole", deprecatedIn: "1.17", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
    { apiVersion: "rbac.authorization.k8s.io/v1alpha1", kind: "ClusterRoleBinding", deprecatedIn: "1.17", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
    { apiVersion: "rbac.authorization.k8s.io/v1alpha1", kind: "Role", deprecatedIn: "1.17", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
    { apiVersion: "rbac.authorization.k8s.io/v1alpha1", kind: "RoleBinding", deprecatedIn: "1.17", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
    { apiVersion: "rbac.authorization.k8s.io/v1beta1", kind: "ClusterRole", deprecatedIn: "1.17", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
    { apiVersion: "rbac.authorization.k8s.io/v1beta1", kind: "ClusterRoleBinding", deprecatedIn: "1.17", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
    { apiVersion: "rbac.authorization.k8s.io/v1beta1", kind: "Role", deprecatedIn: "1.17", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
    { apiVersion: "rbac.authorization.k8s.io/v1beta1", kind: "RoleBinding", deprecatedIn: "1.17", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
    { apiVersion: "scheduling.k8s.io/v1beta1", kind: "PriorityClass", deprecatedIn: "1.14", removedIn: "1.22", replacement: "scheduling.k8s.io/v1" },
    { apiVersion: "storage.k8s.io/v1beta1", kind: "CSIDriver", deprecatedIn: "1.19", removedIn: "1.22", replacement: "storage.k8s.io/v1" },
    { apiVersion: "storage.k8s.io/v1beta1", kind: "CSINode", deprecatedIn: "1.17", removedIn: "1.22", replacement: "storage.k8s.io/v1" },
    { apiVersion: "storage.k8s.io/v1beta1", kind: "StorageClass", deprecatedIn: "1.6", removedIn: "1.22", replacement: "storage.k8s.io/v1" },
    { apiVersion: "storage.k8s.io/v1beta1", kind: "VolumeAttachment", deprecatedIn: "1.13", removedIn: "1.22", replacement: "storage.k8s.io/v1" },
    { apiVersion: "batch/v1beta1", kind: "CronJob", deprecatedIn: "1.21", removedIn: "1.25", replacement: "batch/v1" },
    { apiVersion: "discovery.k8s.io/v1beta1", kind: "EndpointSlice", deprecatedIn: "1.21", removedIn: "1.25", replacement: "discovery.k8s.io/v1" },
    { apiVersion: "events.k8s.io/v1beta1", kind: "Event", deprecatedIn: "1.19", removedIn: "1.25", replacement: "events.k8s.io/v1" },
    { apiVersion: "autoscaling/v2beta1", kind: "HorizontalPodAutoscaler", deprecatedIn: "1.22", removedIn: "1.25", replacement: "autoscaling/v2" },
    { apiVersion: "policy/v1beta1", kind: "PodDisruptionBudget", deprecatedIn: "1.21", removedIn: "1.25", replacement: "policy/v1" },
    { apiVersion: "settings.k8s.io/v1alpha1", kind: "PodPreset", deprecatedIn: null, removedIn: "1.20", replacement: null, note: "PodPreset has no successor API: inject the settings with a mutating admission webhook or a policy engine" },
    { apiVersion: "admissionregistration.k8s.io/v1alpha1", kind: "InitializerConfiguration", deprecatedIn: null, removedIn: "1.14", replacement: null, note: "initializers were removed: use a mutating admission webhook (admissionregistration.k8s.io/v1 MutatingWebhookConfiguration)" },
    { apiVersion: "policy/v1beta1", kind: "PodSecurityPolicy", deprecatedIn: "1.21", removedIn: "1.25", replacement: null, note: "PodSecurityPolicy has no successor API: use Pod Security Admission (namespace labels pod-security.kubernetes.io/enforce) or a policy engine" },
    { apiVersion: "node.k8s.io/v1beta1", kind: "RuntimeClass", deprecatedIn: "1.22", removedIn: "1.25", replacement: "node.k8s.io/v1" },
    { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1", kind: "FlowSchema", deprecatedIn: "1.23", removedIn: "1.26", replacement: "flowcontrol.apiserver.k8s.io/v1" },
    { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1", kind: "PriorityLevelConfiguration", deprecatedIn: "1.23", removedIn: "1.26", replacement: "flowcontrol.apiserver.k8s.io/v1" },
    { apiVersion: "autoscaling/v2beta2", kind: "HorizontalPodAutoscaler", deprecatedIn: "1.23", removedIn: "1.26", replacement: "autoscaling/v2" },
    { apiVersion: "storage.k8s.io/v1beta1", kind: "CSIStorageCapacity", deprecatedIn: "1.24", removedIn: "1.27", replacement: "storage.k8s.io/v1" },
    { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kind: "FlowSchema", deprecatedIn: "1.26", removedIn: "1.29", replacement: "flowcontrol.apiserver.k8s.io/v1" },
    { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kind: "PriorityLevelConfiguration", deprecatedIn: "1.26", removedIn: "1.29", replacement: "flowcontrol.apiserver.k8s.io/v1" },
    { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3", kind: "FlowSchema", deprecatedIn: "1.29", removedIn: "1.32", replacement: "flowcontrol.apiserver.k8s.io/v1" },
    { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3", kind: "PriorityLevelConfiguration", deprecatedIn: "1.29", removedIn: "1.32", replacement: "flowcontrol.apiserver.k8s.io/v1" },
    { apiVersion: "v1", kind: "Endpoints", deprecatedIn: "1.33", removedIn: null, replacement: "discovery.k8s.io/v1", replacementKind: "EndpointSlice" }
  ]
};

// src/kubernetes/api-versions.ts
var DEFAULT_KUBERNETES_VERSION = "1.34";
var byKey = new Map(kubernetes_api_versions_default.apis.map((e) => [`${e.apiVersion}\0${e.kind}`, e]));
function apiVersionEntry(apiVersion, kind) {
  return byKey.get(`${apiVersion}\0${kind}`) ?? (kind.endsWith("List") ? byKey.get(`${apiVersion}\0${kind.slice(0, -4)}`) : void 0);
}
function parseMinorVersion(text) {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}
function targetVersion(options) {
  const raw = options["kubernetes-version"];
  if (raw === void 0 || raw === null || raw === "") return parseMinorVersion(DEFAULT_KUBERNETES_VERSION);
  const parsed = parseMinorVersion(String(raw));
  if (!parsed) throw new Error(`kubernetes-version '${String(raw)}' is not a version such as 1.34`);
  return parsed;
}
function atLeast(a, b) {
  const other = parseMinorVersion(b);
  return a[0] > other[0] || a[0] === other[0] && a[1] >= other[1];
}
function replacementAdvice(entry, target) {
  let advice = entry;
  for (let hops = 0; advice.replacement && target && hops < 5; hops++) {
    const next = apiVersionEntry(advice.replacement, advice.replacementKind ?? advice.kind);
    if (!next?.removedIn || !atLeast(target, next.removedIn)) break;
    advice = next;
  }
  if (!advice.replacement) return advice.note ?? "there is no replacement API";
  return `use ${advice.replacement}${advice.replacementKind ? ` ${advice.replacementKind}` : ""}`;
}

export {
  apiVersionEntry,
  parseMinorVersion,
  targetVersion,
  atLeast,
  replacementAdvice
};
