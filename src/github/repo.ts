import { MAX_BODY_CHARS } from '../markdown/limits.js';

/** A repository on the GitHub host the client talks to. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Parse `owner/repo` (as in GITHUB_REPOSITORY) into a RepoRef. */
export function parseRepoRef(fullName: string): RepoRef {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(fullName.trim());
  if (!match?.[1] || !match[2]) {
    throw new Error(
      `"${fullName}" is not a repository name: expected "owner/repo", as in GITHUB_REPOSITORY.`,
    );
  }
  return { owner: match[1], repo: match[2] };
}

/** Refuse a body GitHub would reject, before spending an API call on it. */
export function assertBodyFits(what: string, body: string): void {
  if (body.length > MAX_BODY_CHARS) {
    throw new RangeError(
      `The ${what} is ${body.length} characters; GitHub accepts at most ${MAX_BODY_CHARS}. ` +
        'Render the compact version of the report instead.',
    );
  }
}
