/**
 * The layer walk over tar-stream: long names (pax and GNU), links, base-256 sizes, private keys split across chunks,
 * any chunking, and the errors it must report; and the archive reader fed by a stream that ignores pause().
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readImageArchive } from '../../src/image/archive-reader.js';
import { readLayer, type LayerSummary } from '../../src/image/layer-reader.js';
import { packTar, streamOf } from './archives.js';

const LONG = `${'deep/'.repeat(30)}name-longer-than-a-hundred-bytes.txt`;
const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n';

function read(archive: Buffer, chunkSize: number): Promise<LayerSummary> {
  return readLayer(streamOf(archive, chunkSize), { estimateCompression: false });
}

function described(summary: LayerSummary): string[] {
  return summary.entries.map((e) => `${e.kind} ${e.path} ${e.size} ${e.mode.toString(8)} ${e.linkname ?? ''}${e.privateKey ? ' key' : ''}`);
}

describe('the layer walk', () => {
  it('reads what tar-stream writes, pax long names included, whatever the chunk size', async () => {
    const archive = await packTar([
      { name: 'etc/', type: 'directory' },
      { name: 'etc/passwd', body: 'root:x:0:0\n', mode: 0o600 },
      { name: LONG, body: Buffer.alloc(1500, 'a') },
      { name: 'root/.ssh/id_ed25519', body: KEY },
      { name: 'link', type: 'symlink', linkname: `../${LONG}` },
      { name: 'hard', type: 'link', linkname: 'etc/passwd' },
      { name: 'empty', body: '' },
    ]);
    for (const size of [1, 7, 512, 513, 4096, archive.length]) {
      const summary = await read(archive, size);
      expect(described(summary)).toEqual([
        'dir /etc 0 755 ',
        'file /etc/passwd 11 600 ',
        `file /${LONG} 1500 644 `,
        `file /root/.ssh/id_ed25519 ${KEY.length} 644  key`,
        `symlink /link 0 644 ../${LONG}`,
        'hardlink /hard 0 644 /etc/passwd',
        'file /empty 0 644 ',
      ]);
      expect([summary.contentBytes, summary.symlinkBytes, summary.fileCount, summary.tarBytes]).toEqual([11 + 1500 + KEY.length, LONG.length + 3, 6, archive.length]);
    }
  });

  it('reads GNU tar long names and links', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-tar-'));
    try {
      mkdirSync(join(dir, 'src', ...LONG.split('/').slice(0, -1)), { recursive: true });
      writeFileSync(join(dir, 'src', LONG), 'gnu');
      symlinkSync(LONG, join(dir, 'src', 'to-long'));
      const tar = spawnSync('tar', ['--format=gnu', '--mode=u=rw,go=r', '-cf', '-', '-C', join(dir, 'src'), '--sort=name', LONG, 'to-long'], { maxBuffer: 1 << 24 });
      if (tar.status !== 0) throw new Error(String(tar.stderr));
      const summary = await read(tar.stdout, 100);
      expect(summary.entries.map((e) => [e.kind, e.path, e.size, e.linkname])).toEqual([
        ['file', `/${LONG}`, 3, undefined],
        ['symlink', '/to-long', 0, LONG],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a base-256 size field', async () => {
    const archive = await packTar([{ name: 'f', body: Buffer.alloc(700, 'z') }]);
    const header = Buffer.from(archive.subarray(0, 512));
    header.fill(0, 124, 136);
    header[124] = 0x80;
    header.writeUIntBE(700, 130, 6);
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const summary = await read(Buffer.concat([header, archive.subarray(512)]), 300);
    expect(summary.entries.map((e) => [e.path, e.size])).toEqual([['/f', 700]]);
    expect(summary.contentBytes).toBe(700);
  });

  it('reports a corrupt header, a truncated archive and bytes that are no tar', async () => {
    const archive = await packTar([{ name: 'f', body: Buffer.alloc(2000, 'z') }]);
    const corrupt = Buffer.from(archive);
    corrupt[10] ^= 0xff;
    await expect(read(corrupt, 512)).rejects.toThrow(/Invalid tar header/);
    await expect(read(archive.subarray(0, 1024), 512)).rejects.toThrow(/Unexpected end of data/);
    await expect(read(Buffer.from('not a tar at all'.repeat(40)), 512)).rejects.toThrow();
  });
});

describe('the archive reader', () => {
  it('keeps the order when the input ignores pause() (node resumes a child stdout when the child exits)', async () => {
    const text = Buffer.from(Array.from({ length: 120_000 }, (_, i) => `line ${i}\n`).join(''));
    const layers = await Promise.all([0, 1, 2].map((i) => packTar([{ name: `f${i}`, body: text }])));
    const config = JSON.stringify({ rootfs: { diff_ids: ['sha256:a', 'sha256:b', 'sha256:c'] }, history: [] });
    const archive = await packTar([
      { name: 'c.json', body: config },
      ...layers.map((body, i) => ({ name: `l${i}/layer.tar`, body })),
      { name: 'manifest.json', body: JSON.stringify([{ Config: 'c.json', Layers: layers.map((_, i) => `l${i}/layer.tar`) }]) },
    ]);
    const expected = await readImageArchive(streamOf(archive));
    const stubborn = streamOf(archive, 4096);
    let paused = 0;
    stubborn.pause = function pause(this: Readable) {
      paused++;
      return this;
    };
    const read = await readImageArchive(stubborn);
    expect(paused).toBeGreaterThan(0);
    expect(read.layers.map((l) => [l.member, l.tarBytes, l.compressedBytes, l.entries.length])).toEqual(expected.layers.map((l) => [l.member, l.tarBytes, l.compressedBytes, l.entries.length]));
    expect(read.layers.map((l) => l.tarBytes)).toEqual(layers.map((l) => l.length));
    expect(read.layers).toHaveLength(3);
  });
});
