import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  describeApiError
} from "./chunk-DETAYXKM.js";
import {
  CHART_FILE,
  KUSTOMIZATION_NAMES,
  classify
} from "./chunk-6MOYGY67.js";
import {
  require_picomatch
} from "./chunk-4JEQPCOM.js";
import {
  __toESM
} from "./chunk-VUGGHO27.js";

// src/action/scope.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync } from "node:fs";
import { join, posix } from "node:path";

// src/action/patch.ts
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const added = [];
  const context = [];
  let next = 0;
  let inHunk = false;
  for (const line of patch.split("\n")) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      if (count > 0) push(context, next, next + count - 1);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith("+")) push(added, next, next++);
    else if (line.startsWith(" ")) next++;
    else if (line.startsWith("diff --git")) inHunk = false;
  }
  return { added, context };
}
function push(ranges, start, end) {
  const last = ranges[ranges.length - 1];
  if (last && start <= last.end + 1) last.end = Math.max(last.end, end);
  else ranges.push({ start, end });
}
function overlaps(ranges, start, end) {
  return ranges.some((r) => r.start <= end && start <= r.end);
}
function splitGitDiff(output) {
  const patches = /* @__PURE__ */ new Map();
  let current = null;
  let lines = [];
  const flush = () => {
    if (current !== null) patches.set(current, lines.join("\n"));
    current = null;
    lines = [];
  };
  for (const line of output.split("\n")) {
    if (line.startsWith("diff --git ")) {
      flush();
      continue;
    }
    if (current === null && line.startsWith("+++ ")) {
      const target = unquoteGitPath(line.slice(4));
      if (target.startsWith("b/")) current = target.slice(2);
      continue;
    }
    if (current !== null) lines.push(line);
  }
  flush();
  return patches;
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquoteGitPath(text) {
  if (!text.startsWith('"') || !text.endsWith('"')) return text.replace(/\t$/, "");
  const bytes = [];
  const body = Array.from(text.slice(1, -1));
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3).join(""), 8));
      i += 2;
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/action/scope.ts
function pathFilter(include, exclude) {
  const matchesAny = (patterns) => {
    if (patterns.length === 0) return null;
    const matchers = patterns.map(compileGlob);
    return (file) => matchers.some((m) => m(file));
  };
  const included = matchesAny(include);
  const excluded = matchesAny(exclude);
  return (file) => (!included || included(file)) && !(excluded && excluded(file));
}
function compileGlob(pattern) {
  const clean = pattern.replace(/^\.\//, "").replace(/\/+$/, "");
  const base = (0, import_picomatch.default)(clean, { dot: true, basename: !clean.includes("/") });
  const under = (0, import_picomatch.default)(`${clean}/**`, { dot: true });
  return (file) => base(file) || under(file);
}
function reportedFiles(changes, mode) {
  return changes.kind === "all" || mode === "nofilter" ? null : changes.files;
}
function findingFilter(changes, mode) {
  const files = reportedFiles(changes, mode);
  if (!files) return () => true;
  return (f) => {
    const changed = files.get(f.file);
    if (!changed) return false;
    if (mode === "file" || changed.lines === "all" || changed.renderInput) return true;
    return overlaps(mode === "added" ? changed.lines.added : changed.lines.context, f.line, f.endLine);
  };
}
function onChangedLine(changes, f) {
  if (changes.kind === "all") return false;
  const changed = changes.files.get(f.file);
  return Boolean(changed && (changed.lines === "all" || overlaps(changed.lines.added, f.line, f.endLine)));
}
function nothingToCheck(changes, mode, inScope) {
  const files = reportedFiles(changes, mode);
  return files !== null && ![...files.keys()].some((p) => classify(p) !== null && inScope(p));
}
async function withRenderInputs(changes, workspace, mode, configFile, notes) {
  if (changes.kind === "all") return changes;
  const touched = [
    ...changes.files.keys(),
    ...[...changes.files.values()].flatMap((f) => f.previousPath ? [f.previousPath] : []),
    ...changes.removed ?? []
  ];
  const nearRender = renderRootAbove(workspace);
  if (!touched.some((p) => classify(p) !== null || nearRender(p))) return changes;
  const { renderInputs } = await import("./chunk-UNJGH2QW.js");
  let renders;
  try {
    renders = renderInputs(workspace, configFile);
  } catch (error) {
    notes.push(`could not work out what the charts and Kustomizations are rendered from (${error.message}); their findings are filtered like any file's`);
    return changes;
  }
  const files = new Map(changes.files);
  const widened = [];
  for (const render of renders) {
    const fed = touched.find((p) => render.feeds(p));
    const read = fed ?? touched.find((p) => render.reads(p));
    if (!read) continue;
    for (const file of fed ? render.outputs : [render.file]) {
      const entry = files.get(file) ?? { path: file, status: "modified", lines: { added: [], context: [] } };
      files.set(file, { ...entry, renderInput: read });
    }
    if (fed) widened.push(`${posix.dirname(render.file)} (${fed})`);
  }
  if (widened.length && mode !== "nofilter") {
    const one = widened.length === 1;
    const where = mode === "file" ? "in the files it changes" : "on the lines it changes";
    notes.push(`this change touches what ${listed(widened)} ${one ? "is" : "are"} rendered from: ${one ? "its" : "their"} findings are reported wherever they are, not only ${where}`);
  }
  return { ...changes, files };
}
function renderRootAbove(workspace) {
  const known = /* @__PURE__ */ new Map();
  const isRoot = (dir) => {
    let found = known.get(dir);
    if (found === void 0) known.set(dir, found = [CHART_FILE, ...KUSTOMIZATION_NAMES].some((name) => existsSync(join(workspace, dir, name))));
    return found;
  };
  return (path) => inDirectoryWhere(path, isRoot);
}
function inDirectoryWhere(path, isRoot) {
  for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
    if (isRoot(dir)) return true;
    if (dir === "." || dir === "/") return false;
  }
}
function listed(items) {
  const shown = items.slice(0, 3);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}` : shown[0];
}

// src/github/pull-files.ts
var PULL_FILES_CAP = 3e3;
async function listPullFiles(github, repo, pullNumber) {
  const files = [];
  const pages = github.paginate.iterator("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...repo, pull_number: pullNumber, per_page: 100 });
  for await (const page of pages) {
    for (const f of page.data) {
      files.push({
        path: f.filename,
        ...f.previous_filename ? { previousPath: f.previous_filename } : {},
        status: f.status,
        ...f.patch !== void 0 ? { patch: f.patch } : {},
        ...typeof f.changes === "number" ? { changes: f.changes } : {}
      });
    }
  }
  return { files, truncated: files.length >= PULL_FILES_CAP };
}

// src/action/changes.ts
async function resolveChanges(context, git, github, notices) {
  if (context.pull) {
    const { number, baseSha, headSha, changedFiles } = context.pull;
    if (github && (changedFiles ?? 0) <= PULL_FILES_CAP) {
      try {
        const listed2 = await listPullFiles(github, { owner: context.owner, repo: context.repo }, number);
        if (!listed2.truncated) return { kind: "diff", ...fromPullFiles(listed2.files), source: "api", base: baseSha, head: headSha };
        notices.push(`the pull request changes ${PULL_FILES_CAP} files or more, past what GitHub's API lists; using git diff`);
      } catch (error) {
        notices.push(`could not list the pull request's files (${describeApiError(error)}); using git diff`);
      }
    } else if (github) {
      notices.push(`the pull request changes ${changedFiles} files, past what GitHub's API lists; using git diff`);
    }
    try {
      await git.ensureCommits([baseSha, headSha]);
      const mergeBase = await git.mergeBase(baseSha, headSha);
      if (!mergeBase) notices.push("no merge base between the pull request's base and head; diffing the two directly");
      return { kind: "diff", ...await fromGit(git, mergeBase ?? baseSha, headSha), source: "git", base: mergeBase ?? baseSha };
    } catch (error) {
      return { kind: "all", reason: `could not diff the pull request with git (${error.message}); checking every file` };
    }
  }
  if (context.eventName === "push") {
    if (!context.push) return { kind: "all", reason: "a new branch has no previous commit to compare with; checking every file" };
    const { before, after } = context.push;
    try {
      await git.ensureCommits([before, after]);
      return { kind: "diff", ...await fromGit(git, before, after), source: "git", base: before };
    } catch (error) {
      return { kind: "all", reason: `could not diff the push with git (${error.message}); checking every file` };
    }
  }
  return { kind: "all", reason: `a ${context.eventName || "local"} run checks every file` };
}
var NO_LINES = { added: [], context: [] };
async function changeBase(changes, git) {
  if (!changes.head) return changes.base;
  await git.ensureCommits([changes.base, changes.head]);
  return await git.mergeBase(changes.base, changes.head) ?? changes.base;
}
function fromPullFiles(files) {
  const result = /* @__PURE__ */ new Map();
  const removed = [];
  for (const f of files) {
    if (f.status === "removed") removed.push(f.path);
    if (f.status === "removed" || f.status === "unchanged") continue;
    const status = f.status === "added" || f.status === "copied" ? "added" : f.status === "renamed" ? "renamed" : "modified";
    const lines = f.patch !== void 0 ? parsePatch(f.patch) : f.status === "renamed" || f.changes === 0 ? NO_LINES : "all";
    result.set(f.path, { path: f.path, ...status === "renamed" && f.previousPath ? { previousPath: f.previousPath } : {}, status, lines });
  }
  return { files: result, removed };
}
async function fromGit(git, from, to) {
  const [names, patch] = await Promise.all([git.changedFiles(from, to), git.patch(from, to)]);
  const patches = splitGitDiff(patch);
  const result = /* @__PURE__ */ new Map();
  const removed = [];
  for (const n of names) {
    if (n.status === "D") {
      removed.push(n.path);
      continue;
    }
    const status = gitStatus(n);
    const text = patches.get(n.path);
    const lines = text !== void 0 ? parsePatch(text) : status === "added" ? "all" : NO_LINES;
    result.set(n.path, { path: n.path, ...status === "renamed" ? { previousPath: n.previousPath } : {}, status, lines });
  }
  return { files: result, removed };
}
function gitStatus(n) {
  if (n.status === "A" || n.status === "C") return "added";
  if (n.status === "R") return "renamed";
  return "modified";
}

export {
  resolveChanges,
  changeBase,
  pathFilter,
  reportedFiles,
  findingFilter,
  onChangedLine,
  nothingToCheck,
  withRenderInputs,
  inDirectoryWhere
};
