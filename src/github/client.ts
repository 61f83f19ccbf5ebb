/**
 * The one place an Octokit is built: REST + GraphQL, retries on 5xx and network failures, throttling that
 * honours GitHub's primary and secondary rate limits, a per-attempt timeout, and a check that JSON
 * answers arrived whole.
 */
import { Octokit } from '@octokit/rest';
import type { Octokit as CoreOctokit, OctokitOptions } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { missingField } from './response-shape.js';

/** The REST API version labelguard is written against. */
export const GITHUB_API_VERSION = '2022-11-28';

/** The public GitHub API; GitHub Enterprise Server uses `https://<host>/api/v3`. */
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

/**
 * Statuses never retried by the retry plugin: client errors that a retry cannot fix. 403 and 429 are left
 * to the throttling plugin, which tells rate limits (worth waiting for) from permission errors.
 */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451] as const;

/** Where the client reports rate-limit waits and retries (wire it to `@actions/core`). */
export interface GitHubClientLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}

/** Options of {@link createGitHubClient}. */
export interface GitHubClientOptions {
  /** A GITHUB_TOKEN, installation token or personal access token. */
  token: string;
  /** API root; for GitHub Enterprise Server `https://<host>/api/v3` (the runner's GITHUB_API_URL). */
  baseUrl?: string;
  /** Prepended to octokit's own user agent. */
  userAgent?: string;
  /** Retries of a request that failed with 5xx or a network error (default 3). */
  retries?: number;
  /** Retries after hitting the primary rate limit (default 1). */
  rateLimitRetries?: number;
  /** Retries after hitting a secondary rate limit (default 3). */
  secondaryRateLimitRetries?: number;
  /** Longest wait, in seconds, labelguard accepts before a rate-limit retry (default 120); longer fails. */
  maxRateLimitWaitSeconds?: number;
  /** Abort one attempt after this many milliseconds (default 60,000); the retry plugin then retries it. */
  requestTimeoutMs?: number;
  /**
   * Multiplies every wait: retry backoff (1 s, 4 s, 9 s), Retry-After, and the 1 s / 3 s spacing GitHub
   * asks for between writes. 1 in production; tests pass e.g. 0.001 so a Retry-After of 2 s waits 2 ms.
   */
  timeScale?: number;
  /** Where to report waits and retries; silent by default. */
  log?: GitHubClientLog;
}

/** Thrown when a JSON answer ended early (connection closed, timeout while reading the body). */
export class IncompleteResponseError extends Error {
  override readonly name = 'IncompleteResponseError';
  /** Reported as 500 without a response so the retry plugin retries it and the classifier calls it "network". */
  readonly status = 500;
  readonly request: unknown;
  constructor(method: string, url: string, request: unknown) {
    super(`Incomplete response body from ${method} ${url} (the connection closed before the JSON ended)`);
    this.request = request;
  }
}

/** Thrown when an answer lacks a field labelguard reads (see response-shape.ts); never retried. */
export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponseError';
  constructor(method: string, url: string, field: string) {
    super(
      `GitHub's answer to ${method} ${url} has no \`${field}\`, which labelguard reads: a proxy or a GitHub version that answers differently? Re-run the job; if it persists, report it with the GitHub host and version`,
    );
  }
}

const LabelguardOctokit = Octokit.plugin(responseGuard, retry, throttling);

/** The Octokit labelguard uses: @octokit/rest with retry and throttling. */
export type GitHubClient = InstanceType<typeof LabelguardOctokit>;

const silentLog: GitHubClientLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Build the GitHub client every port uses. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) {
    throw new Error(
      'No GitHub token: pass the `token` input (the workflow default is `${{ github.token }}`).',
    );
  }
  const timeScale = options.timeScale ?? 1;
  if (!(timeScale > 0) || !Number.isFinite(timeScale)) {
    throw new Error(`timeScale must be a positive number, got ${String(options.timeScale)}`);
  }
  const log = options.log ?? silentLog;
  const rateLimitRetries = options.rateLimitRetries ?? 1;
  const secondaryRetries = options.secondaryRateLimitRetries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const baseUrl = (options.baseUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');

  const octokitOptions: OctokitOptions = {
    auth: options.token,
    baseUrl,
    ...(options.userAgent !== undefined && { userAgent: options.userAgent }),
    log,
    labelguard: { requestTimeoutMs: options.requestTimeoutMs ?? 60_000 },
    // Not `request.retries`: the retry plugin treats that as "retry anything", ignoring doNotRetry.
    retry: {
      retries: options.retries ?? 3,
      doNotRetry: [...DO_NOT_RETRY],
      retryAfterBaseValue: 1000 * timeScale,
    },
    throttle: {
      retryAfterBaseValue: 1000 * timeScale,
      // GitHub asks for ≥ 1 s between content-creating requests; the plugin's defaults are 1 s and 3 s.
      write: spacedGroup(1000 * timeScale),
      notifications: spacedGroup(3000 * timeScale),
      search: spacedGroup(2000 * timeScale),
      onRateLimit: rateLimitHandler(log, {
        reached: 'GitHub rate limit reached on',
        giveUp: 'giving up (limit resets too late or retries used up).',
        retries: rateLimitRetries,
        maxWait,
      }),
      onSecondaryRateLimit: rateLimitHandler(log, {
        reached: 'GitHub secondary rate limit on',
        giveUp: 'giving up.',
        retries: secondaryRetries,
        maxWait,
      }),
    },
  };
  return new LabelguardOctokit(octokitOptions);
}

/**
 * The throttling plugin's answer to a rate limit: retry while retries are left and the wait is bearable,
 * and say which it does.
 */
function rateLimitHandler(
  log: Pick<GitHubClientLog, 'warn'>,
  how: { reached: string; giveUp: string; retries: number; maxWait: number },
) {
  return (
    retryAfter: number,
    opts: { method: string; url: string },
    _o: unknown,
    retryCount: number,
  ): boolean => {
    const retryIt = retryCount < how.retries && retryAfter <= how.maxWait;
    log.warn(
      `${how.reached} ${opts.method} ${opts.url}; ` + (retryIt ? `retrying in ${retryAfter} s.` : how.giveUp),
    );
    return retryIt;
  };
}

interface GuardOptions {
  requestTimeoutMs?: number;
}

interface HookOptions {
  method: string;
  url: string;
  headers: Record<string, string | number | undefined>;
  request: { signal?: AbortSignal; [key: string]: unknown };
  [key: string]: unknown;
}

interface HookResponse {
  status: number;
  headers: Record<string, string | undefined>;
  data: unknown;
}

/**
 * Innermost plugin, so the retry plugin sees what it throws: sends the API version header, bounds each
 * attempt with a timeout, and refuses JSON answers that did not arrive whole. octokit turns a body cut off
 * mid-stream into the empty string, which would otherwise read as "no comments", "no files".
 */
function responseGuard(octokit: CoreOctokit, options: OctokitOptions): void {
  const guard = (options.labelguard ?? {}) as GuardOptions;
  // The caller's own abort signal per call, kept apart from the per-attempt timeout signals set below.
  const callerSignals = new WeakMap<object, AbortSignal | undefined>();
  octokit.hook.wrap('request', async (request, rawOptions) => {
    // Each layer calls the next with the original options object, so per-attempt settings must be written
    // into it. Its `request` and `headers` members can be shared with octokit's defaults (and so with other
    // calls): replace them, never mutate them.
    const opts = rawOptions as unknown as HookOptions;
    if (!callerSignals.has(opts)) callerSignals.set(opts, opts.request.signal);
    const callerSignal = callerSignals.get(opts);
    const timeout = guard.requestTimeoutMs ? AbortSignal.timeout(guard.requestTimeoutMs) : undefined;
    const signal =
      timeout && callerSignal ? AbortSignal.any([callerSignal, timeout]) : (timeout ?? callerSignal);
    opts.request = { ...opts.request, ...(signal && { signal }) };
    opts.headers = { 'x-github-api-version': GITHUB_API_VERSION, ...opts.headers };
    const response = (await request(rawOptions)) as HookResponse;
    const type = response.headers['content-type'] ?? '';
    const bodyExpected = opts.method !== 'HEAD' && response.status !== 204 && response.status !== 205;
    if (bodyExpected && /json/i.test(type) && typeof response.data === 'string') {
      throw new IncompleteResponseError(opts.method, opts.url, opts);
    }
    const missing = bodyExpected ? missingField(opts.method, opts.url, response.data) : undefined;
    if (missing !== undefined) throw new MalformedResponseError(opts.method, opts.url, missing);
    return response as unknown as Awaited<ReturnType<typeof request>>;
  });
}

type ThrottleGroup = NonNullable<Extract<ThrottlingOptions, { enabled?: boolean }>['write']>;

/** A write-spacing group for the throttling plugin, scaled by timeScale. */
function spacedGroup(minTimeMs: number): ThrottleGroup {
  // The plugin only ever calls `.key(id).schedule(options, fn, ...args)` on these groups.
  return new SpacedGroup(minTimeMs) as unknown as ThrottleGroup;
}

/**
 * A stand-in for a Bottleneck group that only enforces a minimum spacing between jobs of one key; the
 * throttling plugin uses these groups only to space writes (it schedules a no-op, then the request).
 */
class SpacedGroup {
  private readonly limiters = new Map<string, SpacedLimiter>();
  constructor(private readonly minTimeMs: number) {}
  /** The limiter for one client id. */
  key(id: string): SpacedLimiter {
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new SpacedLimiter(this.minTimeMs);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}

class SpacedLimiter {
  private queue: Promise<unknown> = Promise.resolve();
  private nextStart = 0;
  constructor(private readonly minTimeMs: number) {}
  /** Run `job` once every earlier job has started and the spacing has passed. */
  schedule<T>(_jobOptions: unknown, job: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> {
    const run = this.queue.then(async () => {
      const wait = this.nextStart - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.nextStart = Date.now() + this.minTimeMs;
    });
    this.queue = run.catch(() => undefined);
    return run.then(() => job(...args));
  }
}
