/** What an API failure means for the run: a permission the token lacks is expected (forks), the rest is trouble. */

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * 403 "Resource not accessible by integration" is what a fork's read-only token gets; a 404 on a write can mean
 * the same for a private repository. Rate limits also answer 403, but the throttling plugin has retried those.
 */
export function isPermissionError(error: unknown): boolean {
  const status = statusOf(error);
  return status === 401 || (status === 403 && !isRateLimit(error));
}

/** A rate limit the throttling plugin chose not to wait out (its reset is too far away). */
export function isRateLimit(error: unknown): boolean {
  const response = (error as { response?: { headers?: Record<string, string> } })?.response;
  const message = String((error as { message?: unknown })?.message ?? '');
  return response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message);
}

/** One line, for a notice: the status and GitHub's message, never the request (its headers hold the token). */
export function describeApiError(error: unknown): string {
  const status = statusOf(error);
  const raw = (error as { message?: unknown })?.message;
  const message = typeof raw === 'string' ? raw.split('\n')[0].slice(0, 200) : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
}
