/** The markdown report: verdicts, collapsing, the size budget, the image section, escaping. */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/core/types.js';
import type { ImageReport } from '../../src/image/types.js';
import { escapeMarkdown } from '../../src/report/markdown-escape.js';
import { renderMarkdown, REPORT_SIGNATURE, type MarkdownOptions } from '../../src/report/markdown.js';

const finding = (i: number, severity: Finding['severity'], status?: Finding['status']): Finding => ({
  ruleId: `rule-${severity}`, severity, message: `message ${i} ${'x'.repeat(60)}`, file: `svc${i}/Dockerfile`, line: i + 1, endLine: i + 1, category: 'security', ...(status ? { status } : {}),
});
const report = (findings: Finding[], extra: Partial<Report> = {}): Report => ({ version: 1, findings, files: [], ...extra });
const options = (extra: Partial<MarkdownOptions> = {}): MarkdownOptions => ({
  failOn: 'error', newFindingsOnly: false, failing: 0, fullReport: 'the job summary has them all', limit: 65_536,
  lineUrl: (file, line) => `https://github.com/o/r/blob/abc/${file}#L${line}`, ...extra,
});

describe('renderMarkdown', () => {
  it('says all clear with nothing to report', () => {
    expect(renderMarkdown(report([]), options({ scope: 'the 2 files this change touches' }))).toMatch(/^## ✅ shipshape: all clear in the 2 files this change touches\n/);
  });

  it('leads with the verdict and counts, shows new findings and collapses existing ones and long lists', () => {
    const findings = [...Array.from({ length: 14 }, (_, i) => finding(i, 'error', 'new')), finding(20, 'warning', 'existing')];
    const text = renderMarkdown(report(findings), options({ failing: 14 }));
    expect(text).toMatch(/^## ❌ shipshape: 14 findings fail the gate\n\n🔴 14 errors · 🟡 1 warning · 🔵 0 info — \*\*14 new\*\*, 1 existing\n/);
    expect(text).toContain('### New findings');
    expect(text).toContain('<details>\n<summary>4 more</summary>');
    expect(text).toContain('<summary>1 existing finding, already on the base</summary>');
    expect(text).toContain('[svc0/Dockerfile&#58;1](https://github.com/o/r/blob/abc/svc0/Dockerfile#L1)');
  });

  it('stays under the limit by leaving out the least severe rows first, and says so', () => {
    const findings = [
      ...Array.from({ length: 300 }, (_, i) => finding(i, 'info', 'new')),
      ...Array.from({ length: 120 }, (_, i) => finding(1000 + i, 'warning', 'new')),
      ...Array.from({ length: 50 }, (_, i) => finding(2000 + i, 'error', 'existing')),
    ];
    const text = renderMarkdown(report(findings), options({ limit: 65_536 }));
    expect(text.length).toBeLessThan(65_536);
    expect(text.length).toBeGreaterThan(50_000);
    const rows = (severity: string) => text.split('\n').filter((l) => l.startsWith(`| ${{ error: '🔴', warning: '🟡', info: '🔵' }[severity]}`)).length;
    expect(rows('error')).toBe(50);
    expect(rows('warning')).toBe(120);
    expect(rows('info')).toBeGreaterThan(0);
    expect(rows('info')).toBeLessThan(300);
    expect(text).toContain(`> ${300 - rows('info')} more findings (${300 - rows('info')} info) left out to stay within GitHub's size limit; the job summary has them all.`);
    // Errors can overflow too: the note counts what it left out, and never calls errors less severe.
    const errors = renderMarkdown(report(Array.from({ length: 600 }, (_, i) => finding(i, 'error', 'new'))), options({ limit: 65_536 }));
    expect(errors).toMatch(/> \d+ more findings \(\d+ errors\) left out/);
  });

  it('measures bytes for the job summary', () => {
    const findings = Array.from({ length: 400 }, (_, i) => ({ ...finding(i, 'warning'), message: '🐳'.repeat(100) }));
    const text = renderMarkdown(report(findings), options({ limit: 100_000, measure: (s) => Buffer.byteLength(s) }));
    expect(Buffer.byteLength(text)).toBeLessThan(100_000);
  });

  it('renders the image section with sizes, delta, bars and a Mermaid chart', () => {
    const image: ImageReport = {
      dockerfile: 'Dockerfile', tag: 'app:pr', imageId: 'sha256:1', builder: 'buildx', target: null, platform: null,
      sizeBytes: 182_400_000, compressedBytes: 64_100_000, efficiency: 0.93, wastedBytes: 12_000_000, reclaimableBytes: 9_000_000, userWastedPercent: 4,
      layers: [
        { index: 0, sizeBytes: 80_000_000, compressedBytes: 30_000_000, createdBy: 'debian', line: null, endLine: null, instruction: null, fileCount: 900, fromBase: true },
        { index: 1, sizeBytes: 100_000_000, compressedBytes: 33_000_000, createdBy: '/bin/sh -c npm ci', line: 4, endLine: 4, instruction: 'RUN npm ci <b>@x</b>', fileCount: 3000, fromBase: false },
        { index: 2, sizeBytes: 2_400_000, compressedBytes: 1_100_000, createdBy: 'COPY dir', line: 5, endLine: 5, instruction: 'COPY . .', fileCount: 12, fromBase: false },
      ],
      topWaste: [], buildSeconds: 30, analysisSeconds: 1, kept: true,
      base: {
        ref: 'a'.repeat(40), tag: 'app:base', sizeBytes: 170_000_000, compressedBytes: 60_000_000, deltaBytes: 12_400_000, deltaPercent: 7.29, error: null, buildSeconds: 20, kept: true,
        instructions: [
          { line: 4, endLine: 4, instruction: 'RUN npm ci <b>@x</b>', sizeBytes: 100_000_000, baseSizeBytes: 88_000_000, deltaBytes: 12_000_000 },
          { line: 5, endLine: 5, instruction: 'COPY . .', sizeBytes: 2_400_000, baseSizeBytes: 2_400_000, deltaBytes: 0 },
        ],
      },
    };
    const text = renderMarkdown({ ...report([]), images: [image] } as Report & { images: ImageReport[] }, options());
    expect(text).toContain('| Size | 182 MB | 170 MB | +12.4 MB (+7.3 %) |');
    expect(text).toContain('| Compressed (pull) | 64.1 MB | 60 MB | +4.1 MB |');
    expect(text).toContain('| Efficiency | 93.0 % | | |');
    expect(text).toContain('`████████████████████`');
    expect(text).toContain('[line 4](https://github.com/o/r/blob/abc/Dockerfile#L4): RUN npm ci &#60;b&#62;&#64;x&#60;/b&#62;');
    expect(text).toContain('| [line 4](https://github.com/o/r/blob/abc/Dockerfile#L4) | RUN npm ci &#60;b&#62;&#64;x&#60;/b&#62; | +12 MB |');
    expect(text).not.toContain('| COPY . . | ±');
    expect(text).toContain('```mermaid\nxychart-beta\n  title "Layer sizes (MB)"\n  x-axis ["L1", "L2", "L3"]\n  y-axis "MB"\n  bar [80, 100, 2.4]\n```');
    // An image section too large on its own is cut in the middle: the signature the sticky comment is found by stays.
    const tiny = renderMarkdown({ ...report([]), images: [image] } as Report & { images: ImageReport[] }, options({ limit: 600 }));
    expect(tiny.length).toBeLessThan(600);
    expect(tiny).toContain(REPORT_SIGNATURE);
  });
});

describe('escapeMarkdown', () => {
  it('neutralises markup, mentions, references, math, table pipes and line breaks', () => {
    expect(escapeMarkdown('@team <b>|</b> [x](y) #1 $a$ `c` *d*\n::warning::x')).toBe(
      '&#64;team &#60;b&#62;&#124;&#60;/b&#62; &#91;x&#93;&#40;y&#41; &#35;1 &#36;a&#36; &#96;c&#96; &#42;d&#42; &#58;&#58;warning&#58;&#58;x');
  });

  it('drops bidirectional overrides', () => {
    expect(escapeMarkdown('a\u202Eb')).toBe('a b');
  });
});
