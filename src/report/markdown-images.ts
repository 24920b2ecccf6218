/** The image section of the markdown report: sizes against the base, efficiency, the largest layers as bars and a chart. */
import { buildVariant } from '../image/build-label.js';
import { formatBytes } from '../image/units.js';
import type { ImageReport, InstructionDelta, LayerReport } from '../image/types.js';
import { escapeMarkdown, link } from './markdown-escape.js';

export type LineUrl = (file: string, line: number, endLine: number) => string | undefined;

const LARGEST_LAYERS = 5;
const BAR_WIDTH = 20;
const CHANGED_INSTRUCTIONS = 3;

export function renderImages(images: ImageReport[], lineUrl: LineUrl): string {
  return images.map((image) => renderImage(image, lineUrl)).join('\n\n');
}

function renderImage(image: ImageReport, lineUrl: LineUrl): string {
  const base = image.base;
  // With its variant (target, build args): one Dockerfile may be built more than once.
  const variant = buildVariant(image.target, image.buildArgs);
  const out = [`### 📦 Image of ${link(image.dockerfile, lineUrl(image.dockerfile, 1, 1))}${variant ? ` (${escapeMarkdown(variant)})` : ''}`, ''];
  out.push(`| | This change | Base${base ? ` (${escapeMarkdown(shortRef(base.ref))})` : ''} | Delta |`, '|---|--:|--:|--:|');
  out.push(`| Size | ${formatBytes(image.sizeBytes)} | ${formatMaybe(base?.sizeBytes)} | ${formatDelta(base?.deltaBytes ?? null, base?.deltaPercent ?? null)} |`);
  const compressedDelta = base?.compressedBytes != null ? image.compressedBytes - base.compressedBytes : null;
  out.push(`| Compressed (pull) | ${formatBytes(image.compressedBytes)} | ${formatMaybe(base?.compressedBytes)} | ${formatDelta(compressedDelta, null)} |`);
  out.push(`| Layers | ${image.layers.length} | | |`);
  out.push(`| Efficiency | ${(image.efficiency * 100).toFixed(1)} % | | |`);
  out.push(`| Wasted | ${formatBytes(image.wastedBytes)} | | |`);
  if (base?.error) out.push('', `Base not measured: ${escapeMarkdown(base.error)}`);
  if (base) out.push(...biggestChanges(base.instructions, image.dockerfile, lineUrl));
  const largest = [...image.layers].sort((a, b) => b.sizeBytes - a.sizeBytes).slice(0, LARGEST_LAYERS);
  const biggest = largest[0]?.sizeBytes ?? 0;
  if (largest.length && biggest > 0) {
    out.push('', `**Largest layers**`, '', '| Layer | Size | | Made by |', '|--:|--:|---|---|');
    for (const layer of largest) out.push(`| ${layer.index + 1} | ${formatBytes(layer.sizeBytes)} | \`${bar(layer.sizeBytes / biggest)}\` | ${madeBy(layer, image.dockerfile, lineUrl)} |`);
    out.push('', layerChart(image.layers));
  }
  return out.join('\n');
}

function madeBy(layer: LayerReport, dockerfile: string, lineUrl: LineUrl): string {
  const text = clip(layer.instruction ?? layer.createdBy);
  const what = layer.fromBase ? `base image${text ? `: ${escapeMarkdown(text)}` : ''}` : escapeMarkdown(text || '(no history)');
  if (layer.line === null) return what;
  return `${link(`line ${layer.line}`, lineUrl(dockerfile, layer.line, layer.endLine ?? layer.line))}: ${what}`;
}

/** The instructions whose layers changed most against the base: where growth came from. */
function biggestChanges(deltas: InstructionDelta[], dockerfile: string, lineUrl: LineUrl): string[] {
  const top = deltas.filter((d) => d.deltaBytes !== 0).sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes)).slice(0, CHANGED_INSTRUCTIONS);
  if (top.length === 0) return [];
  const rows = top.map((d) => {
    const where = d.line === null ? 'removed' : link(`line ${d.line}`, lineUrl(dockerfile, d.line, d.endLine ?? d.line));
    return `| ${where} | ${escapeMarkdown(clip(d.instruction))} | ${formatDelta(d.deltaBytes, null)} |`;
  });
  return ['', '**Largest changes against the base**', '', '| Where | Instruction | Delta |', '|---|---|--:|', ...rows];
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Mermaid's xychart-beta, which GitHub renders: labels are layer numbers, never user text. */
function layerChart(layers: LayerReport[]): string {
  const shown = layers.slice(-60);
  const mb = shown.map((l) => Number((l.sizeBytes / 1e6).toFixed(2)));
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Layer sizes (MB)"',
    `  x-axis [${shown.map((l) => `"L${l.index + 1}"`).join(', ')}]`,
    '  y-axis "MB"',
    `  bar [${mb.join(', ')}]`,
    '```',
  ].join('\n');
}

function bar(fraction: number): string {
  const filled = Math.max(1, Math.round(fraction * BAR_WIDTH));
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}

function formatMaybe(bytes: number | null | undefined): string {
  return bytes == null ? '—' : formatBytes(bytes);
}

function formatDelta(bytes: number | null, percent: number | null): string {
  if (bytes === null) return '—';
  const sign = bytes > 0 ? '+' : bytes < 0 ? '−' : '±';
  const pct = percent === null ? '' : ` (${sign}${Math.abs(percent).toFixed(1)} %)`;
  return `${sign}${formatBytes(Math.abs(bytes))}${pct}`;
}
