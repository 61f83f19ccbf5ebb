/**
 * Who the token is. Sticky comments, dashboard issues and refiling branches are only ever "ours" when
 * their author is this login, so a person cannot hijack them by pasting our hidden marker.
 */
import type { Octokit } from '@octokit/rest';
import { classifyGitHubError, toGitHubApiError } from './errors.js';

/** The login of the Actions-provided GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/** How the login was found, from most to least certain. */
export type IdentitySource = 'rest-user' | 'graphql-viewer' | 'app-slug' | 'github-actions-default';

/** The token's own identity. */
export interface OwnIdentity {
  /** As REST reports authors, e.g. `octocat` or `github-actions[bot]`. */
  login: string;
  source: IdentitySource;
}

/** Options of {@link resolveOwnIdentity}. */
export interface ResolveIdentityOptions {
  /** Slug of the GitHub App whose installation token is used, e.g. `labelguard` → `labelguard[bot]`. */
  appSlug?: string;
}

/**
 * Resolve the token's login: `GET /user` (personal tokens), else GraphQL `viewer` (installation tokens,
 * GITHUB_TOKEN), else the configured app slug, else `github-actions[bot]`.
 */
export async function resolveOwnIdentity(
  octokit: Octokit,
  options: ResolveIdentityOptions = {},
): Promise<OwnIdentity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, source: 'rest-user' };
  } catch (error) {
    // Installation tokens get 403 "Resource not accessible by integration" here; anything else is real.
    const kind = classifyGitHubError(error).kind;
    if (kind !== 'missing-permission' && kind !== 'not-found') {
      throw toGitHubApiError(error, 'find out which account the token belongs to (GET /user)');
    }
  }
  try {
    const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    if (typeof data.viewer?.login === 'string' && data.viewer.login.length > 0) {
      return { login: data.viewer.login, source: 'graphql-viewer' };
    }
  } catch {
    // GraphQL can be unavailable (some GitHub Enterprise Server setups, proxies): fall through to configuration.
  }
  if (options.appSlug)
    return { login: `${options.appSlug.replace(/\[bot\]$/, '')}[bot]`, source: 'app-slug' };
  return { login: GITHUB_ACTIONS_BOT, source: 'github-actions-default' };
}

/**
 * True when `login` (a REST or GraphQL author) is the identity. GraphQL drops the `[bot]` suffix that
 * REST shows, and logins are case-insensitive.
 */
export function isOwnLogin(identity: OwnIdentity, login: string | null | undefined): boolean {
  if (!login) return false;
  return normaliseLogin(login) === normaliseLogin(identity.login);
}

/** The noreply e-mail addresses GitHub uses for commits made by this identity through the API. */
export function isOwnCommitEmail(identity: OwnIdentity, email: string | null | undefined): boolean {
  if (!email) return false;
  const match = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email.trim());
  return match?.[1] !== undefined && normaliseLogin(match[1]) === normaliseLogin(identity.login);
}

function normaliseLogin(login: string): string {
  return login
    .trim()
    .toLowerCase()
    .replace(/\[bot\]$/, '');
}
