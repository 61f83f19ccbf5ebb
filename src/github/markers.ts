/**
 * Hidden HTML-comment markers that let labelguard find its own comments and issues again, and a digest
 * marker that records what the visible body was when labelguard wrote it.
 */
import { createHash } from 'node:crypto';

/** Which kind of object a marker tags. */
export type MarkerKind = 'comment' | 'issue';

const KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;
const DIGEST = /\n?<!-- labelguard:digest sha256=[0-9a-f]{64} -->\s*$/;

/** The marker line for a key, e.g. `<!-- labelguard:comment key=check -->`. */
export function markerFor(kind: MarkerKind, key: string): string {
  if (!KEY.test(key)) {
    throw new Error(
      `"${key}" cannot be used as a labelguard ${kind} key: use 1–100 letters, digits, ".", "_", "/" or "-", starting with a letter or digit.`,
    );
  }
  return `<!-- labelguard:${kind} key=${key} -->`;
}

/** True when a body carries the marker on a line of its own. */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false;
  return body.split(/\r?\n/).some((line) => line.trim() === marker);
}

/** Compose marker + body + digest marker: what labelguard writes to GitHub. */
export function withMarkers(marker: string, body: string): string {
  const content = `${marker}\n${normaliseBody(body)}`;
  return `${content}\n<!-- labelguard:digest sha256=${sha256(content)} -->`;
}

/** The body without its digest marker and with GitHub's line-ending changes undone, for comparison. */
export function comparableBody(body: string): string {
  return normaliseBody(body.replace(/\r\n/g, '\n').replace(DIGEST, ''));
}

function normaliseBody(body: string): string {
  return body.replace(/\r\n/g, '\n').replace(/\s+$/, '');
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
