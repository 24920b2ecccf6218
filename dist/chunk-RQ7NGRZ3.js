import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  changeBase,
  findingFilter,
  inDirectoryWhere,
  pathFilter,
  reportedFiles
} from "./chunk-ZOSCD32U.js";
import {
  configFileOf,
  group,
  notice
} from "./chunk-DETAYXKM.js";
import {
  run
} from "./chunk-7WCJ5V76.js";
import {
  CONFIG_NAMES
} from "./chunk-V56OZ3OK.js";
import {
  CHART_FILE,
  KUSTOMIZATION_NAMES,
  classify
} from "./chunk-6MOYGY67.js";
import "./chunk-HUCAUT67.js";
import "./chunk-NKWLBF3J.js";
import "./chunk-EMQ6UYHY.js";
import "./chunk-BRXAADAB.js";
import {
  inShard
} from "./chunk-FRDFALO4.js";
import "./chunk-O3VY6SPR.js";
import "./chunk-L52PBGJD.js";
import "./chunk-4JEQPCOM.js";
import "./chunk-BE2CS7BA.js";
import "./chunk-WPAU4ZYR.js";
import "./chunk-QWTCEQYU.js";
import "./chunk-VUGGHO27.js";

// src/action/baseline.ts
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
var MAX_CONTEXT_FILES = 5e3;
async function markNewAndExisting(report, input) {
  const { changes } = input;
  if (changes.kind === "all") return;
  const basePathOf = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const changed = changes.files.get(f.file);
    if (!changed) f.status = "existing";
    else if (changed.status === "added") f.status = "new";
    else basePathOf.set(f.file, changed.previousPath ?? f.file);
  }
  if (basePathOf.size === 0) return;
  const baseFindings = await lintBase(await changeBase(changes, input.git), new Set(basePathOf.values()), input);
  const headPathOf = new Map([...basePathOf].map(([head, base]) => [base, head]));
  const pool = new FindingPool();
  for (const b of baseFindings.findings) {
    const head = headPathOf.get(b.file);
    if (head) pool.add(b, head, baseFindings.texts.get(b.file) ?? []);
  }
  const headTexts = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (!basePathOf.has(f.file)) continue;
    if (!headTexts.has(f.file)) headTexts.set(f.file, readLines(join(input.workspace, f.file)));
    f.status = pool.take(f, headTexts.get(f.file) ?? []) ? "existing" : "new";
  }
}
var FindingPool = class {
  byText = /* @__PURE__ */ new Map();
  byMessage = /* @__PURE__ */ new Map();
  used = /* @__PURE__ */ new Set();
  add(f, headFile, lines) {
    push(this.byText, `${f.ruleId}\0${headFile}\0${lineText(lines, f)}`, f);
    push(this.byMessage, `${f.ruleId}\0${headFile}\0${f.message}`, f);
  }
  take(f, lines) {
    const found = this.first(this.byText.get(`${f.ruleId}\0${f.file}\0${lineText(lines, f)}`)) ?? this.first(this.byMessage.get(`${f.ruleId}\0${f.file}\0${f.message}`));
    if (found) this.used.add(found);
    return Boolean(found);
  }
  first(list) {
    return list?.find((f) => !this.used.has(f));
  }
};
function push(map, key, f) {
  const list = map.get(key);
  if (list) list.push(f);
  else map.set(key, [f]);
}
function lineText(lines, f) {
  return lines.slice(f.line - 1, f.endLine).join("\n").replace(/\s+/g, " ").trim();
}
function readLines(path) {
  try {
    return readFileSync(path, "utf8").split(/\r?\n/);
  } catch {
    return [];
  }
}
async function lintBase(base, wanted, input) {
  const scratch = mkdtempSync(join(tmpdir(), "shipshape-base-"));
  try {
    await input.git.ensureCommits([base]);
    const listed = await input.git.listFilesAt(base);
    const roots = renderRoots(listed);
    const checked = listed.filter((p) => (classify(p) !== null || inRenderRoot(p, roots)) && input.inScope(p));
    const paths = checked.length <= MAX_CONTEXT_FILES ? [.../* @__PURE__ */ new Set([...checked, ...wanted])] : [...wanted];
    const blobs = await input.git.readFiles(base, paths);
    const texts = /* @__PURE__ */ new Map();
    for (const [path, content] of blobs) {
      const target = join(scratch, ...path.split("/"));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      if (wanted.has(path)) texts.set(path, content.toString("utf8").split(/\r?\n/));
    }
    copyConfigs(input.workspace, scratch, wanted);
    const report = await run({ paths: ["."], cwd: scratch, configFile: input.configFile, options: input.options, reportFilter: (file) => wanted.has(file) });
    return { findings: report.findings, texts };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
function renderRoots(listed) {
  const roots = /* @__PURE__ */ new Set();
  for (const path of listed) {
    const name = posix.basename(path);
    if (name === CHART_FILE || KUSTOMIZATION_NAMES.has(name)) roots.add(posix.dirname(path));
  }
  return roots;
}
function inRenderRoot(path, roots) {
  return roots.size > 0 && inDirectoryWhere(path, (dir) => roots.has(dir));
}
function copyConfigs(workspace, scratch, paths) {
  const dirs = /* @__PURE__ */ new Set();
  for (const path of paths) {
    for (let dir = posix.dirname(path); !dirs.has(dir); dir = posix.dirname(dir)) {
      dirs.add(dir);
      if (dir === ".") break;
    }
  }
  for (const dir of dirs) {
    for (const name of CONFIG_NAMES) {
      const from = join(workspace, dir, name);
      if (!existsSync(from)) continue;
      mkdirSync(join(scratch, dir), { recursive: true });
      copyFileSync(from, join(scratch, dir, name));
    }
  }
}

// src/action/build.ts
import { randomUUID } from "node:crypto";

// src/image/trust.ts
function buildPermission(context) {
  const reason = untrustedReason(context);
  if (!reason) return { allowed: true, notice: null };
  if (context.allowUntrustedBuild) {
    return { allowed: true, notice: `Building images although ${reason}, because allow-untrusted-build is true: the pull request's RUN commands run on this runner.` };
  }
  return {
    allowed: false,
    notice: `Image build skipped: ${reason}, and building would run its RUN commands on this runner. Set allow-untrusted-build: true to build anyway.`
  };
}
function untrustedReason(context) {
  if (context.eventName === "pull_request_target") return "this is a pull_request_target run (it holds the base repository's secrets)";
  if (context.eventName === "workflow_run" || context.eventName === "issue_comment") {
    return `this is a ${context.eventName} run (it holds the base repository's secrets and may be checking out pull request code)`;
  }
  const isPullRequest = context.eventName === "pull_request" || context.eventName === "pull_request_review" || context.eventName === "pull_request_review_comment";
  if (!isPullRequest) return null;
  const head = context.headRepository ?? null;
  const base = context.baseRepository ?? null;
  if (head === null) return "the pull request's head repository is unknown (a deleted fork)";
  if (base !== null && head.toLowerCase() !== base.toLowerCase()) return `the pull request comes from the fork ${head}`;
  return null;
}

// src/action/build.ts
async function buildOptions(inputs, context, changes, git, notes) {
  if (!inputs.build) return void 0;
  const permission = buildPermission({
    eventName: context.eventName,
    headRepository: context.pull?.headRepository,
    baseRepository: context.pull?.baseRepository,
    allowUntrustedBuild: inputs.allowUntrustedBuild
  });
  if (permission.notice) {
    notes.push(permission.notice);
    notice(`shipshape: ${permission.notice}`);
  }
  if (!permission.allowed) return void 0;
  const compareBase = inputs.compareBase ?? (changes.kind === "diff" ? await changeBase(changes, git).catch(() => changes.base) : null);
  if (compareBase && /^[0-9a-f]{40}$/.test(compareBase)) await git.ensureCommits([compareBase]).catch(() => void 0);
  return { compareBase, log: process.stdout, group: buildGroup, keepImages: inputs.keepImages };
}
async function buildGroup(title, work) {
  return group(title, async () => {
    const token = randomUUID();
    process.stdout.write(`::stop-commands::${token}
`);
    try {
      return await work();
    } finally {
      process.stdout.write(`::${token}::
`);
    }
  });
}

// src/action/check.ts
async function checkWorkspace(context, inputs, changes, git, notices) {
  const { workspace } = context;
  const inScope = pathFilter(inputs.paths, inputs.exclude);
  const reported = reportedFiles(changes, inputs.filterMode);
  const scoped = inputs.paths.length > 0 || inputs.exclude.length > 0;
  const options = engineOptions(inputs);
  const configFile = configFileOf(inputs, workspace);
  const build = await buildOptions(inputs, context, changes, git, notices);
  const report = await run({
    paths: ["."],
    // One walk of the workspace: files out of the `paths`/`exclude` scope are not read at all.
    ...scoped ? { include: inScope } : {},
    cwd: workspace,
    configFile,
    options,
    ...!reported && !inputs.shard ? {} : { reportFilter: (file) => (!reported || reported.has(file) && inScope(file)) && (!inputs.shard || inShard(inputs.shard)(file)) },
    ...build ? { build } : {}
  });
  report.findings = report.findings.filter(findingFilter(changes, inputs.filterMode));
  try {
    await markNewAndExisting(report, { workspace, git, changes, configFile, options, inScope });
  } catch (error) {
    notices.push(`could not lint the base version of the changed files (${error.message}); every finding counts as new`);
    for (const f of report.findings) f.status ??= "new";
  }
  return report;
}
function engineOptions(inputs) {
  const options = {};
  if (inputs.kubernetesVersion) options["kubernetes-version"] = inputs.kubernetesVersion;
  if (inputs.maxImageSize !== void 0) options["max-image-size"] = inputs.maxImageSize;
  if (inputs.maxLayers !== void 0) options["max-layers"] = inputs.maxLayers;
  if (inputs.minEfficiency !== void 0) options["min-efficiency"] = inputs.minEfficiency;
  return options;
}
export {
  checkWorkspace,
  engineOptions
};
