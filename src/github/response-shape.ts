/**
 * The fields labelguard reads from GitHub's answers, by request. A proxy, a GitHub Enterprise Server of
 * another version or a fault can answer without them; reading on would fail far from the cause ("Cannot
 * read properties of undefined", "… is not iterable"). Each answer is checked here instead, and a missing
 * field is an error that names the request and the field.
 *
 * A path is dotted; `x[]` means x must be a list, and `x[].y` that every item of it has y. A path starting
 * with `[]` is about an answer that is itself a list.
 */
const fieldsRead: Record<string, readonly string[]> = {
  'GET /user': ['login'],
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': [
    'number',
    'head.ref',
    'head.sha',
    'base.ref',
    'base.sha',
    'labels[]',
  ],
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': ['[].filename'],
  'GET /repos/{owner}/{repo}/compare/{basehead}': [
    'commits[].sha',
    'commits[].commit.tree.sha',
    'commits[].parents[].sha',
    'base_commit.sha',
    'base_commit.commit.tree.sha',
    'merge_base_commit.sha',
    'merge_base_commit.commit.tree.sha',
  ],
  'GET /repos/{owner}/{repo}/pulls': [
    '[].number',
    '[].head.ref',
    '[].head.sha',
    '[].base.ref',
    '[].html_url',
  ],
  'POST /repos/{owner}/{repo}/pulls': ['number', 'html_url', 'head.sha'],
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': ['number'],
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': ['[].id'],
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': ['id'],
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': ['id'],
  'GET /repos/{owner}/{repo}/issues': ['[].number'],
  'POST /repos/{owner}/{repo}/issues': ['number'],
  'GET /repos/{owner}/{repo}/git/ref/{ref}': ['object.sha'],
  'POST /repos/{owner}/{repo}/git/refs': ['object.sha'],
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': ['object.sha'],
  'POST /repos/{owner}/{repo}/git/blobs': ['sha'],
  'POST /repos/{owner}/{repo}/git/trees': ['sha'],
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': ['sha', 'tree[].path'],
  'POST /repos/{owner}/{repo}/git/commits': ['sha'],
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': ['sha', 'tree.sha', 'parents[].sha'],
};

/** The first field of `fieldsRead` the answer lacks, as a path into it; undefined when it has them all. */
export function missingField(method: string, route: string, data: unknown): string | undefined {
  for (const path of fieldsRead[`${method} ${route}`] ?? []) {
    const missing = lacks(
      data,
      path.split(/\.|(?=\[\])/).filter((p) => p !== ''),
      '',
    );
    if (missing !== undefined) return missing;
  }
  return undefined;
}

function lacks(value: unknown, parts: string[], at: string): string | undefined {
  const [part, ...rest] = parts;
  if (part === undefined) return undefined;
  if (part === '[]') {
    if (!Array.isArray(value)) return at === '' ? '(a list)' : at;
    for (let i = 0; i < value.length; i++) {
      const missing = lacks(value[i], rest, `${at}[${i}]`);
      if (missing !== undefined) return missing;
    }
    return undefined;
  }
  const next = at === '' ? part : `${at}.${part}`;
  const child =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  if (child === undefined || child === null) return next;
  return lacks(child, rest, next);
}
