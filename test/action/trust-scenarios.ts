/**
 * The pull requests a hostile contributor would open to turn labelguard's check green without recording
 * their change, shared by the CLI's and the built action's end-to-end tests. Each makes the check fail on
 * a full audit of its head; judged as a change, it must fail too.
 */
import { exampleFiles, type FileChange, type TreeChange } from './support.js';

const P340W_DIR = 'products/avc-p340w';
const SHARED = 'shared/p340w.cdx.json';
const CONFIG = '.labelguard.yml';

/** The camera's SBOM with OpenSSL taken back from 3.0.16 to 1.1.1w (an unrecorded material change). */
function downgradedSbom(files: Record<string, string>): string {
  const sbom = files[`${P340W_DIR}/sbom.cdx.json`] ?? '';
  const downgraded = sbom.replaceAll('3.0.16', '1.1.1w');
  if (downgraded === sbom) throw new Error('the example SBOM no longer lists OpenSSL 3.0.16');
  return downgraded;
}

/** A base and a pull request on top of it. */
export interface Scenario {
  base: TreeChange;
  change: FileChange;
}

/**
 * The camera's SBOM lives outside its folder (`sbom: ../../shared/p340w.cdx.json`), and the pull request
 * changes only that shared file.
 */
export function sharedSbomOutsideFolder(files = exampleFiles()): Scenario {
  const manifest = `${P340W_DIR}/product.yaml`;
  const text = files[manifest] ?? '';
  if (!text.includes('\nsbom: sbom.cdx.json\n')) throw new Error(`${manifest} no longer names sbom.cdx.json`);
  return {
    base: {
      [SHARED]: files[`${P340W_DIR}/sbom.cdx.json`] ?? '',
      [`${P340W_DIR}/sbom.cdx.json`]: null,
      [manifest]: text.replace('\nsbom: sbom.cdx.json\n', '\nsbom: ../../shared/p340w.cdx.json\n'),
    },
    change: { [SHARED]: downgradedSbom(files) },
  };
}

/** The camera's `sbom.cdx.json` is a symbolic link to a shared file, and the pull request changes that file. */
export function sharedSbomBehindLink(files = exampleFiles()): Scenario {
  return {
    base: {
      [SHARED]: files[`${P340W_DIR}/sbom.cdx.json`] ?? '',
      [`${P340W_DIR}/sbom.cdx.json`]: { symlink: '../../shared/p340w.cdx.json' },
    },
    change: { [SHARED]: downgradedSbom(files) },
  };
}

/** The pull request downgrades OpenSSL in the camera's own SBOM (a blocking, unrecorded material change)… */
function downgradeInFolder(files: Record<string, string>): FileChange {
  return { [`${P340W_DIR}/sbom.cdx.json`]: downgradedSbom(files) };
}

/** …and sets `fail_on: never` in the configuration. */
export function failOnNever(files = exampleFiles()): Scenario {
  const config = files[CONFIG] ?? '';
  if (!config.includes('  fail_on: unrecorded-material\n')) throw new Error(`${CONFIG} changed its fail_on`);
  return {
    base: {},
    change: {
      ...downgradeInFolder(files),
      [CONFIG]: config.replace('  fail_on: unrecorded-material\n', '  fail_on: never\n'),
    },
  };
}

/** …and waives the finding for the camera in the same pull request. */
export function waiverInSamePullRequest(files = exampleFiles()): Scenario {
  const config = files[CONFIG] ?? '';
  const waiver = [
    '  - rule: change.unrecorded',
    '    product: avc-p340w',
    '    justification: The downgrade is temporary.',
    '    approver: Mallory (@mallory)',
    '    expires: 2027-01-31',
    '',
  ].join('\n');
  if (!config.includes('\nwaivers:\n')) throw new Error(`${CONFIG} has no waivers list`);
  return {
    base: {},
    change: {
      ...downgradeInFolder(files),
      [CONFIG]: config.replace('\nwaivers:\n', `\nwaivers:\n${waiver}`),
    },
  };
}
