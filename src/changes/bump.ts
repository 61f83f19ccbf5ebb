import type { Bump } from './difference.js';

// Epoch (Debian "1:"), optional "v", dotted numbers, then any suffix (letters, pre-release, revision).
const VERSION = /^(?:(\d+):)?[vV]?(\d+(?:\.\d+)*)(.*)$/;

/**
 * How big a version change is, semver-style: the first of the major/minor/patch numbers that differs.
 * A change only in a fourth number or in a suffix (OpenSSL's 1.1.1v→1.1.1w, a Debian revision, a
 * pre-release tag) counts as a patch; an epoch change as major. '' when either side is not numeric.
 */
export function versionBump(from: string | undefined, to: string | undefined): Bump {
  if (from === undefined || to === undefined || from === to) return '';
  const a = VERSION.exec(from.trim());
  const b = VERSION.exec(to.trim());
  if (!a || !b) return '';
  if (Number(a[1] ?? 0) !== Number(b[1] ?? 0)) return 'major';
  const na = a[2]!.split('.').map(Number);
  const nb = b[2]!.split('.').map(Number);
  const sizes: Bump[] = ['major', 'minor', 'patch'];
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    if ((na[i] ?? 0) !== (nb[i] ?? 0)) return sizes[i] ?? 'patch';
  }
  return a[3] === b[3] ? '' : 'patch';
}
