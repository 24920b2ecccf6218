// The image part of the bench: a ~1 GB image (FROM scratch, busybox, four layers of 256 MiB of random bytes) is
// analysed as shipshape does it — `docker save` streamed through the reader, layers mapped to lines, waste — and
// timed against `docker save <img> > /dev/null` alone; peak RSS shows the layers are never held in memory.
// The save dominates (the engine spends ~8 s of CPU on it) and the machine is shared, so the four commands run in
// turns and each ratio is the median of the ratios to the save measured in the same round.
// `node bench/image.mjs` prints a table; `--json` prints the rows for bench/run.mjs. The image is built once and kept
// (tag below; `docker image rm` it to reclaim the space).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { median, runOnce } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const json = process.argv.includes('--json');
const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const TAG = 'shipshape-bench/image-1g:v1';
const SMALL_TAG = 'shipshape-bench/image-256m:v1';
const LAYERS = 4;
const LAYER_MIB = 256;
const DOCKERFILE = ['FROM scratch', 'COPY busybox /bin/busybox', 'SHELL ["/bin/busybox", "sh", "-c"]',
  ...Array.from({ length: LAYERS }, (_, i) => `RUN dd if=/dev/urandom of=/data${i + 1} bs=1048576 count=${LAYER_MIB} 2>/dev/null`), ''].join('\n');

const rows = [];
const emit = () => {
  if (json) {
    console.log(JSON.stringify(rows));
    return;
  }
  const figure = (v) => (v === null || v === undefined ? '—' : v.toFixed(0));
  console.log('| line | what | wall ms | CPU ms | peak RSS MiB | note |\n|---|---|---:|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.line} | ${r.what} | ${figure(r.ms)} | ${figure(r.cpuMs)} | ${figure(r.rss)} | ${r.note} |`);
};

if (spawnSync('docker', ['version', '--format', '{{.Server.Version}}']).status !== 0) {
  rows.push({ line: 'image', what: 'analysis of a ~1 GB image', ms: null, rss: null, note: 'no Docker engine answers: not measured' });
  emit();
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'shipshape-bench-image-'));
try {
  const dockerfile = join(work, 'Dockerfile');
  writeFileSync(dockerfile, DOCKERFILE);
  if (spawnSync('docker', ['image', 'inspect', TAG]).status !== 0) {
    process.stderr.write(`bench: building ${TAG} (${LAYERS} × ${LAYER_MIB} MiB of random bytes)…\n`);
    copyFileSync('/bin/busybox', join(work, 'busybox'));
    const built = spawnSync('docker', ['build', '--network', 'none', '-q', '-t', TAG, work], { env: { ...process.env, DOCKER_BUILDKIT: '0' }, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`building the bench image failed: ${built.stderr}`);
  }
  // The same analysis of a quarter of the image: the same peak RSS means no layer ever sits in memory.
  const smallDockerfile = join(work, 'small.Dockerfile');
  writeFileSync(smallDockerfile, DOCKERFILE.split('\n').slice(0, 4).join('\n') + '\n');
  if (spawnSync('docker', ['image', 'inspect', SMALL_TAG]).status !== 0) {
    copyFileSync('/bin/busybox', join(work, 'busybox'));
    spawnSync('docker', ['build', '--network', 'none', '-q', '-f', smallDockerfile, '-t', SMALL_TAG, work], { env: { ...process.env, DOCKER_BUILDKIT: '0' } });
  }
  const size = Number(spawnSync('docker', ['image', 'inspect', '--format', '{{.Size}}', TAG], { encoding: 'utf8' }).stdout.trim());
  const bundle = join(work, 'image-analyze.mjs');
  await build({
    entryPoints: [join(root, 'bench', 'image-analyze.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', logLevel: 'warning',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  const gb = `${(size / 1e9).toFixed(2)} GB`;
  const commands = {
    save: ['sh', ['-c', `docker save ${TAG} > /dev/null`]],
    full: [process.execPath, [bundle, TAG, dockerfile, 'full']],
    bare: [process.execPath, [bundle, TAG, dockerfile, 'no-gzip']],
    small: [process.execPath, [bundle, SMALL_TAG, smallDockerfile, 'full']],
  };
  const runsOf = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [key, [command, args]] of Object.entries(commands)) {
      const result = runOnce(command, args);
      if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
      runsOf[key].push(result);
    }
  }
  const of = (key, field) => median(runsOf[key].map((r) => r[field]).filter((v) => v !== null));
  const ratio = (key) => median(runsOf[key].map((r, i) => r.ms / runsOf.save[i].ms));
  const row = (line, what, key, note) => rows.push({ line, what, ms: of(key, 'ms'), cpuMs: of(key, 'cpuMs'), rss: key === 'save' ? null : of(key, 'rssMiB'), note });
  row('image save', `docker save of the ${gb} image > /dev/null (the floor)`, 'save', `median of ${runs} runs, in turns with the rows below`);
  row('image analysis', 'streamed docker save → layers, lines, waste, gzip estimate', 'full', `${ratio('full').toFixed(2)}× docker save; RSS ${(of('full', 'rssMiB') / (size / 1048576) * 100).toFixed(1)} % of the image`);
  row('image analysis, no gzip', 'the same without the compressed-size estimate', 'bare', `${ratio('bare').toFixed(2)}× docker save`);
  const smallSize = Number(spawnSync('docker', ['image', 'inspect', '--format', '{{.Size}}', SMALL_TAG], { encoding: 'utf8' }).stdout.trim());
  row('image analysis, ¼ image', `the same on a ${(smallSize / 1e9).toFixed(2)} GB image (one 256 MiB layer)`, 'small', rssDelta(of('full', 'rssMiB') - of('small', 'rssMiB')));
  emit();
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The RSS the 4× larger image costs, in whole MiB: "-0" and "-1 MiB more" read as nonsense. */
function rssDelta(mib) {
  const whole = Math.round(mib);
  return whole === 0 ? '4× the image costs no more RSS' : `4× the image costs ${Math.abs(whole)} MiB ${whole > 0 ? 'more' : 'less'} RSS`;
}
