import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  CHART_FILE,
  KUSTOMIZATION_NAMES,
  classify
} from "./chunk-6MOYGY67.js";
import {
  append
} from "./chunk-NKWLBF3J.js";
import {
  byCodeUnits
} from "./chunk-BRXAADAB.js";
import {
  isFailOn
} from "./chunk-O3VY6SPR.js";
import {
  annotationsOf,
  editDistance,
  findRule,
  isObject,
  isShellcheckCode,
  kubernetesRules,
  load,
  parseManifests,
  parse_error_default,
  podMetadata,
  podSpecOf,
  relocated,
  render_failed_default,
  render_skipped_default,
  ruleMeta,
  settingTarget,
  targetOf,
  yamlLibrary
} from "./chunk-L52PBGJD.js";
import {
  parseMinorVersion
} from "./chunk-BE2CS7BA.js";

// src/config/load.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/config/set-rule.ts
function setRule(config, name, setting, only) {
  const { id, target } = settingTarget(name, only);
  if (target === null) config.rules[id] = setting;
  else ((config.targetRules ??= {})[target] ??= {})[id] = setting;
}
function mergeRuleSettings(base, over) {
  const merged = (a, b) => ({ ...a, ...b, options: { ...a?.options, ...b.options } });
  const rules = { ...base.rules };
  const targetRules = {};
  for (const [target, settings] of Object.entries(base.targetRules ?? {})) targetRules[target] = { ...settings };
  for (const [id, setting] of Object.entries(over.rules)) {
    rules[id] = merged(rules[id], setting);
    for (const settings of Object.values(targetRules)) if (settings[id]) settings[id] = merged(settings[id], setting);
  }
  for (const [target, settings] of Object.entries(over.targetRules ?? {})) {
    for (const [id, setting] of Object.entries(settings)) (targetRules[target] ??= {})[id] = merged(targetRules[target]?.[id], setting);
  }
  return Object.keys(targetRules).length ? { rules, targetRules } : { rules };
}

// src/config/options.ts
var KNOWN = [
  "kubernetes-version",
  "fail-on",
  "images",
  "trusted-registries",
  "trustedRegistries",
  "label-schema",
  "strict-labels",
  "disable-ignore-pragma",
  "shellcheck-timeout",
  "helm-namespace",
  "helm-release",
  "helm-values",
  "render-timeout",
  "max-image-size",
  "max-layers",
  "max-layer-growth",
  "min-efficiency",
  "max-user-waste"
];
function optionsProblem(options) {
  for (const name of Object.keys(options)) {
    if (KNOWN.includes(name)) continue;
    const near = KNOWN.find((known) => editDistance(known, name) <= 2);
    if (near) return `unknown option '${name}'; did you mean '${near}'?`;
  }
  const version = options["kubernetes-version"];
  if (typeof version === "number") {
    const minor = Number(String(version).split(".")[1] ?? "");
    if (Number.isInteger(version)) return `kubernetes-version must be a version such as "1.34", not ${version}`;
    if (minor < 10) return `kubernetes-version ${version} is a number (YAML reads 1.30 as 1.3); quote the version: kubernetes-version: "${version}0"`;
  } else if (version !== void 0 && version !== null && version !== "" && (typeof version !== "string" || !parseMinorVersion(version))) {
    return `kubernetes-version must be a version such as "1.34", not ${JSON.stringify(version)}`;
  }
  const failOn = options["fail-on"];
  if (failOn !== void 0 && !isFailOn(failOn)) return `fail-on must be error, warning, info or none, not ${JSON.stringify(failOn)}`;
  return null;
}

// src/config/schema.ts
function emptyConfig() {
  return { rules: {}, ignore: [], options: {}, sources: [] };
}

// src/config/hadolint.ts
import { readFileSync } from "node:fs";
import { basename } from "node:path";
var HADOLINT_CONFIG_NAMES = [".hadolint.yaml", ".hadolint.yml"];
function isHadolintConfigPath(path) {
  return /^\.?hadolint\.ya?ml$/i.test(basename(path));
}
var SEVERITY = { error: "error", warning: "warning", info: "info", style: "info" };
var THRESHOLD = { error: "error", warning: "warning", info: "info", style: "info", ignore: "info", none: "none" };
var HadolintConfigError = class extends Error {
};
function ruleCode(code, origin, where) {
  if (typeof code !== "string" && typeof code !== "number") throw new HadolintConfigError(`${origin}: '${where}' must list rule codes`);
  return String(code).trim();
}
function list(value, origin, where) {
  if (value === void 0 || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return [value];
  throw new HadolintConfigError(`${origin}: '${where}' must be a list`);
}
function configFromHadolint(doc, origin) {
  const config = emptyConfig();
  config.sources.push(origin);
  if (doc === null || doc === void 0) return config;
  if (typeof doc !== "object" || Array.isArray(doc)) throw new HadolintConfigError(`${origin}: expected a mapping at the top level`);
  const d = doc;
  const override = d.override;
  if (override !== void 0 && override !== null) {
    if (typeof override !== "object" || Array.isArray(override)) throw new HadolintConfigError(`${origin}: 'override' must map error/warning/info/style to rule lists`);
    for (const [level, codes] of Object.entries(override)) {
      const severity = SEVERITY[level];
      if (!severity) throw new HadolintConfigError(`${origin}: override level '${level}' is not error, warning, info or style`);
      for (const code of list(codes, origin, `override.${level}`)) setRule(config, ruleCode(code, origin, `override.${level}`), { enabled: true, severity }, "dockerfile");
    }
  }
  for (const code of list(d.ignored, origin, "ignored")) setRule(config, ruleCode(code, origin, "ignored"), { enabled: false }, "dockerfile");
  const trusted = list(d.trustedRegistries, origin, "trustedRegistries").map(String);
  if (trusted.length) config.options["trusted-registries"] = trusted;
  if (d["label-schema"] !== void 0 && d["label-schema"] !== null) {
    if (typeof d["label-schema"] !== "object" || Array.isArray(d["label-schema"])) throw new HadolintConfigError(`${origin}: 'label-schema' must map label names to types`);
    config.options["label-schema"] = { ...d["label-schema"] };
  }
  if (d["strict-labels"] !== void 0) config.options["strict-labels"] = d["strict-labels"] === true;
  if (d["disable-ignore-pragma"] !== void 0) config.options["disable-ignore-pragma"] = d["disable-ignore-pragma"] === true;
  if (d["failure-threshold"] !== void 0) {
    const threshold = THRESHOLD[String(d["failure-threshold"]).toLowerCase()];
    if (!threshold) throw new HadolintConfigError(`${origin}: failure-threshold '${String(d["failure-threshold"])}' is not error, warning, info, style, ignore or none`);
    config.options["fail-on"] = threshold;
  }
  if (d["no-fail"] === true) config.options["fail-on"] = "none";
  return config;
}
function loadHadolintConfig(path) {
  let doc;
  try {
    doc = yamlLibrary().parse(readFileSync(path, "utf8"), { maxAliasCount: 100 });
  } catch (error) {
    throw new HadolintConfigError(`${path}: ${error.message.split("\n")[0]}`);
  }
  return configFromHadolint(doc, path);
}
function configuredFailOn(config) {
  const value = config.options["fail-on"];
  return isFailOn(value) ? value : void 0;
}

// src/config/load.ts
var CONFIG_NAMES = [".shipshape.yml", ".shipshape.yaml"];
var SEVERITIES = /* @__PURE__ */ new Set(["error", "warning", "info"]);
var ConfigError = class extends Error {
};
var ConfigLoader = class {
  /**
   * explicit: a config file given on the command line; it replaces discovery. hidden: the hidden entries of the
   * directories a walk has read (discoverFiles): a config name missing there needs no filesystem lookup.
   */
  constructor(explicit, hidden) {
    this.explicit = explicit;
    this.hidden = hidden;
  }
  explicit;
  hidden;
  files = /* @__PURE__ */ new Map();
  merged = /* @__PURE__ */ new Map();
  forFile(file) {
    if (this.explicit) return this.forDirectory("\0explicit");
    return this.forDirectory(dirname(resolve(file)));
  }
  forDirectory(dir) {
    const cached = this.merged.get(dir);
    if (cached) return cached;
    let config;
    if (dir === "\0explicit") {
      config = loadConfigFile(resolve(this.explicit)).config;
    } else {
      const own = this.configIn(dir);
      const parent = dirname(dir);
      const inherited = own?.root || parent === dir ? emptyConfig() : this.forDirectory(parent);
      config = own ? mergeConfigs(inherited, own.config) : inherited;
    }
    this.merged.set(dir, config);
    return config;
  }
  configIn(dir) {
    if (this.files.has(dir)) return this.files.get(dir) ?? null;
    const listed = this.hidden?.get(dir);
    const exists = (name2) => (!listed || listed.has(name2)) && existsSync(join(dir, name2));
    const name = CONFIG_NAMES.find(exists);
    const hadolint = name ? void 0 : HADOLINT_CONFIG_NAMES.find(exists);
    const raw = name ? loadConfigFile(join(dir, name)) : hadolint ? loadConfigFile(join(dir, hadolint)) : null;
    this.files.set(dir, raw);
    return raw;
  }
};
function mergeConfigs(base, over) {
  return {
    ...mergeRuleSettings(base, over),
    ignore: [...base.ignore, ...over.ignore],
    options: { ...base.options, ...over.options },
    sources: [...base.sources, ...over.sources]
  };
}
function loadConfigFile(path) {
  if (isHadolintConfigPath(path)) {
    try {
      return { root: false, config: loadHadolintConfig(path) };
    } catch (error) {
      throw error instanceof HadolintConfigError ? new ConfigError(error.message) : error;
    }
  }
  let doc;
  try {
    doc = yamlLibrary().parse(readFileSync2(path, "utf8"), { maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`${path}: ${error.message.split("\n")[0]}`);
  }
  return { root: isObject2(doc) && doc.root === true, config: configFromObject(doc ?? {}, path) };
}
function configFromObject(doc, origin) {
  if (!isObject2(doc)) throw new ConfigError(`${origin}: expected a mapping at the top level`);
  const config = emptyConfig();
  config.sources.push(origin);
  for (const key of Object.keys(doc)) {
    if (!["root", "rules", "ignore", "options"].includes(key)) throw new ConfigError(`${origin}: unknown key '${key}'`);
  }
  if (doc.rules !== void 0) {
    if (!isObject2(doc.rules)) throw new ConfigError(`${origin}: 'rules' must be a mapping of rule id to setting`);
    for (const [name, value] of Object.entries(doc.rules)) {
      if (!findRule(name) && !isShellcheckCode(name)) throw new ConfigError(`${origin}: unknown rule '${name}'`);
      setRule(config, name, ruleSetting(value, name, origin));
    }
  }
  if (doc.ignore !== void 0) {
    const list2 = Array.isArray(doc.ignore) ? doc.ignore : [doc.ignore];
    if (!list2.every((g) => typeof g === "string")) throw new ConfigError(`${origin}: 'ignore' must be a list of globs`);
    const base = dirname(resolve(origin));
    config.ignore = list2.map((g) => anchoredGlob(base, g));
  }
  if (doc.options !== void 0) {
    if (!isObject2(doc.options)) throw new ConfigError(`${origin}: 'options' must be a mapping`);
    const problem = optionsProblem(doc.options);
    if (problem) throw new ConfigError(`${origin}: options: ${problem}`);
    config.options = { ...doc.options };
  }
  return config;
}
function ruleSetting(value, name, origin) {
  if (value === false || value === "off") return { enabled: false };
  if (value === true || value === "on") return { enabled: true };
  if (typeof value === "string") {
    if (!SEVERITIES.has(value)) throw new ConfigError(`${origin}: rule '${name}': '${value}' is not off, on, error, warning or info`);
    return { enabled: true, severity: value };
  }
  if (isObject2(value)) {
    const setting = {};
    if (value.enabled !== void 0) {
      if (![true, false, "on", "off"].includes(value.enabled)) throw new ConfigError(`${origin}: rule '${name}': enabled must be true or false (or on, off), not ${JSON.stringify(value.enabled)}`);
      setting.enabled = value.enabled === true || value.enabled === "on";
    }
    if (value.severity !== void 0) {
      if (typeof value.severity !== "string" || !SEVERITIES.has(value.severity)) {
        throw new ConfigError(`${origin}: rule '${name}': severity must be error, warning or info`);
      }
      setting.severity = value.severity;
      if (setting.enabled === void 0) setting.enabled = true;
    }
    if (value.options !== void 0) {
      if (!isObject2(value.options)) throw new ConfigError(`${origin}: rule '${name}': options must be a mapping`);
      setting.options = { ...value.options };
    }
    return setting;
  }
  throw new ConfigError(`${origin}: rule '${name}': expected off, on, a severity or a mapping`);
}
function anchoredGlob(base, glob) {
  if (glob.startsWith("/")) return glob;
  const parts = glob.split("/");
  let lead = 0;
  while (lead < parts.length - 1 && (parts[lead] === "." || parts[lead] === "..")) lead++;
  return `${escapeGlob(resolve(base, ...parts.slice(0, lead)))}/${parts.slice(lead).join("/")}`;
}
function escapeGlob(path) {
  return path.replace(/[\\*?[\]{}()!+@|]/g, "\\$&");
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function configuredFailOnFor(cwd, explicit) {
  return configuredFailOn(new ConfigLoader(explicit).forFile(join(resolve(cwd), "Dockerfile")));
}

// src/discover/walk.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join as join2, resolve as resolve2 } from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
function discoverFiles(paths, cwd, hidden) {
  const found = /* @__PURE__ */ new Map();
  const visitedDirs = /* @__PURE__ */ new Set();
  const visitDir = (dir, known) => {
    let real;
    try {
      real = known ?? realpathSync(dir);
    } catch {
      return;
    }
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
    } catch {
      return;
    }
    const dotted = hidden && /* @__PURE__ */ new Set();
    for (const entry of entries) {
      if (dotted && entry.name.startsWith(".")) dotted.add(entry.name);
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const path = join2(dir, entry.name);
      if (entry.isDirectory()) visitDir(path, join2(real, entry.name));
      else if (entry.isFile()) addFile(path);
      else if (entry.isSymbolicLink()) visitLink(path);
    }
    if (dotted) hidden.set(dir, dotted);
  };
  const addFile = (path) => {
    const type = classify(path);
    if (type) found.set(path, { path, type });
  };
  const visitLink = (path) => {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      if (classify(path)) found.set(path, { path, type: classify(path), error: brokenLink(error) });
      return;
    }
    if (stats.isDirectory()) visitDir(path);
    else if (stats.isFile()) addFile(path);
  };
  for (const given of paths) {
    const path = resolve2(cwd, given);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      found.set(path, { path, type: classify(path, true), error: "no such file or directory" });
      continue;
    }
    if (stats.isDirectory()) visitDir(path);
    else found.set(path, { path, type: classify(path, true) });
  }
  return [...found.values()];
}
function brokenLink(error) {
  const code = error.code;
  if (code === "ENOENT") return "dangling symbolic link (its target does not exist)";
  if (code === "ELOOP") return "symbolic link loop (the links point at each other)";
  return `symbolic link cannot be followed (${code ?? "error"})`;
}
function byName(a, b) {
  return byCodeUnits(a.name, b.name);
}

// src/kubernetes/render-tools.ts
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { basename as basename2, delimiter, isAbsolute, join as join3, relative } from "node:path";

// src/core/rule-settings.ts
function settingOf(meta, config, id = meta.id) {
  const plain = config.rules[id];
  if (!config.targetRules) return plain;
  const target = targetOf(meta);
  const own = target === void 0 ? void 0 : config.targetRules[target]?.[id];
  return own ? { ...plain, ...own, options: { ...plain?.options, ...own.options } } : plain;
}
function ruleEnabled(meta, config) {
  const setting = settingOf(meta, config);
  if (setting?.enabled !== void 0) return setting.enabled;
  return meta.enabledByDefault !== false;
}
function ruleOptions(meta, config) {
  return { ...config.options, ...settingOf(meta, config)?.options };
}
function toFinding(meta, hit, file, config) {
  const id = hit.ruleId ?? meta.id;
  const setting = settingOf(meta, config, id);
  if (setting?.enabled === false) return null;
  const severity = setting?.severity ?? hit.severity ?? (id === meta.id ? meta.severity : ruleMeta(id)?.severity ?? meta.severity);
  const finding = {
    ruleId: id,
    severity,
    message: hit.message,
    file,
    line: hit.line,
    endLine: Math.max(hit.endLine ?? hit.line, hit.line),
    category: meta.category
  };
  if (hit.column !== void 0) finding.column = hit.column;
  return finding;
}
function runRules(rules, ctx, file, config, notices) {
  const findings = [];
  let globalOptions;
  for (const rule of rules) {
    if (!ruleEnabled(rule.meta, config)) continue;
    const own = settingOf(rule.meta, config)?.options;
    const options = own ? ruleOptions(rule.meta, config) : globalOptions ??= { ...config.options };
    let hits;
    try {
      hits = rule.check(ctx, options);
    } catch (error) {
      notices.push(`${file}: rule ${rule.meta.id} failed (${error.message}); its findings are missing`);
      continue;
    }
    const said = hits.length > 1 ? /* @__PURE__ */ new Set() : null;
    for (const hit of hits) {
      const finding = toFinding(rule.meta, hit, file, config);
      if (!finding) continue;
      if (said) {
        const key = `${finding.ruleId}\0${finding.line}\0${finding.endLine}\0${finding.column ?? ""}\0${finding.message}`;
        if (said.has(key)) continue;
        said.add(key);
      }
      findings.push(finding);
    }
  }
  return findings;
}

// src/data/kubernetes-ignore-aliases.json
var kubernetes_ignore_aliases_default = {
  $comment: "Peer checks that cover more than one of our rules, for ignore annotations only (a rule's `aliases` name each peer id once, so config and docs stay unambiguous). `ignore-check.kube-linter.io/latest-tag` means 'do not nag about this image's tag' whether it is missing or :latest.",
  covers: {
    "latest-tag": ["image-tag-latest", "image-tag-missing"],
    "container-image-tag": ["image-tag-latest", "image-tag-missing"],
    tagNotSpecified: ["image-tag-latest", "image-tag-missing"],
    CKV_K8S_14: ["image-tag-latest", "image-tag-missing"],
    KSV013: ["image-tag-latest", "image-tag-missing"]
  }
};

// src/kubernetes/ignores.ts
var byName2 = null;
function rulesNamed(name) {
  if (!byName2) {
    byName2 = /* @__PURE__ */ new Map();
    for (const { meta } of kubernetesRules) {
      for (const key of [meta.id, ...meta.aliases].map((k) => k.toLowerCase())) byName2.set(key, [.../* @__PURE__ */ new Set([...byName2.get(key) ?? [], meta.id])]);
    }
    for (const [peer, ids] of Object.entries(kubernetes_ignore_aliases_default.covers)) {
      byName2.set(peer.toLowerCase(), [.../* @__PURE__ */ new Set([...byName2.get(peer.toLowerCase()) ?? [], ...ids])]);
    }
  }
  return byName2.get(name.trim().toLowerCase()) ?? [];
}
var TRUE = /^(?:true|yes|1|on)$/i;
function ignoresFor(object, pod) {
  const ignores = { all: false, ids: /* @__PURE__ */ new Set() };
  const add = (name) => rulesNamed(name).forEach((id) => ignores.ids.add(id));
  const sources = [annotationsOf(object.value.metadata), ...pod && pod.metadataPath.length > 1 ? [annotationsOf(podMetadata(pod))] : []];
  for (const annotations of sources) {
    for (const [key, value] of Object.entries(annotations)) {
      const lower = key.toLowerCase();
      if (lower === "shipshape.io/ignore" || lower === "kube-score/ignore") value.split(",").forEach(add);
      else if (lower.startsWith("ignore-check.kube-linter.io/")) add(key.slice("ignore-check.kube-linter.io/".length));
      else if (lower === "polaris.fairwinds.com/exempt") ignores.all ||= TRUE.test(value.trim());
      else if (lower.startsWith("polaris.fairwinds.com/") && lower.endsWith("-exempt")) {
        if (TRUE.test(value.trim())) add(key.slice("polaris.fairwinds.com/".length, -"-exempt".length));
      } else if (lower.startsWith("checkov.io/skip")) add(value.split("=")[0]);
    }
  }
  return ignores;
}
function isIgnored(ignores, ruleId) {
  return ruleId !== "parse-error" && (ignores.all || ignores.ids.has(ruleId));
}

// src/kubernetes/lint.ts
var objectRuleList = null;
var objectRules = () => objectRuleList ??= kubernetesRules.filter((r) => r.scope === "object");
function lintManifest(file, text, config, notices, values) {
  const parsed = parseManifests(file, text, values);
  if (!parsed.isManifest) return { findings: [], error: null, model: null, skipped: true };
  const findings = [];
  for (const problem of parsed.problems) {
    const finding = toFinding(parse_error_default.meta, problem, file, config);
    if (finding) findings.push(finding);
  }
  append(findings, lintObjects(file, parsed, config, notices));
  const first = parsed.problems[0];
  const error = first && parsed.objects.length === 0 ? `line ${first.line}: ${first.message}` : null;
  return { findings, error, model: parsed };
}
function lintObjects(file, parsed, config, notices) {
  const findings = [];
  for (const object of parsed.objects) append(findings, lintObject(object, file, parsed, config, notices));
  return findings;
}
function lintObject(object, file, parsed, config, notices) {
  const pod = podSpecOf(object);
  const ignores = ignoresFor(object, pod);
  return runRules(objectRules(), { object, pod, file: parsed }, file, config, notices).filter((f) => !isIgnored(ignores, f.ruleId));
}

// src/kubernetes/repeats.ts
function oncePerProblem() {
  const kept = /* @__PURE__ */ new Set();
  const seenOf = /* @__PURE__ */ new WeakMap();
  return (finding, object) => {
    const place = `${finding.file}\0${finding.ruleId}\0${finding.line}\0${finding.severity}`;
    let seen = seenOf.get(object);
    if (!seen) seenOf.set(object, seen = /* @__PURE__ */ new Map());
    const nth = seen.get(place) ?? 0;
    seen.set(place, nth + 1);
    const key = `${place}\0${nth}`;
    if (kept.has(key)) return false;
    kept.add(key);
    return true;
  };
}

// src/kubernetes/render-tools.ts
var DEFAULT_TIMEOUT_SECONDS = 60;
var MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
function isInside(path, dir) {
  const rel = relative(dir, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
var Outputs = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  byFile = /* @__PURE__ */ new Map();
  notes = [];
  add(path, object) {
    if (this.ctx.ignored?.(path)) return;
    const file = this.ctx.reportPath(path);
    let entry = this.byFile.get(file);
    if (!entry) this.byFile.set(file, entry = { path, config: this.ctx.configFor(path), objects: [] });
    entry.objects.push(object);
  }
  /** A render finding on the Chart.yaml / kustomization file itself (the finding says it all; the file has no parse error). */
  note(path, meta, message) {
    const file = this.ctx.reportPath(path);
    const config = this.ctx.configFor(path);
    const finding = toFinding(meta, { line: 1, message }, file, config);
    this.notes.push({ file, path, type: "kubernetes", config, findings: finding ? [finding] : [], error: null, model: null });
  }
  files() {
    const linted = [...this.notes];
    for (const [file, { path, config, objects }] of this.byFile) {
      const model = { file, objects, problems: [], isManifest: true };
      const once = oncePerProblem();
      const findings = objects.flatMap((object) => lintObject(object, file, model, config, this.ctx.notices).filter((f) => once(f, object)));
      linted.push({ file, path, type: "kubernetes", config, findings, error: null, model });
    }
    return linted;
  }
};
function findTool(name, path = process.env.PATH ?? "") {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join3(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return null;
}
function runTool(command, args, cwd, timeoutSeconds) {
  const name = basename2(command);
  return new Promise((done) => {
    const child = execFile(command, args, { cwd, encoding: "utf8", timeout: timeoutSeconds * 1e3, killSignal: "SIGKILL", maxBuffer: MAX_OUTPUT_BYTES }, (error, stdout, stderr) => {
      if (!error) return done({ ok: true, stdout, error: "" });
      const code = error.code;
      if (code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") return done({ ok: false, stdout: "", error: `${name} produced more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MB of output` });
      if (error.killed && error.signal === "SIGKILL") return done({ ok: false, stdout: "", error: `${name} did not finish within ${timeoutSeconds} s and was stopped` });
      if (typeof code !== "number") return done({ ok: false, stdout: "", error: `${name} could not run: ${error.message}` });
      const lines = (stderr || stdout || "").split("\n").map((l) => l.trim()).filter(Boolean);
      done({ ok: false, stdout: "", error: `${name} exited with ${code}: ${lines.slice(0, 3).join(" / ") || "no message"}` });
    });
    child.stdin?.end();
  });
}
function timeoutOf(config) {
  const value = Number(config.options["render-timeout"]);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_SECONDS;
}
function stringList(value) {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}

// src/kubernetes/render-helm.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync3 } from "node:fs";
import { join as join4, resolve as resolve3 } from "node:path";
async function renderChart(root, ctx) {
  const chartYaml = join4(root, CHART_FILE);
  const config = ctx.configFor(chartYaml);
  const helm = findTool("helm");
  const covered = /* @__PURE__ */ new Set();
  if (!helm) {
    return (out) => (out.note(chartYaml, render_skipped_default.meta, "helm is not on PATH, so this chart was not rendered and its templates were not checked"), covered);
  }
  const missing = missingDependencies(root);
  if (missing.length) {
    return (out) => (out.note(chartYaml, render_skipped_default.meta, `the chart's dependencies ${missing.join(", ")} are not in charts/, so it was not rendered; run \`helm dependency build ${ctx.reportPath(root)}\` before shipshape to check it`), covered);
  }
  const args = ["template", String(config.options["helm-release"] ?? "release-name"), ".", "--skip-tests", "--include-crds"];
  if (typeof config.options["helm-namespace"] === "string") args.push("--namespace", config.options["helm-namespace"]);
  for (const values of helmValuesFiles(root, config)) args.push("--values", values);
  const run = await runTool(helm, args, root, timeoutOf(config));
  if (!run.ok) return (out) => (out.note(chartYaml, render_failed_default.meta, `helm template failed: ${run.error}`), covered);
  return (out) => {
    const { objects, lines } = helmObjects(run.stdout);
    const templates = /* @__PURE__ */ new Map();
    for (const { object, source } of objects) {
      if (/(?:^|,)\s*test(?:-success|-failure)?\s*(?:,|$)/.test(String(object.value.metadata?.annotations?.["helm.sh/hook"] ?? ""))) continue;
      const templatePath = source ? join4(root, ...source.split("/").slice(1)) : chartYaml;
      out.add(templatePath, mapToTemplate(object, lines, ctx.reportPath(templatePath), templateAt(templatePath, templates)));
    }
    return covered;
  };
}
function helmValuesFiles(root, config) {
  return stringList(config.options["helm-values"]).map((values) => resolve3(root, values));
}
function missingDependencies(root) {
  let chart;
  try {
    chart = load(readFileSync3(join4(root, CHART_FILE), "utf8"), { maxAliases: 100 });
  } catch {
    return [];
  }
  const dependencies = chart?.dependencies;
  if (!Array.isArray(dependencies)) return [];
  let vendored = [];
  try {
    vendored = readdirSync2(join4(root, "charts"));
  } catch {
  }
  return dependencies.map((d) => typeof d?.name === "string" ? d.name : "").filter((name) => name && !vendored.some((entry) => entry === name || entry.startsWith(`${name}-`) && entry.endsWith(".tgz")));
}
function helmObjects(text) {
  const parsed = parseManifests("helm-output", text);
  const lines = text.split("\n");
  const separators = lines.flatMap((line, i) => /^---\s*$/.test(line) ? [i] : []);
  const opensWithSeparator = lines.findIndex((l) => l.trim() !== "") === separators[0];
  const starts = opensWithSeparator ? separators : [0, ...separators];
  const sources = starts.map((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    for (let i = start; i < end; i++) {
      const match = /^# Source: (.+?)\s*$/.exec(lines[i]);
      if (match) return match[1];
    }
    return null;
  });
  return { objects: parsed.objects.map((object) => ({ object, source: sources[object.document] ?? null })), lines };
}
function mapToTemplate(rendered, output, file, { keyLines: templateKeyLines, kindLine, endLine }) {
  const lineOf = (path) => {
    for (let length = path.length; length >= 0; length--) {
      const line = rendered.lineOf(path.slice(0, length));
      const key = keyOf(output[line - 1] ?? "");
      if (!key) continue;
      let occurrence = 0;
      for (let n = rendered.line; n < line; n++) if (keyOf(output[n - 1] ?? "") === key) occurrence++;
      const candidates = templateKeyLines.get(key) ?? [];
      if (occurrence < candidates.length) return candidates[occurrence];
    }
    return kindLine;
  };
  return relocated(rendered, file, "helm", () => kindLine, () => endLine, lineOf);
}
function templateAt(path, cache) {
  let found = cache.get(path);
  if (found) return found;
  let template = [];
  try {
    template = readFileSync3(path, "utf8").split("\n");
  } catch {
  }
  const templateKeyLines = keyLines(template);
  const kindLine = (templateKeyLines.get("kind") ?? [1])[0];
  found = { keyLines: templateKeyLines, kindLine, endLine: Math.max(kindLine, template.length) };
  cache.set(path, found);
  return found;
}
var KEY = /^\s*(?:-\s+)*["']?([A-Za-z0-9_.\/-]+)["']?\s*:(?:\s|$)/;
function keyOf(line) {
  return KEY.exec(line)?.[1] ?? null;
}
function keyLines(lines) {
  const map = /* @__PURE__ */ new Map();
  lines.forEach((line, i) => {
    const key = keyOf(line);
    if (key) map.set(key, [...map.get(key) ?? [], i + 1]);
  });
  return map;
}

// src/kubernetes/render-kustomize.ts
import { existsSync as existsSync2, mkdtempSync, readFileSync as readFileSync4, rmSync, statSync as statSync2, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname2, join as join5, relative as relative2, resolve as resolve4, sep } from "node:path";
async function renderKustomization(file, ctx, read = readKustomization) {
  const dir = dirname2(file);
  const config = ctx.configFor(file);
  const patches = patchFiles(file, read);
  const kustomize = findTool("kustomize");
  const kubectl = kustomize ? null : findTool("kubectl");
  if (!kustomize && !kubectl) {
    return (out) => {
      out.note(file, render_skipped_default.meta, "neither kustomize nor kubectl is on PATH, so this Kustomization was not rendered: its files are checked as written and its patches skipped");
      return /* @__PURE__ */ new Set([file, ...patches]);
    };
  }
  const wrapper = mkdtempSync(join5(tmpdir(), "shipshape-kustomize-"));
  let run;
  try {
    const target = relative2(wrapper, dir).split(sep).join("/");
    writeFileSync(join5(wrapper, "kustomization.yaml"), `resources:
  - ${JSON.stringify(target)}
buildMetadata: [originAnnotations]
`);
    run = kustomize ? await runTool(kustomize, ["build", wrapper], wrapper, timeoutOf(config)) : await runTool(kubectl, ["kustomize", wrapper], wrapper, timeoutOf(config));
  } finally {
    rmSync(wrapper, { recursive: true, force: true });
  }
  if (!run.ok) {
    const why = kustomizeError(run.error, wrapper, ctx.cwd);
    return (out) => {
      out.note(file, render_failed_default.meta, `kustomize build failed: ${why}; the files are checked as written`);
      return /* @__PURE__ */ new Set([file, ...patches]);
    };
  }
  return (out) => {
    const consumed = /* @__PURE__ */ new Set([file, ...patches]);
    const parsedSources = /* @__PURE__ */ new Map();
    for (const object of parseManifests("kustomize-output", run.stdout).objects) {
      const origin = originOf(object);
      const source = origin?.path ? resolve4(wrapper, origin.path) : origin?.configuredIn ? resolve4(wrapper, origin.configuredIn) : file;
      stripOrigin(object);
      if (origin?.repo || !existsSync2(source)) {
        out.add(file, relocated(object, ctx.reportPath(file), "kustomize", () => 1, () => 1, () => 1));
        continue;
      }
      consumed.add(source);
      out.add(source, mapToSource(object, source, ctx.reportPath(source), parsedSources, origin?.configuredIn ? generatorLine(file, object.kind) : null));
    }
    return consumed;
  };
}
function kustomizeError(error, wrapper, cwd) {
  let text = error.replace(/[EWIF]\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\] "command failed" err="/, "").replace(/\\"/g, '"').replace(/"$/, "");
  text = text.replace(/^(kubectl|kustomize) exited with \d+: accumulating resources: accumulation err='accumulating resources from '[^']*': '[^']*' must resolve to a file': (?:recursed accumulation of path '[^']*': )?/, "$1: ");
  text = text.split(`${cwd}${sep}`).join("").split(wrapper).join(".");
  const missing = /lstat (\S+): no such file or directory/.exec(text);
  if (missing) return `${missing[1]} does not exist`;
  return text.length > 400 ? `\u2026${text.slice(text.indexOf(" ", text.length - 400) + 1)}` : text;
}
function referencedKustomizations(file, read = readKustomization) {
  const doc = read(file);
  const dir = dirname2(file);
  const found = [];
  for (const key of ["resources", "bases", "components"]) {
    for (const entry of stringList(doc?.[key])) {
      const base = kustomizationIn(resolve4(dir, entry));
      if (base) found.push(base);
    }
  }
  return found;
}
function kustomizationIn(dir) {
  try {
    if (!statSync2(dir).isDirectory()) return null;
  } catch {
    return null;
  }
  for (const name of KUSTOMIZATION_NAMES) {
    const file = join5(dir, name);
    try {
      if (statSync2(file).isFile()) return file;
    } catch {
    }
  }
  return null;
}
function readKustomization(file) {
  try {
    const doc = load(readFileSync4(file, "utf8"), { maxAliases: 100 });
    return isObject(doc) ? doc : null;
  } catch {
    return null;
  }
}
function cachedKustomizationReader() {
  const read = /* @__PURE__ */ new Map();
  return (file) => {
    let doc = read.get(file);
    if (doc === void 0) read.set(file, doc = readKustomization(file));
    return doc;
  };
}
function patchFiles(file, read = readKustomization) {
  const doc = read(file);
  if (!doc) return [];
  const dir = dirname2(file);
  const paths = [];
  for (const key of ["patches", "patchesStrategicMerge", "patchesJson6902"]) {
    const list2 = Array.isArray(doc[key]) ? doc[key] : [];
    for (const item of list2) {
      const path = typeof item === "string" ? item : isObject(item) && typeof item.path === "string" ? item.path : null;
      if (path && !path.includes("\n")) paths.push(resolve4(dir, path));
    }
  }
  return paths;
}
function originOf(object) {
  const annotations = object.value.metadata?.annotations;
  const text = isObject(annotations) ? annotations["config.kubernetes.io/origin"] : void 0;
  if (typeof text !== "string") return null;
  try {
    const origin = load(text, { maxAliases: 100 });
    if (!isObject(origin)) return null;
    const field = (key) => typeof origin[key] === "string" ? origin[key] : void 0;
    return { path: field("path"), configuredIn: field("configuredIn"), repo: field("repo") };
  } catch {
    return null;
  }
}
function stripOrigin(object) {
  const metadata = object.value.metadata;
  const annotations = metadata.annotations;
  delete annotations["config.kubernetes.io/origin"];
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
}
function mapToSource(rendered, path, file, cache, generator) {
  if (generator !== null) return relocated(rendered, file, "kustomize", () => generator, () => generator, () => generator);
  if (!cache.has(path)) {
    let parsed = null;
    try {
      parsed = parseManifests(file, readFileSync4(path, "utf8"));
    } catch {
      parsed = null;
    }
    cache.set(path, parsed);
  }
  const candidates = (cache.get(path)?.objects ?? []).filter((o) => o.kind === rendered.kind);
  const source = candidates.find((o) => o.name === rendered.name) ?? candidates.find((o) => o.name !== null && rendered.name !== null && rendered.name.includes(o.name)) ?? (candidates.length === 1 ? candidates[0] : void 0);
  if (!source) return relocated(rendered, file, "kustomize", () => 1, () => 1, () => 1);
  return relocated(rendered, file, "kustomize", () => source.line, () => source.endLine, (p) => source.lineOf(p));
}
function generatorLine(file, kind) {
  const key = kind === "Secret" ? "secretGenerator" : "configMapGenerator";
  try {
    const index = readFileSync4(file, "utf8").split("\n").findIndex((l) => l.startsWith(`${key}:`));
    return index >= 0 ? index + 1 : 1;
  } catch {
    return 1;
  }
}

// src/kubernetes/render.ts
import { existsSync as existsSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { basename as basename3, dirname as dirname3, join as join6 } from "node:path";
async function planRendering(discovered, ctx) {
  const charts = chartRoots(discovered);
  const inChart = (path) => charts.some((root) => isInside(path, root));
  const all = discovered.filter((f) => KUSTOMIZATION_NAMES.has(basename3(f.path)) && !inChart(f.path) && !f.error).map((f) => f.path);
  const read = cachedKustomizationReader();
  const bases = new Set(all.flatMap((file) => referencedKustomizations(file, read)));
  const components = all.filter((file) => read(file)?.kind === "Component");
  const kustomizations = all.filter((file) => !bases.has(file) && !components.includes(file));
  const fragments = new Set(components.flatMap((file) => patchFiles(file, read)));
  let rest = discovered.filter((f) => f.type === "dockerfile" || !inChart(f.path) && !KUSTOMIZATION_NAMES.has(basename3(f.path)) && !fragments.has(f.path));
  const jobs = [...charts.map((root) => () => renderChart(root, ctx)), ...kustomizations.map((file) => () => renderKustomization(file, ctx, read))];
  const out = new Outputs(ctx);
  for (const commit of await inParallel(jobs, Math.max(1, availableParallelism()))) {
    const consumed = commit(out);
    rest = rest.filter((f) => !consumed.has(f.path));
  }
  return { rest, linted: out.files() };
}
async function inParallel(jobs, limit) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
function chartRoots(discovered) {
  const roots = /* @__PURE__ */ new Set();
  const checked = /* @__PURE__ */ new Map();
  const hasChart = (dir) => {
    let known = checked.get(dir);
    if (known === void 0) checked.set(dir, known = existsSync3(join6(dir, CHART_FILE)));
    return known;
  };
  for (const file of discovered) {
    for (let dir = dirname3(file.path); ; dir = dirname3(dir)) {
      if (hasChart(dir)) roots.add(dir);
      if (dirname3(dir) === dir) break;
    }
  }
  const sorted = [...roots].sort((a, b) => a.length - b.length);
  return sorted.filter((root, i) => !sorted.slice(0, i).some((outer) => isInside(root, outer)));
}

export {
  CONFIG_NAMES,
  ConfigError,
  ConfigLoader,
  configuredFailOnFor,
  discoverFiles,
  ruleEnabled,
  ruleOptions,
  toFinding,
  runRules,
  ignoresFor,
  isIgnored,
  lintManifest,
  oncePerProblem,
  isInside,
  stringList,
  helmValuesFiles,
  kustomizationIn,
  cachedKustomizationReader,
  patchFiles,
  planRendering,
  chartRoots
};
