/**
 * Classification of GitHub API failures into a few kinds a user can act on.
 *
 * Errors are read by shape, not by class: octokit's RequestError, GraphQL response errors, fetch
 * failures and our own incomplete-response error all end up here, and several copies of the
 * octokit error classes can coexist in one bundle.
 */

/** What went wrong, in terms of what the user has to do about it. */
export type GitHubErrorKind =
  'rate-limited' | 'missing-permission' | 'not-found' | 'conflict' | 'server' | 'network' | 'other';

/** A classified GitHub API failure. */
export interface GitHubErrorInfo {
  kind: GitHubErrorKind;
  /** HTTP status, absent for network failures. */
  status?: number;
  /** The message GitHub (or the network layer) gave. */
  apiMessage: string;
  /** Workflow-style permission to grant first, e.g. `pull-requests=write`. */
  permission?: string;
  /** Every accepted permission set from `X-Accepted-GitHub-Permissions`, workflow-style, e.g. `[['issues=write'], ['pull-requests=write']]`. */
  acceptedPermissions?: string[][];
  /** Seconds GitHub asked us to wait (Retry-After), when it said so. */
  retryAfterSeconds?: number;
  /** When the primary rate limit resets (ISO 8601, from `x-ratelimit-reset`). */
  rateLimitResetAt?: string;
  /** What went wrong and what to do, in one paragraph. */
  userMessage: string;
}

/** An API failure that a port could not recover from, classified and with a message for the user. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  readonly kind: GitHubErrorKind;
  readonly status: number | undefined;
  readonly permission: string | undefined;
  readonly info: GitHubErrorInfo;
  /** What labelguard was doing, e.g. "update the sticky comment on #12". */
  readonly operation: string;

  constructor(info: GitHubErrorInfo, operation: string, cause: unknown) {
    super(info.userMessage, { cause });
    this.kind = info.kind;
    this.status = info.status;
    this.permission = info.permission;
    this.info = info;
    this.operation = operation;
  }
}

// GitHub's wording, kept as named constants because the API returns no machine-readable code for them.
export const RESOURCE_NOT_ACCESSIBLE = /Resource not accessible by (integration|personal access token)/i;
export const ACTIONS_CANNOT_CREATE_PULLS =
  /GitHub Actions is not permitted to create or approve pull requests/i;
export const SECONDARY_RATE_LIMIT = /secondary rate limit/i;
export const PRIMARY_RATE_LIMIT = /API rate limit exceeded|rate limit exceeded/i;
export const REFERENCE_ALREADY_EXISTS = /Reference already exists/i;
export const NOT_FAST_FORWARD = /Update is not a fast forward/i;
export const REFERENCE_DOES_NOT_EXIST = /Reference does not exist|Reference cannot be updated/i;
export const PULL_REQUEST_ALREADY_EXISTS = /A pull request already exists/i;
const CONFLICT_422 = [
  REFERENCE_ALREADY_EXISTS,
  NOT_FAST_FORWARD,
  REFERENCE_DOES_NOT_EXIST,
  PULL_REQUEST_ALREADY_EXISTS,
];

const FORK_ADVICE =
  'On pull requests from forks the token is always read-only: run the check on `pull_request` and post ' +
  'comments from a separate workflow triggered by `workflow_run`.';

interface ErrorShape {
  status?: unknown;
  message?: unknown;
  name?: unknown;
  code?: unknown;
  cause?: unknown;
  response?: { status?: unknown; headers?: Record<string, unknown>; data?: unknown };
  errors?: unknown;
}

/** Classify any error thrown by an octokit call. */
export function classifyGitHubError(error: unknown): GitHubErrorInfo {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorShape;
  const apiMessage = describeMessage(e);
  const graphqlTypes = graphqlErrorTypes(e);
  if (graphqlTypes.length > 0) return classifyGraphql(graphqlTypes, apiMessage);

  const status = typeof e.status === 'number' ? e.status : undefined;
  const headers = lowerCaseHeaders(e.response?.headers);
  if (e.response === undefined || status === undefined) {
    return networkOrOther(e, apiMessage, status);
  }

  if (status === 403 || status === 429) {
    const limited = rateLimitInfo(status, headers, apiMessage);
    if (limited) return limited;
  }
  if (ACTIONS_CANNOT_CREATE_PULLS.test(apiMessage)) {
    return {
      kind: 'missing-permission',
      status,
      apiMessage,
      userMessage:
        'GitHub Actions is not allowed to create pull requests in this repository. Enable "Allow GitHub ' +
        'Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions), ' +
        'or pass a GitHub App or personal access token as the `token` input.',
    };
  }
  if (status === 403) return missingPermission(status, headers, apiMessage);
  if (status === 404 || status === 410) {
    return {
      kind: 'not-found',
      status,
      apiMessage,
      userMessage:
        'GitHub answered "not found". Check the repository, branch or pull request number. A token that ' +
        'cannot see a private repository also gets 404: grant `contents: read` (and the permission the ' +
        'step needs) to the workflow token.',
    };
  }
  if (status === 409 || (status === 422 && CONFLICT_422.some((re) => re.test(apiMessage)))) {
    return {
      kind: 'conflict',
      status,
      apiMessage,
      userMessage:
        'The branch or pull request changed while labelguard was writing it (another run or a person got ' +
        'there first). Re-run the job; add a `concurrency:` group per product to serialise runs.',
    };
  }
  if (status >= 500) {
    return {
      kind: 'server',
      status,
      apiMessage,
      userMessage: `GitHub answered ${status} even after retries. Re-run the job later (see githubstatus.com).`,
    };
  }
  if (status === 401) {
    return {
      kind: 'other',
      status,
      apiMessage,
      userMessage:
        'GitHub rejected the token (bad credentials). Check the `token` input: it may be expired, revoked, ' +
        'or meant for another GitHub host.',
    };
  }
  return {
    kind: 'other',
    status,
    apiMessage,
    userMessage: `GitHub answered ${status}: ${apiMessage}`,
  };
}

/** Wrap an error in a GitHubApiError that says what labelguard was doing; GitHubApiErrors pass through. */
export function toGitHubApiError(error: unknown, operation: string): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const info = classifyGitHubError(error);
  return new GitHubApiError(
    { ...info, userMessage: `Could not ${operation}: ${info.userMessage}` },
    operation,
    error,
  );
}

/** Run one API step and turn any failure into a classified GitHubApiError. */
export async function withClassifiedErrors<T>(operation: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw toGitHubApiError(error, operation);
  }
}

/** True when the error is the HTTP status given (any of them), however it was wrapped. */
export function hasStatus(error: unknown, ...statuses: number[]): boolean {
  const e = (error instanceof GitHubApiError ? error.cause : error) as ErrorShape | undefined;
  return typeof e?.status === 'number' && statuses.includes(e.status);
}

/** The API message of an error (octokit appends validation errors to it), however it was wrapped. */
export function apiMessageOf(error: unknown): string {
  if (error instanceof GitHubApiError) return error.info.apiMessage;
  return describeMessage(typeof error === 'object' && error !== null ? error : {});
}

/**
 * Parse `X-Accepted-GitHub-Permissions` ("a=read, b=write; c=write": sets separated by `;`, permissions in
 * a set by `,`) into workflow-style names (`pull_requests` → `pull-requests`).
 */
export function parseAcceptedPermissions(header: string | undefined): string[][] {
  if (!header) return [];
  return header
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.length > 0)
        .map((p) => p.replace(/_/g, '-')),
    )
    .filter((set) => set.length > 0);
}

function missingPermission(
  status: number,
  headers: Record<string, string>,
  apiMessage: string,
): GitHubErrorInfo {
  const accepted = parseAcceptedPermissions(headers['x-accepted-github-permissions']);
  // labelguard acts on pull requests, so when GitHub accepts either, pull-requests is the one to suggest.
  const preferred = [...accepted].sort((a, b) => rank(a) - rank(b))[0];
  const permission = preferred?.join(',');
  const yaml = preferred?.map((p) => p.replace('=', ': ')).join(', ');
  const alternatives =
    accepted.length > 1
      ? ` GitHub accepts any of: ${accepted.map((set) => set.map((p) => p.replace('=', ': ')).join(' + ')).join(' | ')}.`
      : '';
  const ask = yaml
    ? `The token lacks the \`${yaml}\` permission. Add \`permissions:\` with \`${yaml}\` to the workflow job.${alternatives}`
    : RESOURCE_NOT_ACCESSIBLE.test(apiMessage)
      ? 'The token lacks a permission this step needs. Grant it in the workflow `permissions:` block.'
      : `GitHub refused the request (403: ${apiMessage}). Check the token's permissions and the repository settings.`;
  return {
    kind: 'missing-permission',
    status,
    apiMessage,
    ...(permission !== undefined && { permission }),
    ...(accepted.length > 0 && { acceptedPermissions: accepted }),
    userMessage: `${ask} ${FORK_ADVICE}`,
  };
}

function rank(set: string[]): number {
  if (set.some((p) => p.startsWith('pull-requests='))) return 0;
  if (set.some((p) => p.startsWith('issues='))) return 1;
  return 2;
}

function rateLimitInfo(
  status: number,
  headers: Record<string, string>,
  apiMessage: string,
): GitHubErrorInfo | undefined {
  const retryAfter = headers['retry-after'];
  const remaining = headers['x-ratelimit-remaining'];
  const limited =
    remaining === '0' ||
    retryAfter !== undefined ||
    SECONDARY_RATE_LIMIT.test(apiMessage) ||
    PRIMARY_RATE_LIMIT.test(apiMessage) ||
    status === 429;
  if (!limited) return undefined;
  const retryAfterSeconds =
    retryAfter !== undefined && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
  const reset = headers['x-ratelimit-reset'];
  const rateLimitResetAt =
    reset !== undefined && /^\d+$/.test(reset) ? new Date(Number(reset) * 1000).toISOString() : undefined;
  const when =
    retryAfterSeconds !== undefined
      ? ` GitHub asked to wait ${retryAfterSeconds} s.`
      : rateLimitResetAt !== undefined
        ? ` The limit resets at ${rateLimitResetAt}.`
        : '';
  return {
    kind: 'rate-limited',
    status,
    apiMessage,
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
    ...(rateLimitResetAt !== undefined && { rateLimitResetAt }),
    userMessage:
      `GitHub's API rate limit was reached and retries did not get through.${when} Re-run the job later; ` +
      'if this repeats, use a GitHub App token (higher limits) or reduce parallel jobs.',
  };
}

function networkOrOther(e: ErrorShape, apiMessage: string, status: number | undefined): GitHubErrorInfo {
  // octokit reports fetch failures (refused, reset, timeout) as status 500 without a response.
  const looksNetwork =
    status === 500 ||
    e.name === 'AbortError' ||
    e.name === 'TimeoutError' ||
    e.name === 'IncompleteResponseError' ||
    (typeof e.code === 'string' && /^(E[A-Z]+|UND_ERR)/.test(e.code));
  if (looksNetwork) {
    return {
      kind: 'network',
      apiMessage,
      userMessage:
        `The GitHub API could not be reached or its answer was cut off (${apiMessage}). Re-run the job; on ` +
        'GitHub Enterprise Server check the API URL and any proxy settings.',
    };
  }
  return {
    kind: 'other',
    ...(status !== undefined && { status }),
    apiMessage,
    userMessage: `The GitHub API call failed: ${apiMessage}`,
  };
}

function classifyGraphql(types: string[], apiMessage: string): GitHubErrorInfo {
  if (types.includes('RATE_LIMITED')) {
    return {
      kind: 'rate-limited',
      apiMessage,
      userMessage: "GitHub's GraphQL rate limit was reached. Re-run the job later.",
    };
  }
  if (types.includes('FORBIDDEN')) {
    return { kind: 'missing-permission', apiMessage, userMessage: `${apiMessage}. ${FORK_ADVICE}` };
  }
  if (types.includes('NOT_FOUND')) {
    return { kind: 'not-found', apiMessage, userMessage: `GitHub GraphQL: ${apiMessage}` };
  }
  return { kind: 'other', apiMessage, userMessage: `GitHub GraphQL: ${apiMessage}` };
}

function graphqlErrorTypes(e: ErrorShape): string[] {
  if (!Array.isArray(e.errors)) return [];
  return (e.errors as unknown[])
    .map((x) => (typeof x === 'object' && x !== null ? (x as { type?: unknown }).type : undefined))
    .filter((t): t is string => typeof t === 'string');
}

function describeMessage(e: ErrorShape): string {
  const own = typeof e.message === 'string' && e.message.length > 0 ? e.message : 'unknown error';
  const cause = e.cause as ErrorShape | undefined;
  const causeMessage =
    typeof cause?.message === 'string' && cause.message !== own ? cause.message : undefined;
  // octokit appends " - https://docs.github.com/..." to API messages; keep the message short.
  const trimmed = own.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  return causeMessage && trimmed === 'fetch failed' ? `${trimmed}: ${causeMessage}` : trimmed;
}

function lowerCaseHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (typeof v === 'string' || typeof v === 'number') out[k.toLowerCase()] = String(v);
  }
  return out;
}
