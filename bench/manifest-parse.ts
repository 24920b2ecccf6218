/**
 * Which YAML reading gives manifest findings their exact lines fastest? Run: `npx tsx bench/manifest-parse.ts [dir]`
 * (default ../shared/corpus/manifests). Over every *.yaml/*.yml/*.json file, median of 5 runs, it times:
 *   A  yaml (eemeli) parseAllDocuments + LineCounter + toJS: positions for every node, always (read-recover.ts);
 *   B  js-yaml parseEvents + constructFromEvents (loadAll's two steps), the events kept for a path→offset index
 *      built only for files whose lines are asked for (read-fast.ts, what parse.ts uses): B-min asks on files with a
 *      pod-bearing object, B-max on every file with an object (in practice nearly every manifest gets a finding);
 *   J  plain js-yaml loadAll, no positions at all (the floor).
 * Then it checks A and B agree line for line on the paths rules report (apiVersion, metadata, every container, its
 * image and resources), so "exact" is measured, not assumed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAll, YAML11_SCHEMA } from 'js-yaml';
import { manifestsFrom, type ParsedManifests } from '../src/kubernetes/parse.js';
import { podSpecOf } from '../src/kubernetes/pods.js';
import { readFast } from '../src/kubernetes/read-fast.js';
import { readRecovering } from '../src/kubernetes/read-recover.js';
import type { FieldPath } from '../src/kubernetes/model.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'manifests');
const RUNS = 5;

function walk(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((n) => walk(join(path, n))) : /\.(ya?ml|json)$/i.test(path) ? [path] : [];
}
const files = walk(dir).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

const POD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController', 'PodTemplate']);

/** Ask for the lines a typical rule run asks for: the object's own line and its first container's image. */
function touchLines(parsed: ParsedManifests, only: (kind: string) => boolean): void {
  for (const object of parsed.objects) {
    if (!only(object.kind)) continue;
    void object.line;
    const container = podSpecOf(object)?.containers[0];
    if (container) object.lineOf([...container.path, 'image']);
  }
}

/** Median wall time of each case, the cases interleaved run by run so a busy machine slows them all alike. */
function timeAll(cases: Record<string, () => void>): Record<string, number> {
  const runs: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, fn] of Object.entries(cases)) {
      const t0 = performance.now();
      fn();
      runs[name].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.sort((a, b) => a - b)[RUNS >> 1]]));
}

const A = (f: { path: string; text: string }) => manifestsFrom(f.path, f.text, readRecovering(f.text));
const B = (f: { path: string; text: string }) => manifestsFrom(f.path, f.text, readFast(f.text) ?? readRecovering(f.text));
const results = timeAll({
  A: () => files.forEach((f) => touchLines(A(f), () => true)),
  Bmin: () => files.forEach((f) => touchLines(B(f), (kind) => POD_KINDS.has(kind))),
  Bmax: () => files.forEach((f) => touchLines(B(f), () => true)),
  J: () => files.forEach((f) => { try { loadAll(f.text, { schema: YAML11_SCHEMA }); } catch { /* counted as read */ } }),
});

let compared = 0;
const mismatches: string[] = [];
const commentOnly: string[] = [];
for (const f of files) {
  const a = A(f);
  const b = B(f);
  if (a.objects.length !== b.objects.length) mismatches.push(`${f.path}: ${a.objects.length} objects with yaml, ${b.objects.length} with js-yaml`);
  a.objects.forEach((objectA, i) => {
    const objectB = b.objects[i];
    if (!objectB) return;
    const paths: FieldPath[] = [['apiVersion'], ['kind'], ['metadata', 'name'], ['metadata', 'namespace'], ['spec']];
    for (const c of podSpecOf(objectA)?.containers ?? []) paths.push(c.path, [...c.path, 'image'], [...c.path, 'resources'], [...c.path, 'securityContext', 'runAsUser']);
    const pairs: [string, number, number][] = [['line', objectA.line, objectB.line], ['endLine', objectA.endLine, objectB.endLine]];
    for (const path of paths) pairs.push([path.join('.'), objectA.lineOf(path), objectB.lineOf(path)]);
    for (const [what, la, lb] of pairs) {
      compared++;
      if (la === lb) continue;
      // yaml's node range runs over comment lines that trail a document; js-yaml's ends at the last value. Only
      // the object's last line can differ that way, and js-yaml's answer is the one a reader expects.
      const trailingComments = what === 'endLine' && lb < la && f.text.split('\n').slice(lb, la).every((l) => /^\s*(#.*)?$/.test(l));
      (trailingComments ? commentOnly : mismatches).push(`${f.path.slice(dir.length + 1)} #${i} ${what}: yaml ${la}, js-yaml ${lb}`);
    }
  });
}

const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;
console.log(`${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, median of ${RUNS} runs, node ${process.version}`);
console.log(`A      yaml parseAllDocuments + LineCounter + toJS          ${ms(results.A)}`);
console.log(`B-min  js-yaml events → values, lazy index (pod files)       ${ms(results.Bmin)}`);
console.log(`B-max  js-yaml events → values, lazy index (all object files) ${ms(results.Bmax)}`);
console.log(`J      plain js-yaml loadAll, no positions                  ${ms(results.J)}`);
console.log(`lines that agree, A vs B: ${compared - mismatches.length - commentOnly.length}/${compared}; ${commentOnly.length} end lines differ only by trailing comments, ${mismatches.length} real differences`);
for (const m of mismatches.slice(0, 20)) console.log(`  ${m}`);
process.exitCode = mismatches.length ? 1 : 0;
