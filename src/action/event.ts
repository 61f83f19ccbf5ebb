/**
 * What the triggering event asks labelguard to do. Pure: takes the event name and payload as the
 * runner gives them, returns a mode. Documented in docs/events.md.
 */
export type RunMode =
  | {
      kind: 'pull-request';
      event: 'pull_request' | 'pull_request_target';
      number: number;
      base: string;
      head: string;
      baseRef: string;
      headRef: string;
      /** The head branch lives in another repository: no writes with a read-only token, no stacked PRs. */
      fork: boolean;
    }
  | { kind: 'merge-queue'; base: string; head: string; baseRef: string }
  | { kind: 'push'; base?: string; head: string; ref: string; defaultBranch: boolean }
  | { kind: 'audit'; event: 'schedule' | 'workflow_dispatch' }
  | { kind: 'dashboard-edit'; issueNumber: number };

interface Payload {
  pull_request?: {
    number?: number;
    base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
    head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  };
  merge_group?: { base_sha?: string; head_sha?: string; base_ref?: string };
  before?: string;
  after?: string;
  ref?: string;
  repository?: { full_name?: string; default_branch?: string };
  issue?: { number?: number };
}

const zeroSha = /^0+$/;

/** Map an event to a mode, or explain why the event cannot be handled. */
export function resolveMode(
  eventName: string,
  payload: unknown,
  sha: string,
  ref: string,
): RunMode | { error: string } {
  const p = (payload ?? {}) as Payload;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = p.pull_request;
      if (!pr?.number || !pr.base?.sha || !pr.head?.sha)
        return { error: `the ${eventName} payload has no pull request` };
      return {
        kind: 'pull-request',
        event: eventName,
        number: pr.number,
        base: pr.base.sha,
        head: pr.head.sha,
        baseRef: pr.base.ref ?? '',
        headRef: pr.head.ref ?? '',
        fork: (pr.head.repo?.full_name ?? '') !== (p.repository?.full_name ?? pr.base.repo?.full_name ?? ''),
      };
    }
    case 'merge_group': {
      const mg = p.merge_group;
      if (!mg?.base_sha || !mg.head_sha) return { error: 'the merge_group payload has no base_sha/head_sha' };
      return {
        kind: 'merge-queue',
        base: mg.base_sha,
        head: mg.head_sha,
        baseRef: (mg.base_ref ?? '').replace(/^refs\/heads\//, ''),
      };
    }
    case 'push': {
      const branch = (p.ref ?? ref).replace(/^refs\/heads\//, '');
      const before = p.before && !zeroSha.test(p.before) ? p.before : undefined;
      return {
        kind: 'push',
        ...(before ? { base: before } : {}),
        head: p.after && !zeroSha.test(p.after) ? p.after : sha,
        ref: branch,
        defaultBranch: branch === p.repository?.default_branch,
      };
    }
    case 'schedule':
    case 'workflow_dispatch':
      return { kind: 'audit', event: eventName };
    case 'issues':
      return p.issue?.number
        ? { kind: 'dashboard-edit', issueNumber: p.issue.number }
        : { error: 'the issues payload has no issue' };
    default:
      return { error: `labelguard does not handle the '${eventName}' event` };
  }
}
