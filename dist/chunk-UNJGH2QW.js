import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  ConfigLoader,
  cachedKustomizationReader,
  chartRoots,
  discoverFiles,
  helmValuesFiles,
  isInside,
  kustomizationIn,
  patchFiles,
  stringList
} from "./chunk-V56OZ3OK.js";
import {
  CHART_FILE,
  KUSTOMIZATION_NAMES,
  classify
} from "./chunk-6MOYGY67.js";
import "./chunk-NKWLBF3J.js";
import "./chunk-BRXAADAB.js";
import "./chunk-O3VY6SPR.js";
import "./chunk-L52PBGJD.js";
import "./chunk-4JEQPCOM.js";
import "./chunk-BE2CS7BA.js";
import "./chunk-VUGGHO27.js";

// src/kubernetes/render-inputs.ts
import { basename, dirname, join, relative, resolve, sep } from "node:path";
function renderInputs(workspace, configFile) {
  const discovered = discoverFiles(["."], workspace).filter((f) => !f.error);
  const charts = chartRoots(discovered);
  const inChart = (path) => charts.some((root) => isInside(path, root));
  const read = cachedKustomizationReader();
  const loader = new ConfigLoader(configFile);
  const units = charts.map((root) => chartInputs(root, discovered, helmValues(root, loader)));
  for (const f of discovered) {
    if (!KUSTOMIZATION_NAMES.has(basename(f.path)) || inChart(f.path)) continue;
    if (read(f.path)?.kind !== "Component") units.push(kustomizationInputs(f.path, read));
  }
  const rel = (path) => relative(workspace, path).split(sep).join("/");
  const abs = (path) => resolve(workspace, ...path.split("/"));
  return units.map((u) => ({
    file: rel(u.file),
    outputs: [...u.outputs].map(rel),
    reads: (path) => u.reads(abs(path)),
    feeds: (path) => u.feeds(abs(path))
  }));
}
function chartInputs(root, discovered, values) {
  const reads = (path) => isInside(path, root) && !isDocumentation(path) && !isDockerfile(path) || values.includes(path);
  return {
    file: join(root, CHART_FILE),
    // Findings land on the files helm names in `# Source:` (templates, crds/), or on Chart.yaml; all are discovered.
    outputs: discovered.filter((f) => isInside(f.path, root) && f.type !== "dockerfile").map((f) => f.path),
    reads,
    feeds: (path) => reads(path) && !renderedAsItself(relative(root, path))
  };
}
function renderedAsItself(inChart) {
  const parts = inChart.split(sep);
  return parts.slice(0, -1).some((dir) => dir === "templates" || dir === "crds") && !parts[parts.length - 1].startsWith("_");
}
function isDocumentation(path) {
  return /\.(?:md|markdown|rst)$/i.test(path) || /^(?:readme|license|licence|changelog|notice|owners|notes\.txt)(?:\.[^.]*)?$/i.test(basename(path));
}
function isDockerfile(path) {
  return classify(path) === "dockerfile";
}
function helmValues(root, loader) {
  try {
    return helmValuesFiles(root, loader.forFile(join(root, CHART_FILE)));
  } catch {
    return [];
  }
}
function kustomizationInputs(top, read) {
  const outputs = /* @__PURE__ */ new Set();
  const fed = /* @__PURE__ */ new Set();
  const readOnly = /* @__PURE__ */ new Set();
  const visited = /* @__PURE__ */ new Set();
  const visit = (file, own) => {
    if (visited.has(file)) return;
    visited.add(file);
    outputs.add(file);
    const inputs = own ? fed : readOnly;
    inputs.add(file);
    const doc = read(file);
    if (!doc) return;
    const dir = dirname(file);
    for (const entry of [...stringList(doc.resources), ...stringList(doc.bases)]) {
      const target = resolve(dir, entry);
      const base = kustomizationIn(target);
      if (base) visit(base, false);
      else outputs.add(target);
    }
    for (const entry of stringList(doc.components)) {
      const component = kustomizationIn(resolve(dir, entry));
      if (component) visit(component, own);
    }
    for (const path of [...patchFiles(file, read), ...namedFiles(doc, dir)]) inputs.add(path);
  };
  visit(top, true);
  return {
    file: top,
    outputs,
    reads: (path) => outputs.has(path) || fed.has(path) || readOnly.has(path),
    feeds: (path) => fed.has(path)
  };
}
function namedFiles(doc, dir) {
  const names = [];
  const field = (value, key) => value !== null && typeof value === "object" ? value[key] : void 0;
  for (const generator of [...listOf(doc.configMapGenerator), ...listOf(doc.secretGenerator)]) {
    names.push(...stringList(field(generator, "files")).map((f) => f.slice(f.indexOf("=") + 1)), ...stringList(field(generator, "envs")), ...stringList(field(generator, "env")));
  }
  for (const replacement of listOf(doc.replacements)) names.push(...stringList(field(replacement, "path")));
  for (const chart of listOf(doc.helmCharts)) names.push(...stringList(field(chart, "valuesFile")));
  names.push(...stringList(doc.crds), ...stringList(doc.configurations), ...stringList(field(doc.openapi, "path")));
  for (const key of ["transformers", "generators", "validators"]) names.push(...stringList(doc[key]));
  return names.filter((name) => name && !name.includes("\n")).map((name) => resolve(dir, name));
}
function listOf(value) {
  return Array.isArray(value) ? value : [];
}
export {
  renderInputs
};
