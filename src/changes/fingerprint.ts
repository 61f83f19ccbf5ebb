import { createHash } from 'node:crypto';
import type { ChangeCategory } from './difference.js';

const prefixes: Record<ChangeCategory, string> = {
  hardware: 'hw',
  firmware: 'fw',
  sbom: 'sbom',
  service: 'svc',
  security: 'sec',
  label: 'label',
  lifecycle: 'life',
};

/** The fingerprint prefix of a category: hw, fw, sbom, svc, sec, label or life. */
export function fingerprintPrefix(category: ChangeCategory): string {
  return prefixes[category];
}

/**
 * Stable id of one difference: `<prefix>:<16 hex>` from a SHA-256 over kind, subject, from and to.
 * Only normalised values go in, so the same difference read from a JSON or an XML SBOM, or on another
 * day, has the same fingerprint; a different target version gives a different one.
 */
export function fingerprintOf(d: {
  category: ChangeCategory;
  kind: string;
  subject: string;
  from?: string;
  to?: string;
}): string {
  // JSON of an array keeps the fields apart: no separator inside a value can make two inputs collide.
  const text = JSON.stringify([d.kind, d.subject, d.from ?? null, d.to ?? null]);
  return `${fingerprintPrefix(d.category)}:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}
