// Per-ecosystem version ordering, used only to label a change as an upgrade or a downgrade. When
// two versions cannot be ordered honestly the answer is `null` and the diff says 'version-changed'.

export type VersionScheme = 'semver' | 'debian' | 'generic';

// Ecosystems whose versions are (close enough to) SemVer 2.0, including Go's `v`-prefixed pseudo-versions.
const SEMVER_TYPES = new Set([
  'npm',
  'cargo',
  'golang',
  'gem',
  'nuget',
  'hex',
  'pub',
  'swift',
  'cocoapods',
  'composer',
]);

/** Ordering scheme for a purl type (e.g. `deb` → Debian, `npm` → SemVer). */
export function versionSchemeFor(purlType: string | undefined): VersionScheme {
  if (purlType === 'deb') return 'debian';
  if (purlType !== undefined && SEMVER_TYPES.has(purlType)) return 'semver';
  return 'generic';
}

/** Sign of a − b under the scheme, or null when the two cannot be ordered. */
export function compareVersions(a: string, b: string, scheme: VersionScheme): -1 | 0 | 1 | null {
  if (a === b) return 0;
  if (scheme === 'debian') return compareDebian(a, b);
  if (scheme === 'semver') {
    const r = compareSemver(a, b);
    if (r !== undefined) return r;
  }
  return compareGeneric(a, b);
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Compares digit strings of any length without overflow. */
function compareNumeric(a: string, b: string): -1 | 0 | 1 {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

// --- SemVer (lenient: optional `v`, optional minor/patch) -------------------------------------

const SEMVER = /^[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function compareSemver(a: string, b: string): -1 | 0 | 1 | null | undefined {
  const x = SEMVER.exec(a);
  const y = SEMVER.exec(b);
  if (!x || !y) return undefined;
  for (let i = 1; i <= 3; i++) {
    const c = compareNumeric(x[i] ?? '0', y[i] ?? '0');
    if (c !== 0) return c;
  }
  const pa = x[4];
  const pb = y[4];
  if (pa === pb) return 0; // differ only in build metadata, which has no precedence
  if (pa === undefined) return 1;
  if (pb === undefined) return -1;
  const ia = pa.split('.');
  const ib = pb.split('.');
  for (let i = 0; i < Math.min(ia.length, ib.length); i++) {
    const s = ia[i]!;
    const t = ib[i]!;
    const sn = /^\d+$/.test(s);
    const tn = /^\d+$/.test(t);
    if (sn && tn) {
      const c = compareNumeric(s, t);
      if (c !== 0) return c;
    } else if (sn !== tn) {
      return sn ? -1 : 1;
    } else if (s !== t) {
      return s < t ? -1 : 1;
    }
  }
  return sign(ia.length - ib.length);
}

// --- Debian (dpkg's verrevcmp) ------------------------------------------------------------------

interface DebVersion {
  epoch: string;
  upstream: string;
  revision: string;
}

function parseDebian(v: string): DebVersion {
  let rest = v.trim();
  let epoch = '0';
  const colon = rest.indexOf(':');
  if (colon > 0 && /^\d+$/.test(rest.slice(0, colon))) {
    epoch = rest.slice(0, colon);
    rest = rest.slice(colon + 1);
  }
  const dash = rest.lastIndexOf('-');
  if (dash === -1) return { epoch, upstream: rest, revision: '' };
  return { epoch, upstream: rest.slice(0, dash), revision: rest.slice(dash + 1) };
}

// dpkg's character weight: '~' sorts before everything, even the end of the string; letters sort
// before other symbols.
function order(code: number): number {
  if (code >= 48 && code <= 57) return 0;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return code;
  if (code === 126) return -1;
  if (Number.isNaN(code)) return 0;
  return code + 256;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
      const ac = order(a.charCodeAt(i));
      const bc = order(b.charCodeAt(j));
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    while (i < a.length && j < b.length && isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < a.length && isDigit(a.charCodeAt(i))) return 1;
    if (j < b.length && isDigit(b.charCodeAt(j))) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

function compareDebian(a: string, b: string): -1 | 0 | 1 {
  const x = parseDebian(a);
  const y = parseDebian(b);
  return (
    compareNumeric(x.epoch, y.epoch) ||
    sign(verrevcmp(x.upstream, y.upstream)) ||
    sign(verrevcmp(x.revision, y.revision))
  );
}

// --- Generic dotted numeric ------------------------------------------------------------------

const DOTTED = /^[vV]?(\d+(?:\.\d+)*)(.*)$/;

function compareGeneric(a: string, b: string): -1 | 0 | 1 | null {
  const x = DOTTED.exec(a.trim());
  const y = DOTTED.exec(b.trim());
  if (!x || !y) return null;
  const na = x[1]!.split('.');
  const nb = y[1]!.split('.');
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const c = compareNumeric(na[i] ?? '0', nb[i] ?? '0');
    if (c !== 0) return c;
  }
  // Same numbers, different suffix ("1.0-beta" vs "1.0-rc"): suffix conventions vary too much to guess.
  return x[2] === y[2] ? 0 : null;
}
