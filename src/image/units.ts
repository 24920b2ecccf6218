/** Sizes and ratios as people write them in config (`500MB`, `1.5 GiB`, `90%`) and as docker prints them. */

const UNITS: Record<string, number> = {
  b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, k: 1e3, m: 1e6, g: 1e9, t: 1e12,
  kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4,
};

/** `500MB` → 500000000 (SI, as docker prints sizes), `1GiB` → 1073741824; a bare number is bytes. */
export function parseBytes(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  if (!match) return null;
  const unit = UNITS[(match[2] || 'b').toLowerCase()];
  return unit === undefined ? null : Math.round(Number(match[1]) * unit);
}

/** `0.9`, `90%` or `90 %` → 0.9. */
export function parseFraction(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value > 1 ? value / 100 : value;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
  if (!match) return null;
  const number = Number(match[1]);
  return match[2] || number > 1 ? number / 100 : number;
}

/** Three significant digits in SI units, as `docker images` does: `1.98 MB`, `312 MB`, `102 kB`. */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  let value = Math.abs(bytes);
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let unit = 0;
  while (value >= 999.5 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  // toPrecision then Number drops trailing zeros, as docker's %.4g does: 8 kB, 1.98 MB, 45.2 MB.
  const shown = unit === 0 ? String(Math.round(value)) : String(Number(value.toPrecision(3)));
  return `${sign}${shown} ${units[unit]}`;
}

/** `0.7134` → `71 %`; small shares keep a decimal, and a share that is not zero never reads as 0 %. */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  if (percent > 0 && percent < 0.1) return '< 0.1 %';
  if (percent !== 0 && Math.abs(percent) < 1) return `${percent.toFixed(1)} %`;
  return `${Math.round(percent)} %`;
}
