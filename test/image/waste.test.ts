/**
 * Stacking and waste on layers written here as real tar bytes: file and directory whiteouts, an opaque directory,
 * overwrites. Every figure below is computed by hand from the copies each path has.
 */
import { describe, expect, it } from 'vitest';
import { stackLayers } from '../../src/image/filesystem.js';
import { readLayer } from '../../src/image/layer-reader.js';
import { computeWaste } from '../../src/image/waste.js';
import { packTar, streamOf, type Member } from './archives.js';

const file = (name: string, size: number, mode = 0o644): Member => ({ name, body: Buffer.alloc(size, 'x'), mode });
const dir = (name: string): Member => ({ name, type: 'directory' });

const LAYERS: Member[][] = [
  [dir('bin/'), file('bin/sh', 100, 0o4755), dir('etc/'), file('etc/conf', 10), dir('opt/'), file('opt/a', 50), file('opt/b', 60), dir('d/'), file('d/x', 30), file('d/y', 40)],
  [dir('etc/'), file('etc/.wh.conf', 0), file('etc/new', 5)],
  [dir('opt/'), file('opt/.wh..wh..opq', 0), file('opt/b', 70), file('opt/c', 1)],
  [file('.wh.d', 0), dir('bin/'), file('bin/sh', 120)],
];

async function stacked() {
  const layers = [];
  for (const members of LAYERS) layers.push(await readLayer(streamOf(await packTar(members), 100)));
  return { layers, stack: stackLayers(layers) };
}

describe('stacking layers and computing waste', () => {
  it('builds the final filesystem through whiteouts and an opaque directory', async () => {
    const { stack } = await stacked();
    const files = [...stack.final].filter(([, v]) => v && v.entry.kind === 'file').map(([path, v]) => `${path}@${v!.layer}`);
    expect(files.sort()).toEqual(['/bin/sh@3', '/etc/new@1', '/opt/b@2', '/opt/c@2']);
    expect(stack.final.has('/d')).toBe(false);
    expect(stack.final.has('/opt/a')).toBe(false);
    expect(stack.final.get('/bin/sh')!.entry.mode & 0o4000).toBe(0);
  });

  it('computes dive\'s efficiency, wasted bytes and user waste, and the reclaimable bytes', async () => {
    const { layers, stack } = await stacked();
    const lines = [10, 20, 30, 40];
    const waste = computeWaste(stack, layers.map((l) => l.contentBytes), (i) => lines[i]);
    // Copies: /bin/sh 100,120 · /etc/conf 10,del · /etc/new 5 · /opt/a 50,del (opaque) · /opt/b 60,70 · /opt/c 1
    //         /d/x 30,del · /d/y 40,del (the directory whiteout deletes each file it held).
    expect(waste.efficiency).toBe((100 + 0 + 5 + 0 + 60 + 1 + 0 + 0) / (220 + 10 + 5 + 50 + 130 + 1 + 30 + 40));
    expect(waste.wastedBytes).toBe(220 + 10 + 50 + 130 + 30 + 40);
    expect(waste.reclaimableBytes).toBe(100 + 10 + 50 + 60 + 30 + 40);
    expect(waste.userWastedPercent).toBe((480 / (5 + 71 + 120)) * 100);
    expect(waste.waste.map((w) => [w.path, w.wastedBytes, w.copies, w.addedBy.line, w.removedBy.line, w.removedBy.how])).toEqual([
      ['/bin/sh', 100, 2, 10, 40, 'overwritten'],
      ['/opt/b', 60, 2, 10, 30, 'overwritten'],
      ['/opt/a', 50, 2, 10, 30, 'deleted'],
      ['/d/y', 40, 2, 10, 40, 'deleted'],
      ['/d/x', 30, 2, 10, 40, 'deleted'],
      ['/etc/conf', 10, 2, 10, 20, 'deleted'],
    ]);
  });

  it('scores an image without repeated paths as fully efficient', async () => {
    const layer = await readLayer(streamOf(await packTar([file('a', 10), file('b', 20)])));
    const waste = computeWaste(stackLayers([layer]), [layer.contentBytes], () => null);
    expect([waste.efficiency, waste.wastedBytes, waste.reclaimableBytes, waste.userWastedPercent, waste.waste]).toEqual([1, 0, 0, 0, []]);
  });
});
