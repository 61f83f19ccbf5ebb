import type { Product } from '../schemas/index.js';
import { compareVersions } from '../sbom/index.js';
import { versionBump } from './bump.js';
import { difference, type Difference } from './difference.js';
import { diffHardware } from './hardware-diff.js';
import { diffLabel } from './label-diff.js';
import type { RegisteredState } from './registered.js';
import { diffSecurity } from './security-diff.js';

/**
 * Every difference between the registered baseline and the current manifest: hardware, firmware,
 * security claims, label items and support period. Pure; order is not significant (callers sort).
 */
export function diffManifest(registered: RegisteredState, product: Product): Difference[] {
  return [
    ...diffHardware(registered, product),
    ...diffFirmware(registered, product),
    // A baseline that registered no security claims gives nothing to compare them with.
    ...(registered.security ? diffSecurity(registered.security, product.security) : []),
    ...diffLabel(registered, product),
  ];
}

/**
 * Firmware: a new version, or — flagged separately — the same version with a different image hash,
 * which is either an unexplained rebuild or a tampered image.
 */
export function diffFirmware(registered: RegisteredState, product: Product): Difference[] {
  const b = registered.firmware;
  const a = product.firmware;
  if (b.version !== a.version) {
    const order = compareVersions(b.version, a.version, 'generic');
    return [
      difference({
        kind: 'firmware.version',
        category: 'firmware',
        change: 'changed',
        subject: 'firmware version',
        from: b.version,
        to: a.version,
        aspects: [order === 1 ? 'version-down' : order === -1 ? 'version-up' : 'version-changed'],
        bump: versionBump(b.version, a.version),
        site: { doc: 'product', path: ['firmware', 'version'] },
      }),
    ];
  }
  if (b.image_sha256 !== a.image_sha256) {
    return [
      difference({
        kind: 'firmware.image',
        category: 'firmware',
        change: 'changed',
        subject: `firmware ${a.version} image`,
        from: `sha256:${b.image_sha256}`,
        to: `sha256:${a.image_sha256}`,
        aspects: ['same-version', 'hash-changed'],
        site: { doc: 'product', path: ['firmware', 'image_sha256'] },
      }),
    ];
  }
  return [];
}
