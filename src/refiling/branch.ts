/**
 * The refiling branch name: the idempotency key of a refiling pull request, one per product and target
 * branch, like create-pull-request's fixed branch and Renovate's branch-per-update.
 */

/** The branch prefix when `.labelguard.yml` names none. */
export const DEFAULT_BRANCH_PREFIX = 'labelguard/refile';

/**
 * `<prefix>/<target branch>/<product id>`, each part made valid under git's ref-name rules
 * (git check-ref-format): the same inputs always give the same name.
 */
export function refilingBranchName(
  prefix: string | undefined,
  targetBranch: string,
  productId: string,
): string {
  const parts = [prefix ?? DEFAULT_BRANCH_PREFIX, targetBranch, productId].map((p) => sanitiseRefPath(p));
  if (parts.some((p) => p === '')) {
    throw new Error(
      `Cannot form a refiling branch name from prefix "${prefix ?? ''}", target "${targetBranch}" and product ` +
        `"${productId}": each must keep at least one letter or digit after removing characters git refuses.`,
    );
  }
  return parts.join('/');
}

/**
 * A slash-separated path made valid as part of a git ref: forbidden characters (controls, space, `~ ^ : ?
 * * [ \`, `@{`, `..`) become `-`, empty components go, no component starts with `.` or ends with `.lock`
 * or `.`. Not guaranteed injective (`a b` and `a-b` meet); the metadata records the real target and product.
 */
export function sanitiseRefPath(path: string): string {
  return path
    .split('/')
    .map(sanitiseComponent)
    .filter((c) => c !== '')
    .join('/');
}

function sanitiseComponent(component: string): string {
  let c = component
    // eslint-disable-next-line no-control-regex -- control characters are exactly what git refuses
    .replace(/[\u0000-\u0020\u007F~^:?*[\\]/g, '-')
    .replace(/@\{/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-');
  c = c.replace(/^[.-]+/, '');
  while (/(\.lock|\.)$/i.test(c)) c = c.replace(/\.lock$/i, '-lock').replace(/\.+$/, '');
  return c === '@' || /^-*$/.test(c) ? '' : c;
}
