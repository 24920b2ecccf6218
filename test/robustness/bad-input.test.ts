/** Bad input never crashes the run: each bad file gets a clear per-file error, the others are still reported. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { tree } from '../helpers/tmp.js';

const GOOD = 'FROM node:20-slim\nCMD node server.js\n';

async function lint(files: Record<string, string | Buffer>) {
  const root = tree({ ...files, 'good/Dockerfile': GOOD });
  const report = await run({ paths: ['.'], cwd: root });
  // The good file is always reported in full, whatever its neighbours hold.
  expect(report.findings.filter((f) => f.file === 'good/Dockerfile').map((f) => f.ruleId)).toEqual(['root-user', 'shell-form-command']);
  return report;
}

const byFile = (report: Awaited<ReturnType<typeof run>>, file: string) => ({
  entry: report.files.find((f) => f.file === file),
  findings: report.findings.filter((f) => f.file === file).map((f) => `${f.line}:${f.ruleId}:${f.message}`),
});

describe('bad Dockerfiles', () => {
  it('a binary file is one parse-error', async () => {
    const bytes = Buffer.concat([Buffer.from('FROM alpine\n'), randomBytes(4096), Buffer.from([0])]);
    const { entry, findings } = byFile(await lint({ 'bin/Dockerfile': bytes }), 'bin/Dockerfile');
    expect(entry?.error).toBe('binary file (contains NUL bytes)');
    expect(findings).toEqual(['1:parse-error:binary file (contains NUL bytes)']);
  });
  it('non-UTF-8 text is one parse-error', async () => {
    const { findings } = byFile(await lint({ 'latin1/Dockerfile': Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xe9, 0x0a]) }), 'latin1/Dockerfile');
    expect(findings).toEqual(['1:parse-error:not valid UTF-8 text']);
  });
  it('an empty file is clean', async () => {
    const { entry, findings } = byFile(await lint({ 'empty/Dockerfile': '' }), 'empty/Dockerfile');
    expect(entry?.error).toBeNull();
    expect(findings).toEqual([]);
  });
  it('a 20 MB file is refused with its size, quickly', async () => {
    const big = 'RUN echo ' + 'x'.repeat(100) + '\n';
    const { findings } = byFile(await lint({ 'big/Dockerfile': 'FROM alpine:3.20\n' + big.repeat(Math.ceil(20e6 / big.length)) }), 'big/Dockerfile');
    expect(findings).toEqual(['1:parse-error:file too large to lint (19.1 MiB; the limit for this kind of file is 1.0 MiB)']);
  });
  it('CRLF line endings and a UTF-8 BOM lint like plain text', async () => {
    const report = await lint({ 'crlf/Dockerfile': '\uFEFFFROM node:20-slim\r\nCMD node \\\r\n  server.js\r\n' });
    expect(byFile(report, 'crlf/Dockerfile').findings.map((f) => f.split(':').slice(0, 2).join(':'))).toEqual(['1:root-user', '2:shell-form-command']);
    expect(report.findings.find((f) => f.file === 'crlf/Dockerfile' && f.ruleId === 'shell-form-command')?.endLine).toBe(3);
  });
  it('an unterminated heredoc is a parse-error at its line', async () => {
    const { findings } = byFile(await lint({ 'heredoc/Dockerfile': 'FROM alpine:3.20\nRUN <<EOF\necho never closed\n' }), 'heredoc/Dockerfile');
    expect(findings).toEqual(["2:parse-error:unterminated heredoc 'EOF'"]);
  });
  it('an unterminated quote is a parse-error at its line and the other rules still run', async () => {
    const { findings } = byFile(await lint({ 'quote/Dockerfile': 'FROM alpine:3.20\nRUN echo "oops\nCMD app\n' }), 'quote/Dockerfile');
    expect(findings).toContain('2:parse-error:unterminated quote in RUN');
    expect(findings).toContain('3:shell-form-command:CMD uses shell form, so /bin/sh is PID 1 and SIGTERM never reaches the app; use exec form: CMD ["app"]');
  });
  it('an unknown instruction is a parse-error at its line', async () => {
    const { findings } = byFile(await lint({ 'unknown/Dockerfile': 'FROM alpine:3.20\nFOO bar\n' }), 'unknown/Dockerfile');
    expect(findings).toEqual(["2:parse-error:unknown instruction 'FOO'"]);
  });
});
