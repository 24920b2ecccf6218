/**
 * Built images measured end to end through the core run (as the CLI and the action call it), with every builder
 * this machine has: the figures must equal `docker image inspect` / `docker history`, the waste figures the ones
 * computed by hand below, and each layer note must sit on the line that made the layer.
 */
import { statSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import type { Report } from '../../src/core/types.js';
import { renderText } from '../../src/report/text.js';
import { availableBuilders, BUSYBOX, describeEngine, historySizes, inspectSize, makeContext, removeDir, removeImages } from './engine.js';

const B = statSync(BUSYBOX).size;
const MiB10 = 10 * 1024 * 1024;

const WASTE_DOCKERFILE = `FROM scratch
COPY busybox /bin/busybox
SHELL ["/bin/busybox", "sh", "-c"]
RUN dd if=/dev/zero of=/big bs=1048576 count=10
RUN rm /big
RUN dd if=/dev/zero of=/f bs=1000 count=1
RUN dd if=/dev/zero of=/f bs=1000 count=3 && \\
    dd if=/dev/zero of=/keep bs=1000 count=5
USER 1000
`;

const PRIVATE_KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n';
const CERTIFICATE = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUY2VydGlmaWNhdGUtbm90LWEta2V5MAoGCCqGSM49BAMC\n-----END CERTIFICATE-----\n';

const SECRETS_DOCKERFILE = `FROM scratch
COPY busybox /bin/busybox
SHELL ["/bin/busybox", "sh", "-c"]
COPY id_rsa /root/.ssh/id_rsa
COPY app.env /app/.env
RUN rm /root/.ssh/id_rsa /app/.env
RUN mkdir -p /usr/bin /usr/local/bin && ln -s /bin/busybox /usr/bin/wget && echo x > /usr/local/bin/curl && echo y > /usr/bin/helper && chmod 4755 /usr/bin/helper
COPY ca.pem /etc/ssl/certs/ca.pem
USER root
`;

for (const { builder, docker } of availableBuilders()) {
  describeEngine(`image measurement with the ${builder} builder`, () => {
    const dirs: string[] = [];
    const reports: Report[] = [];
    let waste: Report;
    let secrets: Report;

    const measure = async (dockerfile: string, files: Record<string, string> = {}, options: Record<string, unknown> = {}) => {
      const dir = makeContext(dockerfile, files);
      dirs.push(dir);
      // keepImages: the figures are checked against docker image inspect and docker history afterwards.
      const report = await run({ paths: [dir], cwd: dir, options, build: { builder, docker, network: 'none', log: null, keepImages: true } });
      reports.push(report);
      return report;
    };

    beforeAll(async () => {
      waste = await measure(WASTE_DOCKERFILE);
      secrets = await measure(SECRETS_DOCKERFILE, { id_rsa: PRIVATE_KEY, 'app.env': 'API_TOKEN=abc\n', 'ca.pem': CERTIFICATE });
    });

    afterAll(() => {
      for (const report of reports) for (const image of report.images ?? []) removeImages(image.tag);
      for (const dir of dirs) removeDir(dir);
    });

    it('reports the sizes docker image inspect and docker history report', () => {
      for (const report of [waste, secrets]) {
        const [image] = report.images ?? [];
        expect(image).toBeDefined();
        expect(image.builder).toBe(builder);
        expect(image.sizeBytes).toBe(inspectSize(image.tag));
        // docker history has one row per history entry; the layers are its non-empty entries, in order.
        const ownSizes = image.layers.map((l) => l.sizeBytes);
        expect(ownSizes.reduce((a, b) => a + b, 0)).toBe(image.sizeBytes);
        const history = historySizes(image.tag);
        expect(history.filter((s) => s > 0)).toEqual(ownSizes.filter((s) => s > 0));
        expect(image.buildSeconds).toBeGreaterThan(0);
      }
    });

    it('finds the hand-computed waste: 10 MiB added then deleted, a file overwritten', () => {
      const [image] = waste.images ?? [];
      // Copies per path: busybox once; /big 10 MiB then a deletion (0); /f 1000 then 3000; /keep 5000.
      expect(image.efficiency).toBeCloseTo((B + 0 + 1000 + 5000) / (B + MiB10 + 1000 + 3000 + 5000), 12);
      expect(image.wastedBytes).toBe(MiB10 + 1000 + 3000);
      expect(image.reclaimableBytes).toBe(MiB10 + 1000);
      expect(image.userWastedPercent).toBeCloseTo(((MiB10 + 4000) / (MiB10 + 0 + 1000 + 8000)) * 100, 10);
      expect(image.topWaste.map((w) => [w.path, w.wastedBytes, w.addedBy.line, w.removedBy.line, w.removedBy.how])).toEqual([
        ['/big', MiB10, 4, 5, 'deleted'],
        ['/f', 1000, 6, 7, 'overwritten'],
      ]);
    });

    it('writes each layer on the line that made it', () => {
      const [image] = waste.images ?? [];
      expect(image.layers.map((l) => [l.line, l.endLine, l.fromBase])).toEqual([
        [2, 2, false], [4, 4, false], [5, 5, false], [6, 6, false], [7, 8, false],
      ]);
      expect(image.layers[4].instruction).toBe('RUN dd if=/dev/zero of=/f bs=1000 count=3 && dd if=/dev/zero of=/keep bs=1000 count=5');
      const notes = waste.findings.filter((f) => f.ruleId === 'layer-size');
      expect(notes.map((n) => [n.line, n.endLine, n.severity])).toEqual([[2, 2, 'info'], [4, 4, 'info'], [5, 5, 'info'], [6, 6, 'info'], [7, 8, 'info']]);
      const share = Math.round((MiB10 / image.sizeBytes) * 100);
      expect(notes[1].message).toMatch(new RegExp(`^adds 10\\.5 MB \\(${share} % of the image; [0-9.]+ kB compressed\\)$`));
    });

    it('flags the waste on the line that deleted it', () => {
      const low = waste.findings.filter((f) => f.ruleId === 'low-efficiency');
      expect(low).toHaveLength(1);
      expect(low[0].line).toBe(5);
      expect(low[0].message).toContain('`/big` (10.5 MB, added by line 4, deleted by line 5)');
    });

    it('finds secrets in any layer, network tools, setuid files and the root user', () => {
      const by = (id: string) => secrets.findings.filter((f) => f.ruleId === id).map((f) => [f.line, f.message]);
      expect(by('secret-in-image-layer')).toEqual([
        [4, '`/root/.ssh/id_rsa` is a private key; a later layer removes or replaces it, but it is still in layer 1 (added by line 4) of the pull'],
        [5, '`/app/.env` is an environment file; a later layer removes or replaces it, but it is still in layer 2 (added by line 5) of the pull'],
      ]);
      expect(by('network-tools-in-image')).toEqual([
        [2, 'The final image holds busybox (/bin/busybox, with wget, nc, telnet, ftpget applets) (from line 2)'],
        [7, 'The final image holds wget (/usr/bin/wget), curl (/usr/local/bin/curl) (from line 7)'],
      ]);
      expect(by('setuid-binary')).toEqual([[7, '1 setuid/setgid file from line 7: /usr/bin/helper (setuid)']]);
      expect(by('image-runs-as-root')).toEqual([[9, 'The built image runs as `root`; switch to a non-root numeric user with `USER <uid>` at the end of the final stage']]);
      expect(waste.findings.filter((f) => f.ruleId === 'image-runs-as-root')).toEqual([]);
    });

    it('keeps the thresholds: a small image is neither too large nor too deep unless configured so', async () => {
      expect(waste.findings.some((f) => f.ruleId === 'image-too-large' || f.ruleId === 'too-many-layers')).toBe(false);
      const strict = await measure(WASTE_DOCKERFILE, {}, { 'max-image-size': '5MB', 'max-layers': 3, 'min-efficiency': 0.1, 'max-user-waste': '100%' });
      const [image] = strict.images ?? [];
      const by = (id: string) => strict.findings.filter((f) => f.ruleId === id).map((f) => [f.line, f.message]);
      expect(by('image-too-large')).toEqual([[1, `The image is ${(image.sizeBytes / 1e6).toPrecision(3)} MB (${formatKb(image.compressedBytes)} compressed), over max-image-size 5 MB`]]);
      expect(by('too-many-layers')).toEqual([[1, 'The image has 5 layers (5 from this Dockerfile), over max-layers 3']]);
      expect(by('low-efficiency')).toEqual([]);
    });

    it('prints the image table in the text report', () => {
      const text = renderText(waste, false);
      const [image] = waste.images ?? [];
      expect(text).toContain(`Image of Dockerfile  ${image.tag} · ${builder}`);
      expect(text).toMatch(/\n {4}10\.5 MB {2}█{20}.* {2}84\.0 % {2}Dockerfile:4 {2}RUN dd if=\/dev\/zero of=\/big bs=1048576 count=10\n/);
      expect(text).toMatch(/\n +10\.5 MB {2}\/big {2}added by line 4, deleted by line 5\n/);
    });
  });
}

function formatKb(bytes: number): string {
  return bytes >= 1e6 ? `${Number((bytes / 1e6).toPrecision(3))} MB` : `${Number((bytes / 1e3).toPrecision(3))} kB`;
}
