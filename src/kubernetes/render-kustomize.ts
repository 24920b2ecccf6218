/** Kustomize: `kustomize build` / `kubectl kustomize`, findings mapped to resource files through origin annotations. */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import renderFailed from '../rules/common/render-failed.js';
import renderSkipped from '../rules/common/render-skipped.js';
import { KUSTOMIZATION_NAMES } from '../discover/classify.js';
import type { ManifestObject } from './model.js';
import { isObject, parseManifests, relocated, type ParsedManifests } from './parse.js';
import { findTool, runTool, stringList, timeoutOf, type Commit, type RenderContext, type ToolRun } from './render-tools.js';

/**
 * `kustomize build` (or `kubectl kustomize`) through a wrapper Kustomization that asks for origin annotations, so
 * each output object names the file it came from. Returns the files the render covered (resources, patches, the
 * kustomization itself): they are not checked again as written.
 */
export async function renderKustomization(file: string, ctx: RenderContext, read: KustomizationReader = readKustomization): Promise<Commit> {
  const dir = dirname(file);
  const config = ctx.configFor(file);
  const patches = patchFiles(file, read);
  const kustomize = findTool('kustomize');
  const kubectl = kustomize ? null : findTool('kubectl');
  if (!kustomize && !kubectl) {
    return (out) => {
      out.note(file, renderSkipped.meta, 'neither kustomize nor kubectl is on PATH, so this Kustomization was not rendered: its files are checked as written and its patches skipped');
      return new Set([file, ...patches]);
    };
  }
  const wrapper = mkdtempSync(join(tmpdir(), 'shipshape-kustomize-'));
  let run: ToolRun;
  try {
    const target = relative(wrapper, dir).split(sep).join('/');
    writeFileSync(join(wrapper, 'kustomization.yaml'), `resources:\n  - ${JSON.stringify(target)}\nbuildMetadata: [originAnnotations]\n`);
    run = kustomize
      ? await runTool(kustomize, ['build', wrapper], wrapper, timeoutOf(config))
      : await runTool(kubectl as string, ['kustomize', wrapper], wrapper, timeoutOf(config));
  } finally {
    rmSync(wrapper, { recursive: true, force: true });
  }
  if (!run.ok) {
    const why = kustomizeError(run.error, wrapper, ctx.cwd);
    return (out) => {
      out.note(file, renderFailed.meta, `kustomize build failed: ${why}; the files are checked as written`);
      return new Set([file, ...patches]);
    };
  }
  // Origin paths are relative to the wrapper directory (gone by now, but paths are only text).
  return (out) => {
    const consumed = new Set([file, ...patches]);
    const parsedSources = new Map<string, ParsedManifests | null>();
    for (const object of parseManifests('kustomize-output', run.stdout).objects) {
      const origin = originOf(object);
      const source = origin?.path ? resolve(wrapper, origin.path) : origin?.configuredIn ? resolve(wrapper, origin.configuredIn) : file;
      stripOrigin(object);
      if (origin?.repo || !existsSync(source)) {
        // A remote base (a git URL): reported at the kustomization that pulls it in.
        out.add(file, relocated(object, ctx.reportPath(file), 'kustomize', () => 1, () => 1, () => 1));
        continue;
      }
      consumed.add(source);
      out.add(source, mapToSource(object, source, ctx.reportPath(source), parsedSources, origin?.configuredIn ? generatorLine(file, object.kind) : null));
    }
    return consumed;
  };
}

/**
 * kustomize's error without klog's prefix, our wrapper's own layer of "accumulating resources from …", escaped
 * quotes or the working directory: what is left names the file and the problem.
 */
function kustomizeError(error: string, wrapper: string, cwd: string): string {
  let text = error.replace(/[EWIF]\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\] "command failed" err="/, '').replace(/\\"/g, '"').replace(/"$/, '');
  text = text.replace(/^(kubectl|kustomize) exited with \d+: accumulating resources: accumulation err='accumulating resources from '[^']*': '[^']*' must resolve to a file': (?:recursed accumulation of path '[^']*': )?/, '$1: ');
  text = text.split(`${cwd}${sep}`).join('').split(wrapper).join('.');
  const missing = /lstat (\S+): no such file or directory/.exec(text);
  if (missing) return `${missing[1]} does not exist`;
  return text.length > 400 ? `…${text.slice(text.indexOf(' ', text.length - 400) + 1)}` : text;
}

/** Kustomization files of the directories a kustomization builds on (resources, bases, components). */
export function referencedKustomizations(file: string, read: KustomizationReader = readKustomization): string[] {
  const doc = read(file);
  const dir = dirname(file);
  const found: string[] = [];
  for (const key of ['resources', 'bases', 'components']) {
    for (const entry of stringList(doc?.[key])) {
      const base = kustomizationIn(resolve(dir, entry));
      if (base) found.push(base);
    }
  }
  return found;
}

/**
 * The kustomization file of a directory, or null when it holds none (or is no directory: a resource file, a URL).
 * kustomize refuses a directory with two of them; the first of KUSTOMIZATION_NAMES stands for it here.
 */
export function kustomizationIn(dir: string): string | null {
  try {
    if (!statSync(dir).isDirectory()) return null;
  } catch {
    return null;
  }
  for (const name of KUSTOMIZATION_NAMES) {
    const file = join(dir, name);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not this name
    }
  }
  return null;
}

export type KustomizationReader = (file: string) => Record<string, unknown> | null;

/**
 * A kustomization file's content (YAML 1.2 core schema, as kustomize reads it), or null when unreadable. js-yaml, not
 * `yaml`: the few keys used here read the same, and `yaml` took a tenth of a corpus run for 22 small files.
 */
export function readKustomization(file: string): Record<string, unknown> | null {
  try {
    const doc: unknown = loadYaml(readFileSync(file, 'utf8'), { maxAliases: 100 });
    return isObject(doc) ? doc : null;
  } catch {
    return null;
  }
}

/** readKustomization that reads each file once: planning asks about the same file several times. */
export function cachedKustomizationReader(): KustomizationReader {
  const read = new Map<string, Record<string, unknown> | null>();
  return (file) => {
    let doc = read.get(file);
    if (doc === undefined) read.set(file, (doc = readKustomization(file)));
    return doc;
  };
}

/** Patch files a kustomization names: fragments, not objects to check on their own. */
export function patchFiles(file: string, read: KustomizationReader = readKustomization): string[] {
  const doc = read(file);
  if (!doc) return [];
  const dir = dirname(file);
  const paths: string[] = [];
  for (const key of ['patches', 'patchesStrategicMerge', 'patchesJson6902']) {
    const list = Array.isArray(doc[key]) ? doc[key] : [];
    for (const item of list) {
      const path = typeof item === 'string' ? item : isObject(item) && typeof item.path === 'string' ? item.path : null;
      // An inline patch (a YAML string with a newline) is no file.
      if (path && !path.includes('\n')) paths.push(resolve(dir, path));
    }
  }
  return paths;
}

function originOf(object: ManifestObject): { path?: string; configuredIn?: string; repo?: string } | null {
  const annotations = (object.value.metadata as Record<string, unknown> | undefined)?.annotations;
  const text = isObject(annotations) ? annotations['config.kubernetes.io/origin'] : undefined;
  if (typeof text !== 'string') return null;
  try {
    const origin: unknown = loadYaml(text, { maxAliases: 100 });
    if (!isObject(origin)) return null;
    const field = (key: string) => (typeof origin[key] === 'string' ? (origin[key] as string) : undefined);
    return { path: field('path'), configuredIn: field('configuredIn'), repo: field('repo') };
  } catch {
    return null;
  }
}

/** The origin annotation is ours, not the user's: rules must not see it. */
function stripOrigin(object: ManifestObject): void {
  const metadata = object.value.metadata as Record<string, unknown>;
  const annotations = metadata.annotations as Record<string, unknown>;
  delete annotations['config.kubernetes.io/origin'];
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
}

/**
 * The rendered object with the lines of the object it came from in the source file (same kind, and the same name
 * or the name a prefix/suffix was added to), so a finding on a patched or prefixed object still lands on the line
 * a person edits; a field a patch added reports at its nearest ancestor the source has.
 */
function mapToSource(rendered: ManifestObject, path: string, file: string, cache: Map<string, ParsedManifests | null>, generator: number | null): ManifestObject {
  if (generator !== null) return relocated(rendered, file, 'kustomize', () => generator, () => generator, () => generator);
  if (!cache.has(path)) {
    let parsed: ParsedManifests | null = null;
    try {
      parsed = parseManifests(file, readFileSync(path, 'utf8'));
    } catch {
      parsed = null;
    }
    cache.set(path, parsed);
  }
  const candidates = (cache.get(path)?.objects ?? []).filter((o) => o.kind === rendered.kind);
  const source = candidates.find((o) => o.name === rendered.name)
    ?? candidates.find((o) => o.name !== null && rendered.name !== null && rendered.name.includes(o.name))
    ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!source) return relocated(rendered, file, 'kustomize', () => 1, () => 1, () => 1);
  return relocated(rendered, file, 'kustomize', () => source.line, () => source.endLine, (p) => source.lineOf(p));
}

/** The line of a kustomization's configMapGenerator/secretGenerator, where a generated object is defined. */
function generatorLine(file: string, kind: string): number {
  const key = kind === 'Secret' ? 'secretGenerator' : 'configMapGenerator';
  try {
    const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return index >= 0 ? index + 1 : 1;
  } catch {
    return 1;
  }
}
