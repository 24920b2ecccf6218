/**
 * The streaming `docker save` reader: a real legacy archive, the same image rewritten in the Docker 25+ OCI
 * layout with gzip, zstd and plain layers, linked duplicate layers, broken input, and the gzip estimate.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageArchive } from '../../src/image/archive-reader.js';
import type { ImageArchive } from '../../src/image/archive-layout.js';
import { GzipSizeEstimator } from '../../src/image/gzip-size.js';
import { packTar, streamOf, toOciLayout, zstdRawFrame } from './archives.js';
import { BUSYBOX, describeEngine, makeContext, removeDir, removeImages } from './engine.js';

const B = statSync(BUSYBOX).size;
const DOCKERFILE = `FROM scratch
COPY busybox /bin/busybox
SHELL ["/bin/busybox", "sh", "-c"]
RUN mkdir -p /app/lib && dd if=/dev/urandom of=/app/lib/blob bs=1000 count=300 && echo hi > /app/a && ln -s /app/a /app/link && ln /app/a /app/hard
RUN rm -rf /app/lib && mkdir /app/lib && echo new > /app/lib/n
`;

const summary = (archive: ImageArchive) => archive.layers.map((l) => ({
  entries: l.entries.map((e) => `${e.kind} ${e.path} ${e.size}${e.linkname ? ` -> ${e.linkname}` : ''}`).sort(),
  contentBytes: l.contentBytes, symlinkBytes: l.symlinkBytes, fileCount: l.fileCount, tarBytes: l.tarBytes,
}));

describeEngine('reading docker save', () => {
  const tag = `shipshape-test-archive:${process.pid}`;
  let dir: string;
  let legacy: Buffer;
  let read: ImageArchive;

  beforeAll(async () => {
    dir = makeContext(DOCKERFILE);
    execFileSync('docker', ['build', '--network', 'none', '-q', '-t', tag, dir], { env: { ...process.env, DOCKER_BUILDKIT: '0' } });
    legacy = execFileSync('docker', ['save', tag], { maxBuffer: 1 << 28 });
    read = await readImageArchive(streamOf(legacy), { tag });
  });

  afterAll(() => {
    removeImages(tag);
    removeDir(dir);
  });

  it('reads the legacy layout: config, history, layers in order, whiteouts and opaque directories', () => {
    expect(read.layout).toBe('docker');
    expect(read.repoTags).toEqual([tag]);
    expect(read.imageId).toBe(execFileSync('docker', ['image', 'inspect', '--format', '{{.Id}}', tag], { encoding: 'utf8' }).trim());
    expect(read.config.history?.map((h) => Boolean(h.empty_layer))).toEqual([false, true, false, false]);
    const [busybox, app, replaced] = summary(read);
    expect(busybox).toMatchObject({ contentBytes: B, symlinkBytes: 0, fileCount: 1, entries: ['dir /bin 0', `file /bin/busybox ${B}`] });
    expect(app).toMatchObject({ contentBytes: 300_000 + 3, symlinkBytes: '/app/a'.length, fileCount: 4 });
    expect(app.entries).toEqual(['dir /app 0', 'dir /app/lib 0', 'file /app/a 3', 'file /app/lib/blob 300000', 'hardlink /app/hard 0 -> /app/a', 'symlink /app/link 0 -> /app/a']);
    // overlayfs records `rm -rf dir && mkdir dir` as an opaque directory.
    expect(replaced.entries).toContain('opaque /app/lib 0');
    expect(replaced.entries).toContain('file /app/lib/n 4');
    for (const layer of read.layers) expect(layer.compression).toBe('none');
  });

  it('estimates the compressed size as gzip -6 of each layer, within 0.1 %', () => {
    const layer = read.layers[1];
    const tarOfLayer = execFileSync('tar', ['-xOf', '-', layer.member], { input: legacy, maxBuffer: 1 << 28 });
    const exact = gzipSync(tarOfLayer, { level: 6 }).length;
    expect(Math.abs(layer.compressedBytes - exact) / exact).toBeLessThan(0.001);
  });

  for (const compressions of [['gzip'], ['zstd'], ['none'], ['gzip', 'zstd', 'none']] as const) {
    it(`reads the Docker 25+ OCI layout with ${compressions.join('/')} layers the same way`, async () => {
      const { archive, layerBlobSizes } = await toOciLayout(legacy, [...compressions]);
      const oci = await readImageArchive(streamOf(archive, 10_000), { tag });
      expect(oci.layout).toBe('oci');
      expect(oci.imageId).toBe(read.imageId);
      expect(oci.config).toEqual(read.config);
      expect(summary(oci)).toEqual(summary(read));
      oci.layers.forEach((layer, i) => {
        const kind = compressions[i % compressions.length];
        expect(layer.compression).toBe(kind);
        // A compressed blob's descriptor size is its pull size; a plain one keeps the gzip estimate.
        expect(layer.compressedBytes).toBe(kind === 'none' ? read.layers[i].compressedBytes : layerBlobSizes[i]);
      });
    });
  }

  it('rejects a truncated archive with an error instead of hanging', async () => {
    await expect(readImageArchive(streamOf(legacy.subarray(0, Math.floor(legacy.length / 2))))).rejects.toThrow();
  });
});

describe('reading archives built here', () => {
  it('follows a legacy archive that links a repeated layer to its first copy', async () => {
    const layer = await packTar([{ name: 'w/', type: 'directory' }]);
    const config = JSON.stringify({ rootfs: { type: 'layers', diff_ids: ['sha256:a', 'sha256:a'] }, history: [{ created_by: 'WORKDIR /w' }, { created_by: 'WORKDIR /w' }] });
    const archive = await packTar([
      { name: 'c0nf19.json', body: config },
      { name: 'aaa/layer.tar', body: layer },
      { name: 'bbb/layer.tar', type: 'symlink', linkname: '../aaa/layer.tar' },
      { name: 'manifest.json', body: JSON.stringify([{ Config: 'c0nf19.json', RepoTags: ['x:1'], Layers: ['aaa/layer.tar', 'bbb/layer.tar'] }]) },
    ]);
    const read = await readImageArchive(streamOf(archive));
    expect(read.layers.map((l) => [l.member, l.entries.map((e) => e.path)])).toEqual([['aaa/layer.tar', ['/w']], ['bbb/layer.tar', ['/w']]]);
  });

  it('reads zstd frames made of raw blocks, across many small chunks', async () => {
    const body = randomBytes(300_000);
    const layer = await packTar([{ name: 'data', body }, { name: 'etc/.wh.passwd' }, { name: 'opt/.wh..wh..opq' }]);
    const blob = zstdRawFrame(layer);
    const config = JSON.stringify({ rootfs: { diff_ids: ['sha256:x'] }, history: [{ created_by: 'ADD data /' }] });
    const index = { manifests: [{ digest: 'sha256:m' }] };
    const manifest = { config: { digest: 'sha256:c' }, layers: [{ digest: 'sha256:l', size: blob.length, mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd' }] };
    const archive = await packTar([
      { name: 'blobs/sha256/l', body: blob }, { name: 'blobs/sha256/c', body: config },
      { name: 'blobs/sha256/m', body: JSON.stringify(manifest) }, { name: 'index.json', body: JSON.stringify(index) },
    ]);
    const read = await readImageArchive(streamOf(archive, 777));
    expect(read.layers[0]).toMatchObject({ compression: 'zstd', compressedBytes: blob.length, contentBytes: 300_000, tarBytes: layer.length });
    expect(read.layers[0].entries.map((e) => `${e.kind} ${e.path}`)).toEqual(['file /data', 'whiteout /etc/passwd', 'opaque /opt']);
  });

  it('names a layer it cannot read instead of failing silently', async () => {
    const config = JSON.stringify({ rootfs: { diff_ids: ['sha256:x'] }, history: [] });
    const archive = await packTar([
      { name: 'c.json', body: config },
      { name: 'l/layer.tar', body: Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), randomBytes(5000)]) },
      { name: 'manifest.json', body: JSON.stringify([{ Config: 'c.json', Layers: ['l/layer.tar'] }]) },
    ]);
    await expect(readImageArchive(streamOf(archive))).rejects.toThrow(/layer l\/layer.tar could not be read/);
  });

  it('keeps the gzip estimate within 0.1 % of one gzip stream over many blocks', async () => {
    const text = Buffer.from(Array.from({ length: 60_000 }, (_, i) => `line ${i} of a log that compresses ${i % 7}\n`).join(''));
    const data = Buffer.concat([text, randomBytes(1_500_000), text]);
    const estimator = new GzipSizeEstimator();
    for (let i = 0; i < data.length; i += 65_536) await estimator.write(data.subarray(i, i + 65_536));
    const estimate = await estimator.end();
    const exact = gzipSync(data, { level: 6 }).length;
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.001);
  });
});
