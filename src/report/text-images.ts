/** The image part of the text report: one block per built image, its largest layers as bars, its top waste. */
import { buildLabel } from '../image/build-label.js';
import type { ImageReport, LayerReport } from '../image/types.js';
import { formatBytes } from '../image/units.js';

type Paint = (style: 'bold' | 'dim' | 'warning', text: string) => string;

const LARGEST = 8;
const BAR = 24;
const WASTE = 5;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

export function renderImagesText(images: ImageReport[], paint: Paint): string[] {
  return images.flatMap((image) => [...renderImage(image, paint), '']);
}

function renderImage(image: ImageReport, paint: Paint): string[] {
  // A removed image's tag names nothing any more: say so rather than invite a `docker run` that fails.
  const tag = image.kept === false ? `${image.tag} (removed after measuring; --keep-images keeps it)` : image.tag;
  // The heading names the variant (target, build args): one Dockerfile may be built more than once.
  const out = [`${paint('bold', `Image of ${buildLabel(image.dockerfile, image.target, image.buildArgs)}`)}  ${paint('dim', `${tag} · ${image.builder}`)}`];
  out.push(`  ${formatBytes(image.sizeBytes)} (${formatBytes(image.compressedBytes)} compressed) · ${image.layers.length} layers · ` +
    `efficiency ${(image.efficiency * 100).toFixed(1)} % · ${formatBytes(image.reclaimableBytes)} reclaimable · ` +
    `built in ${image.buildSeconds.toFixed(1)} s, measured in ${image.analysisSeconds.toFixed(1)} s`);
  if (image.base) out.push(`  ${baseLine(image)}`);
  const largest = [...image.layers].sort((a, b) => b.sizeBytes - a.sizeBytes || a.index - b.index).slice(0, LARGEST);
  if (largest.length && image.sizeBytes > 0) {
    out.push(paint('dim', '  largest layers'));
    const sizeWidth = Math.max(...largest.map((l) => formatBytes(l.sizeBytes).length));
    for (const layer of largest) {
      const share = layer.sizeBytes / image.sizeBytes;
      out.push(`    ${formatBytes(layer.sizeBytes).padStart(sizeWidth)}  ${bar(share)}  ${(share * 100).toFixed(1).padStart(5)} %  ${origin(layer, image.dockerfile)}`);
    }
  }
  const waste = image.topWaste.slice(0, WASTE);
  if (waste.length) {
    out.push(paint('dim', '  top waste'));
    for (const w of waste) {
      out.push(`    ${formatBytes(w.wastedBytes).padStart(8)}  ${oneLine(w.path)}  ${paint('dim', `added by ${lineName(w.addedBy.line)}, ${w.removedBy.how} by ${lineName(w.removedBy.line)}`)}`);
    }
  }
  return out;
}

function baseLine(image: ImageReport): string {
  const base = image.base!;
  if (base.error !== null || base.deltaBytes === null || base.sizeBytes === null) return `against ${base.ref}: no delta (${oneLine(base.error ?? 'not measured')})`;
  const sign = base.deltaBytes > 0 ? '+' : base.deltaBytes < 0 ? '-' : '±';
  const percent = base.deltaPercent === null ? '' : ` (${sign}${Math.abs(base.deltaPercent).toFixed(1)} %)`;
  return `against ${base.ref}: ${sign}${formatBytes(Math.abs(base.deltaBytes))}${percent}, from ${formatBytes(base.sizeBytes)}`;
}

function origin(layer: LayerReport, dockerfile: string): string {
  const text = oneLine(layer.instruction ?? layer.createdBy.replace(/\s*# buildkit$/, ''));
  const short = text.length > 70 ? `${text.slice(0, 69)}…` : text;
  if (layer.line !== null) return `${dockerfile}:${layer.line}  ${short}`;
  return layer.fromBase ? `(base image)  ${short}` : `(layer ${layer.index})  ${short}`;
}

function lineName(line: number | null): string {
  return line === null ? 'the base image' : `line ${line}`;
}

/** Share of the image as a bar of BAR cells, in eighths of a cell. */
function bar(share: number): string {
  const eighths = Math.round(Math.min(1, Math.max(0, share)) * BAR * 8);
  const full = Math.floor(eighths / 8);
  const text = '█'.repeat(full) + EIGHTHS[eighths % 8];
  return (text || '▏').padEnd(BAR, ' ');
}

function oneLine(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]+/g, ' ');
}
