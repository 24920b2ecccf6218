import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/discover/classify.ts
import { basename } from "node:path";
var DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:[.-].*)?$|\.(?:dockerfile|containerfile)$/i;
var MANIFEST_NAME = /\.(?:ya?ml|json)$/i;
var NOT_DOCKERFILE = /\.(?:dockerignore|md|markdown|rst|txt|sh|bash|ps1|bat|cmd|py|orig|rej|swp|patch|diff|html?)$/i;
var CHART_FILE = "Chart.yaml";
var KUSTOMIZATION_NAMES = /* @__PURE__ */ new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
function classify(path, explicit = false) {
  const name = basename(path);
  if (MANIFEST_NAME.test(name)) return "kubernetes";
  if (DOCKERFILE_NAME.test(name) && !NOT_DOCKERFILE.test(name)) return "dockerfile";
  return explicit ? "dockerfile" : null;
}

export {
  CHART_FILE,
  KUSTOMIZATION_NAMES,
  classify
};
