/**
 * Whether the action may build at all. Building runs the pull request's RUN commands on the runner, so it is
 * refused where that code is untrusted and the runner holds secrets: `pull_request_target` runs (base-repository
 * secrets, write token), `workflow_run` and `issue_comment` runs (the same, and the usual way to reach a fork's code),
 * and pull requests from forks — unless the workflow sets `allow-untrusted-build: true`.
 */

export interface BuildTrustContext {
  /** GITHUB_EVENT_NAME. */
  eventName: string;
  /** `pull_request.head.repo.full_name`, when the event has a pull request (null for a deleted fork). */
  headRepository?: string | null;
  /** `pull_request.base.repo.full_name`. */
  baseRepository?: string | null;
  allowUntrustedBuild: boolean;
}

export interface BuildPermission {
  allowed: boolean;
  /** One notice for the log and the report when the build is refused (or allowed only by the override). */
  notice: string | null;
}

export function buildPermission(context: BuildTrustContext): BuildPermission {
  const reason = untrustedReason(context);
  if (!reason) return { allowed: true, notice: null };
  if (context.allowUntrustedBuild) {
    return { allowed: true, notice: `Building images although ${reason}, because allow-untrusted-build is true: the pull request's RUN commands run on this runner.` };
  }
  return {
    allowed: false,
    notice: `Image build skipped: ${reason}, and building would run its RUN commands on this runner. Set allow-untrusted-build: true to build anyway.`,
  };
}

function untrustedReason(context: BuildTrustContext): string | null {
  if (context.eventName === 'pull_request_target') return 'this is a pull_request_target run (it holds the base repository\'s secrets)';
  // These run in the base repository's context, with its secrets, and are the usual way to reach a fork's code.
  if (context.eventName === 'workflow_run' || context.eventName === 'issue_comment') {
    return `this is a ${context.eventName} run (it holds the base repository's secrets and may be checking out pull request code)`;
  }
  const isPullRequest = context.eventName === 'pull_request' || context.eventName === 'pull_request_review' || context.eventName === 'pull_request_review_comment';
  if (!isPullRequest) return null;
  const head = context.headRepository ?? null;
  const base = context.baseRepository ?? null;
  if (head === null) return 'the pull request\'s head repository is unknown (a deleted fork)';
  if (base !== null && head.toLowerCase() !== base.toLowerCase()) return `the pull request comes from the fork ${head}`;
  return null;
}
