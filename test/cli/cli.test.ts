/** The bundled CLI as a user runs it: `node dist/cli.js` (built by `npm run build`, committed). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tree } from '../helpers/tmp.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ROOTLESS = 'FROM node:20-slim\nCMD node server.js\n';
const CLEAN = 'FROM node:20-slim\nUSER 10001\nCMD ["node", "server.js"]\n';

describe('exit codes', () => {
  it('0 when clean', () => expect(cli(['.'], tree({ Dockerfile: CLEAN })).code).toBe(0));
  it('1 when a finding is at or above --fail-on (default error)', () => {
    expect(cli(['.'], tree({ Dockerfile: ROOTLESS })).code).toBe(1);
  });
  it('0 with --fail-on none, 1 with --fail-on warning for warnings only', () => {
    const root = tree({ Dockerfile: 'FROM node:20-slim\nUSER 10001\nCMD node server.js\n' });
    expect(cli(['--fail-on', 'none', '.'], root).code).toBe(0);
    expect(cli(['.'], root).code).toBe(0);
    expect(cli(['--fail-on', 'warning', '.'], root).code).toBe(1);
  });
  it('2 on a usage error, with the usage on stderr', () => {
    const result = cli(['--format', 'xml', '.'], tree({ Dockerfile: CLEAN }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--format must be text, json or sarif, not 'xml'");
    expect(cli([], tree({ Dockerfile: CLEAN })).code).toBe(2);
  });
  it('2 when a named path does not exist', () => {
    const result = cli(['nowhere', '.'], tree({ Dockerfile: CLEAN }));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('shipshape: no such file or directory: nowhere\n');
  });
  it('2 when the report cannot be written, saying where and why; merge --help prints the usage', () => {
    const root = tree({ Dockerfile: CLEAN });
    const result = cli(['-o', 'missing-dir/report.json', '--format', 'json', '.'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('shipshape: cannot write the report to missing-dir/report.json (ENOENT)\n');
    const help = cli(['merge', '--help'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('shipshape merge');
  });
  it('2 on a configuration error', () => {
    const result = cli(['.'], tree({ Dockerfile: CLEAN, '.shipshape.yml': 'rules:\n  root-user: loud\n' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('configuration error');
  });
});

describe('formats', () => {
  it('text groups findings by file with line, severity, message and rule id', () => {
    const { stdout } = cli(['.'], tree({ 'svc/Dockerfile': ROOTLESS }));
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'svc/Dockerfile',
      expect.stringMatching(/^ {2}1:1 +error +The final stage sets no USER.* root-user$/),
      expect.stringMatching(/^ {2}2:1 +warning +CMD uses shell form.* shell-form-command$/),
    ]);
  });
  it('json is the stable contract', () => {
    const report = JSON.parse(cli(['--format', 'json', '.'], tree({ 'svc/Dockerfile': ROOTLESS })).stdout);
    expect(report.version).toBe(1);
    expect(report.files).toEqual([{ file: 'svc/Dockerfile', type: 'dockerfile', error: null }]);
    expect(report.findings[0]).toEqual({
      ruleId: 'root-user', severity: 'error', message: expect.any(String), file: 'svc/Dockerfile', line: 1, endLine: 1, column: 1, category: 'security',
    });
  });
  it('sarif 2.1.0 carries rule metadata with help text', () => {
    const root = tree({ Dockerfile: ROOTLESS });
    expect(cli(['--format', 'sarif', '-o', 'out.sarif', '.'], root).code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    // One run per category, always, so code scanning can close a category's alerts once it is clean.
    expect(sarif.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual(['shipshape/dockerfile/', 'shipshape/kubernetes/', 'shipshape/image/']);
    expect(sarif.runs[1].results).toEqual([]);
    const [run] = sarif.runs;
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['root-user', 'shell-form-command']);
    expect(run.tool.driver.rules[0].help.markdown).toContain('**Fix:**');
    const moved = JSON.parse(cli(['--format', 'sarif', '.'], tree({ Dockerfile: '\n\n' + ROOTLESS })).stdout);
    expect(moved.runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints)).toEqual(run.results.map((r: { partialFingerprints: object }) => r.partialFingerprints));
    expect(run.results[0]).toMatchObject({ ruleId: 'root-user', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'Dockerfile' }, region: { startLine: 1, endLine: 1 } } }] });
  });
  it('sarif locations are URI references: spaces, #, % and non-ASCII names percent-encoded', () => {
    const root = tree({ 'sp ace/Dockerfile': ROOTLESS, 'c#svc/Dockerfile': ROOTLESS, '100%/Dockerfile': ROOTLESS, 'ünï/Dockerfile': ROOTLESS });
    const sarif = JSON.parse(cli(['--format', 'sarif', '.'], root).stdout);
    const uris = new Set(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['100%25/Dockerfile', 'c%23svc/Dockerfile', 'sp%20ace/Dockerfile', '%C3%BCn%C3%AF/Dockerfile'].sort());
  });
});

describe('the bundled example', () => {
  it('shows findings on examples/', () => {
    const result = cli(['--format', 'json', 'examples'], join(import.meta.dirname, '..', '..'));
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toContain('examples/web/Dockerfile');
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === 'shell-form-command')).toBe(true);
    expect(result.code).toBe(1);
  });
});
