// The image part of the bench: a ~1 GB image (FROM scratch, busybox, four layers of 256 MiB of random bytes) is
// analysed as shipshape does it — `docker save` streamed through the reader, layers mapped to lines, waste — and
// timed against `docker save <img> > /dev/null` alone; peak RSS shows the layers are never held in memory.
// `node bench/image.mjs` prints a table; `--json` prints the rows for bench/run.mjs. The image is built once and kept
// (tag below; `docker image rm` it to reclaim the space).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { measure } from './measure.mjs';

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
  console.log('| line | what | wall ms | peak RSS MiB | note |\n|---|---|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.line} | ${r.what} | ${r.ms === null ? '—' : r.ms.toFixed(0)} | ${r.rss === null ? '—' : r.rss.toFixed(0)} | ${r.note} |`);
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
  const save = measure('sh', ['-c', `docker save ${TAG} > /dev/null`], { runs });
  rows.push({ line: 'image save', what: `docker save of the ${gb} image > /dev/null (the floor)`, ms: save.ms, rss: null, note: '' });
  const full = measure(process.execPath, [bundle, TAG, dockerfile, 'full'], { runs });
  rows.push({ line: 'image analysis', what: 'streamed docker save → layers, lines, waste, gzip estimate', ms: full.ms, rss: full.rssMiB, note: `${(full.ms / save.ms).toFixed(2)}× docker save; RSS ${(full.rssMiB / (size / 1048576) * 100).toFixed(1)} % of the image` });
  const bare = measure(process.execPath, [bundle, TAG, dockerfile, 'no-gzip'], { runs });
  rows.push({ line: 'image analysis, no gzip', what: 'the same without the compressed-size estimate', ms: bare.ms, rss: bare.rssMiB, note: `${(bare.ms / save.ms).toFixed(2)}× docker save` });
  const small = measure(process.execPath, [bundle, SMALL_TAG, smallDockerfile, 'full'], { runs });
  const smallSize = Number(spawnSync('docker', ['image', 'inspect', '--format', '{{.Size}}', SMALL_TAG], { encoding: 'utf8' }).stdout.trim());
  rows.push({ line: 'image analysis, ¼ image', what: `the same on a ${(smallSize / 1e9).toFixed(2)} GB image (one 256 MiB layer)`, ms: small.ms, rss: small.rssMiB, note: `4× the image costs ${(full.rssMiB - small.rssMiB).toFixed(0)} MiB more RSS` });
  emit();
} finally {
  rmSync(work, { recursive: true, force: true });
}
