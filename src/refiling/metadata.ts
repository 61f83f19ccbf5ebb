/**
 * The hidden metadata of a refiling pull request. labelguard keeps no state store: like Renovate, it finds
 * its pull requests again by branch name and by this line in the body, and compares digests to decide
 * whether anything changed before spending a write.
 */
import { createHash } from 'node:crypto';
import { compareText } from '../core/finding.js';
import type { RefilingFile, RefilingMetadata } from './types.js';

const PREFIX = '<!-- labelguard:refiling ';
const SUFFIX = ' -->';
// `s`: a body written before U+2028/U+2029 were escaped still holds them raw, and `.` alone stops there.
const LINE = /^<!-- labelguard:refiling (\{.*\}) -->$/s;

/**
 * The metadata as one HTML-comment line. `<`, `>` and `&` are written as JSON `\u` escapes, so no value
 * (a branch may contain `-->`) can end the comment early; so are U+2028 and U+2029, which JSON leaves
 * raw but which end a line for regular expressions and some editors (a scheme holding one made the pull
 * request unrecognisable, so every later run reported it as someone else's). JSON.parse restores them.
 */
export function renderMetadataLine(metadata: RefilingMetadata): string {
  const json = JSON.stringify(canonical(metadata)).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${PREFIX}${json}${SUFFIX}`;
}

/** The metadata in a pull request body, or undefined when there is none or it is not labelguard's layout. */
export function parseMetadata(body: string | null | undefined): RefilingMetadata | undefined {
  if (!body) return undefined;
  for (const line of body.split(/\r?\n/)) {
    const match = LINE.exec(line.trim());
    if (!match?.[1]) continue;
    let value: unknown;
    try {
      value = JSON.parse(match[1]);
    } catch {
      return undefined;
    }
    return isMetadata(value) ? value : undefined;
  }
  return undefined;
}

/** The body with its metadata line replaced (or prepended when it has none). */
export function replaceMetadata(body: string, metadata: RefilingMetadata): string {
  const line = renderMetadataLine(metadata);
  const lines = body.split(/\r?\n/);
  const at = lines.findIndex((l) => LINE.test(l.trim()));
  if (at < 0) return `${line}\n${body}`;
  lines[at] = line;
  return lines.join('\n');
}

/** `sha256:` digest of a set of files: each path with the SHA-256 of its bytes, in path order. */
export function filesDigest(files: readonly RefilingFile[]): string {
  const lines = [...files]
    .sort((a, b) => compareText(a.path, b.path))
    .map(
      (f) =>
        `${f.path}\0${sha256(typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content)}\n`,
    );
  return `sha256:${sha256(Buffer.from(lines.join(''), 'utf8'))}`;
}

/** `sha256:` digest of what decides a refiling pull request: its files, its title and its fingerprints. */
export function planDigest(input: { files: string; title: string; fingerprints: readonly string[] }): string {
  const text = JSON.stringify([input.files, input.title, [...input.fingerprints].sort()]);
  return `sha256:${sha256(Buffer.from(text, 'utf8'))}`;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Keys in a fixed order, so the same metadata is always the same line. */
function canonical(m: RefilingMetadata): RefilingMetadata {
  return {
    v: m.v,
    product: m.product,
    scheme: m.scheme,
    target: m.target,
    fingerprints: [...m.fingerprints].sort(),
    filingId: m.filingId,
    generator: m.generator,
    files: m.files,
    digest: m.digest,
    ...(m.trigger && {
      trigger: { ...(m.trigger.pr !== undefined && { pr: m.trigger.pr }), sha: m.trigger.sha },
    }),
    ...(m.closed && { closed: m.closed }),
  };
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

function isMetadata(value: unknown): value is RefilingMetadata {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const trigger = m.trigger as Record<string, unknown> | undefined;
  return (
    m.v === 1 &&
    typeof m.product === 'string' &&
    typeof m.scheme === 'string' &&
    typeof m.target === 'string' &&
    Array.isArray(m.fingerprints) &&
    m.fingerprints.every((f) => typeof f === 'string') &&
    typeof m.filingId === 'string' &&
    typeof m.generator === 'string' &&
    typeof m.files === 'string' &&
    DIGEST.test(m.files) &&
    typeof m.digest === 'string' &&
    DIGEST.test(m.digest) &&
    (trigger === undefined ||
      (typeof trigger === 'object' &&
        trigger !== null &&
        typeof trigger.sha === 'string' &&
        (trigger.pr === undefined || typeof trigger.pr === 'number'))) &&
    (m.closed === undefined || m.closed === 'obsolete')
  );
}
