import type { RulePack } from '../rules/index.js';
import type { SarifRuleInput } from './sarif.js';

// Findings that come from labelguard itself rather than from a rule pack: described here once so that
// SARIF rule metadata and `labelguard rules` can explain them.
const core: [id: string, title: string, help: string][] = [
  [
    'data.yaml-syntax',
    'Invalid YAML',
    'The file is not valid YAML, repeats a key, uses a custom tag or expands aliases without bound.',
  ],
  [
    'data.schema',
    'Data does not match its schema',
    'A key is unknown, missing or of the wrong type; the schemas ship in dist/schemas/.',
  ],
  [
    'data.missing-file',
    'Referenced file missing',
    'A file named in product.yaml or filing.yaml does not exist in the repository.',
  ],
  [
    'data.path-escape',
    'Reference leaves the repository',
    'Absolute paths, .. above the root and symbolic links to the outside are refused.',
  ],
  ['data.duplicate-id', 'Product id used twice', 'Product ids must be unique across the repository.'],
  [
    'data.not-a-file',
    'Not a regular file',
    'A FIFO, socket or device where a file is expected is refused before it is opened (a FIFO would block the run).',
  ],
  [
    'data.too-many-nodes',
    'YAML file too large in values',
    'A YAML file has more than 20,000 values or 40,000 tokens; it is refused before it is parsed, which keeps memory bounded.',
  ],
  [
    'data.hash-mismatch',
    'Evidence file changed',
    'An evidence file no longer has the SHA-256 recorded in product.yaml.',
  ],
  [
    'sbom.subject-mismatch',
    'SBOM describes another release',
    "The SBOM's subject (metadata.component) is another firmware version than product.yaml's, or another model.",
  ],
  [
    'data.inconsistent',
    'Product and filing disagree',
    'filing.yaml names another product or a scheme the product does not target.',
  ],
  ['data.no-products', 'No products found', 'No product.yaml matched the configured globs.'],
  [
    'data.baseline-tampered',
    'Registered SBOM changed',
    'The registered SBOM no longer has the digest recorded in the filing baseline.',
  ],
  ['data.unknown-scheme', 'Unknown label scheme', 'A product targets a scheme no loaded rule pack provides.'],
  [
    'report.findings-capped',
    'More findings than a report shows',
    'A product shows at most 1,000 findings, blocking ones first; this one counts and names the rest. The verdict and counts include them.',
  ],
  [
    'check.product-failed',
    'Product could not be judged',
    'A step of the check failed on this product; the product fails and every other product is still judged.',
  ],
  [
    'sbom.unreadable',
    'SBOM cannot be read',
    'The SBOM is not CycloneDX JSON or XML 1.2–1.7, or exceeds the size and depth limits.',
  ],
  [
    'sbom.schema',
    'SBOM schema problem',
    'The SBOM does not validate against the official CycloneDX schema of its version.',
  ],
  [
    'change.unrecorded',
    'Unrecorded technical modification',
    'A material change since the registered baseline has no change-log entry: the label no longer tells the truth until it is recorded and refiled.',
  ],
  [
    'change.unrecorded-record',
    'Change not in the change log',
    'A record-class change must appear in the change log, though it needs no refiling.',
  ],
  [
    'change.blocked',
    'Change the scheme does not allow',
    'A change the pack marks blocking (e.g. a debug interface re-enabled), recorded or not.',
  ],
  [
    'change.stale-entry',
    'Stale change-log entry',
    'A change-log entry matches no current difference from the baseline.',
  ],
  [
    'change.entry-classification',
    'Change log understates a change',
    'A change-log entry records a change below the class the rule pack (and trusted overrides) assign.',
  ],
  [
    'change.material-not-refiled',
    'Material change not refiled',
    "A material change is recorded with status 'recorded' while the filing is still granted.",
  ],
  ['policy.refiling-pending', 'Refiling pending', 'Recorded changes still wait for a new filing.'],
  [
    'policy.waiver-expired',
    'Waiver expired',
    'The waiver no longer applies; renew it with an approver or fix the finding.',
  ],
  [
    'policy.approval-missing',
    'Approval missing',
    'A waiver or classification override added by the pull request lacks the approval of a configured approver at its head commit.',
  ],
  [
    'policy.approver-not-allowed',
    'Approver not allowed',
    'A waiver or classification override names an approver who is not in approvals.approvers.',
  ],
  [
    'policy.approval-unverified',
    'Approval not verified',
    'The approval of a new waiver or override could not be checked against the pull request reviews.',
  ],
  [
    'policy.override-expired',
    'Classification override expired',
    'The override no longer applies; renew it with an approver or record the change as the pack classifies it.',
  ],
];

/** SARIF rule descriptions of labelguard's own finding kinds. */
export const coreRules: SarifRuleInput[] = core.map(([id, title, help]) => ({
  id,
  title,
  help,
  severity:
    id === 'change.unrecorded-record' ||
    id.startsWith('change.stale') ||
    id === 'policy.waiver-expired' ||
    id === 'policy.override-expired' ||
    id === 'policy.approval-unverified'
      ? 'warning'
      : 'error',
}));

/** Every rule a SARIF log may cite: labelguard's own finding kinds and the rules of the packs loaded. */
export function sarifRules(packs: readonly Pick<RulePack, 'rules'>[]): SarifRuleInput[] {
  return [
    ...coreRules,
    ...packs.flatMap((p) =>
      p.rules.map((r) => ({
        id: r.id,
        title: r.title,
        help: r.remediation,
        sources: r.sources,
        severity: r.severity,
      })),
    ),
  ];
}
