/** The build gate: never build untrusted pull request code unless the workflow says so. */
import { describe, expect, it } from 'vitest';
import { buildPermission } from '../../src/image/trust.js';

describe('buildPermission', () => {
  it('builds on pushes and same-repository pull requests, silently', () => {
    expect(buildPermission({ eventName: 'push', allowUntrustedBuild: false })).toEqual({ allowed: true, notice: null });
    expect(buildPermission({ eventName: 'pull_request', headRepository: 'acme/app', baseRepository: 'Acme/App', allowUntrustedBuild: false })).toEqual({ allowed: true, notice: null });
  });

  it('refuses pull_request_target and fork pull requests with one notice', () => {
    const target = buildPermission({ eventName: 'pull_request_target', headRepository: 'acme/app', baseRepository: 'acme/app', allowUntrustedBuild: false });
    expect(target.allowed).toBe(false);
    expect(target.notice).toMatch(/^Image build skipped: this is a pull_request_target run .* Set allow-untrusted-build: true to build anyway\.$/);
    const fork = buildPermission({ eventName: 'pull_request', headRepository: 'mallory/app', baseRepository: 'acme/app', allowUntrustedBuild: false });
    expect(fork.allowed).toBe(false);
    expect(fork.notice).toContain('the pull request comes from the fork mallory/app');
    expect(buildPermission({ eventName: 'pull_request', headRepository: null, baseRepository: 'acme/app', allowUntrustedBuild: false }).allowed).toBe(false);
  });

  it('refuses workflow_run and issue_comment runs, which hold secrets and often check out pull request code', () => {
    for (const eventName of ['workflow_run', 'issue_comment']) {
      const refused = buildPermission({ eventName, allowUntrustedBuild: false });
      expect(refused.allowed).toBe(false);
      expect(refused.notice).toContain(`this is a ${eventName} run`);
    }
  });

  it('builds anyway with allow-untrusted-build, and says so', () => {
    const allowed = buildPermission({ eventName: 'pull_request', headRepository: 'mallory/app', baseRepository: 'acme/app', allowUntrustedBuild: true });
    expect(allowed.allowed).toBe(true);
    expect(allowed.notice).toMatch(/because allow-untrusted-build is true/);
  });
});
