// The files `labelguard init` writes, as text: pure, so the same answers always give the same scaffold.
// Values nobody can know yet are left as commented-out keys, so that `labelguard check` names each one with
// the rule that needs it, instead of passing on made-up data.

/** What the user told `labelguard init`. */
export interface ScaffoldRequest {
  product: string;
  model: string;
  stars: number;
  scheme: string;
  category: string;
  manufacturer: string;
  /** The day the scaffold is written (YYYY-MM-DD): when the filing record starts. */
  today: string;
  /** The workflow users copy (docs/workflows/labelguard.yml, shipped as a template). */
  workflow: string;
  /** The product.yaml paths the rules of the target level read (e.g. `security.secure_boot.enabled`). */
  fields: readonly string[];
}

/** One file of the scaffold, path relative to the repository root. */
export interface ScaffoldFile {
  path: string;
  content: string;
  /** Shared by every product: an existing one is kept, not refused. */
  shared: boolean;
}

export const schemaBase = 'https://raw.githubusercontent.com/labelguard/labelguard/main/dist/schemas';
const modeline = (name: string) => `# yaml-language-server: $schema=${schemaBase}/${name}.schema.json`;

const DATES_NOTE =
  "# Dates are quoted ('2026-07-01'): YAML 1.1 readers such as PyYAML read a bare date as a timestamp.";

/** Every file of a new product's scaffold, in the order they are written. */
export function scaffoldFiles(r: ScaffoldRequest): ScaffoldFile[] {
  const dir = `products/${r.product}`;
  return [
    { path: '.labelguard.yml', content: configYaml(r), shared: true },
    { path: '.github/workflows/labelguard.yml', content: r.workflow, shared: true },
    { path: `${dir}/product.yaml`, content: productYaml(r), shared: false },
    { path: `${dir}/filing.yaml`, content: filingYaml(r), shared: false },
    { path: `${dir}/sbom.cdx.json`, content: starterSbom(r), shared: false },
  ];
}

function configYaml(r: ScaffoldRequest): string {
  return `${modeline('config')}
# labelguard configuration: where the products are and which rule packs judge them.
# Reference: docs/data-model.md#labelguardyml
products: products/*/product.yaml
packs: [${r.scheme}]
policy:
  # Block a pull request on any error finding; 'unrecorded-material' blocks only unrecorded material changes.
  fail_on: error
`;
}

/** A YAML scalar that stays a string for every YAML reader. */
function q(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function productYaml(r: ScaffoldRequest): string {
  const s = r.stars;
  // A section is written when a rule of the target level reads it or anything inside it.
  const needs = (prefix: string) => r.fields.some((f) => f === prefix || f.startsWith(`${prefix}.`));
  const when = (prefix: string, block: string[]) => (needs(prefix) ? block : []);
  const lines = [
    modeline('product'),
    `# ${r.model}: the product as it is now, targeting ${r.scheme} ${'★'.repeat(s)}.`,
    '# Fill in every TODO and uncomment the keys below that hold true; `labelguard check` names each missing',
    '# one with the rule that needs it. Reference: docs/data-model.md#productyaml',
    DATES_NOTE,
    `id: ${r.product}`,
    `model: ${q(r.model)} # label item 2, exactly as printed on the label`,
    `category: ${r.category} # a category of the rule pack's catalogue (labelguard rules)`,
    '',
    'manufacturer:',
    `  name: ${q(r.manufacturer)} # label item 1: the producer's legal name`,
    '  # country: CN',
    ...when('agent', [
      '# agent: # only when an agent files on the producer’s behalf',
      '#   name: Example Agency Ltd.',
      '#   authorization_doc: evidence/agent-authorisation.pdf',
    ]),
    '',
    'stakeholders:',
    '  - role: compliance-lead',
    "    name: 'TODO: who answers for this label'",
    '    # github: your-org/compliance # asked to review refiling pull requests',
    '',
    'labels:',
    `  - scheme: ${r.scheme}`,
    `    stars: ${s}`,
    '',
    'hardware:',
    "  revision: 'TODO' # the hardware revision printed on the board",
    '  parts: [] # security-relevant parts: SoC, radio, flash, secure element, camera, microphone',
    '  #  - { part: SoC, role: soc, mpn: T31X, manufacturer: Ingenic }',
    '',
    'firmware:',
    "  version: '0.0.0' # TODO: the firmware version shipped",
    '  # TODO: sha256sum of the released image',
    `  image_sha256: '${'0'.repeat(64)}'`,
    '',
    'security:',
    '  authentication:',
    '    # default_credential_mode: user_defined_at_setup # or unique_per_device (then unique_credential_mechanism); never universal',
    '    # unique_credential_mechanism: per-device password derived in the factory HSM',
    '    password_policy: { min_length: 0, min_character_classes: 0 } # what the firmware enforces',
    '    brute_force_protection: false # true once login attempts are rate-limited or locked out',
    '  vulnerability_disclosure:',
    "    contact: 'TODO: security@example.com'",
    '    # policy_url: https://example.com/security # the published disclosure policy',
    '    # ack_days: 3 # days to acknowledge a report',
    '    # status_update_days: 14 # days between status updates to the reporter',
    '  updates:',
    "    mechanism: 'TODO: e.g. ota-https'",
    '    signed: false # true once every update image is signed and verified on the device',
    '    # auto_install_default: true',
    "    # support_end: '2030-12-31' # last day of security updates, at least the label's validity",
    '    # security_update_sla_days: 60 # promised time to ship a security fix',
    ...when('security.updates.signature_alg', ['    # signature_alg: ECDSA-P256-SHA256']),
    ...when('security.crypto', [
      '  crypto:',
      '    tls_versions: [] # e.g. [TLS1.2, TLS1.3]',
      '    # library: mbedtls # the TLS library component in the SBOM',
    ]),
    ...when('security.network_services', [
      '  network_services: [] # every listening service, e.g.',
      '  #  - { name: rtsp, port: 554, protocol: tcp, auth_required: true, encrypted: false, component: live555 }',
    ]),
    ...when('security.debug_interfaces', [
      '  debug_interfaces: [] # UART, JTAG, telnet, adb …: disabled or authenticated',
    ]),
    ...when('security.secure_boot', ['  secure_boot:', '    enabled: false']),
    ...when('security.storage', [
      '  # storage: # where keys and credentials live; true only if none is hard-coded in the image',
      "  #   csp_protection: 'keys in the secure element'",
      '  #   hardcoded_secrets: false',
    ]),
    ...when('security.logging', ['  logging:', '    security_audit_log: false']),
    ...when('security.privacy', [
      '  privacy:',
      '    sensors: [] # e.g. [camera, microphone]',
      '    # pi_notice_url: https://example.com/privacy',
      '    # user_data_erase: true',
    ]),
    ...when('security.input_validation', [
      '  input_validation:',
      '    attested: false # true once fuzzing or input tests are on record',
      '    # test_reference: the report of those tests',
    ]),
    ...when('vulnerabilities', [
      '',
      '# Vulnerabilities found or learned of, with the dates the duties run from: report to MIIT within 2 days,',
      '# notify users, fix (《网络产品安全漏洞管理规定》). None yet: an empty list.',
      'vulnerabilities: []',
      "# - { id: CVE-2026-0001, found: '2026-07-01', source: internal, severity: high, reported_to_miit: '2026-07-02' }",
    ]),
    '',
    'sbom: sbom.cdx.json # replace the starter with the SBOM your build generates (CycloneDX JSON or XML)',
    '',
    '# Evidence: add each document when it exists (sha256sum of the file; dates quoted).',
    '# evidence:',
    ...when('evidence.test_report', [
      '#   test_report:',
      '#     file: evidence/test-report.pdf',
      '#     sha256: <sha256 of the file>',
      "#     date: '2026-06-30'",
      '#     lab: Example Lab # label item 5; lab_type: third_party and accreditation_id for an outside lab',
      "#     covers: { firmware_versions: ['0.0.0'], hardware_revisions: [TODO] }",
    ]),
    ...when('evidence.declaration', [
      "#   declaration: { file: evidence/declaration.pdf, sha256: <sha256>, date: '2026-07-01', signed_by: TODO }",
    ]),
    ...when('evidence.pentest_report', [
      '#   pentest_report: # accredited third-party lab',
      "#     { file: evidence/pentest.pdf, sha256: <sha256>, date: '2026-06-30', lab: TODO, lab_type: third_party,",
      '#       covers: { firmware_versions: [], hardware_revisions: [] }, open_findings: { critical: 0, high: 0 } }',
    ]),
    ...when('evidence.binary_analysis', [
      "#   binary_analysis: { file: evidence/binary-analysis.pdf, sha256: <sha256>, date: '2026-06-30',",
      '#                      image_sha256: <sha256 of the analysed image>, unexplained_components: 0 }',
    ]),
    ...when('evidence.threat_model', [
      "#   threat_model: { file: evidence/threat-model.pdf, sha256: <sha256>, date: '2026-06-30' }",
    ]),
    ...when('evidence.sdl_policy', [
      "#   sdl_policy: { file: evidence/sdl-policy.pdf, sha256: <sha256>, date: '2026-06-30' }",
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

function filingYaml(r: ScaffoldRequest): string {
  return `${modeline('filing')}
# The ${r.scheme} filing of ${r.product}. Lifecycle (docs/filing-lifecycle.md): not-filed → submitted →
# granted → refiling-required → refiling-submitted → granted … Run 'labelguard baseline products/${r.product}'
# when you submit the filing: it records the registered baseline every later change is judged against.
${DATES_NOTE}
product: ${r.product}
scheme: ${r.scheme}
status: not-filed
status_since: ${q(r.today)}

label: # the items printed on the label, as planned
  producer: ${q(r.manufacturer)}
  model: ${q(r.model)}
  stars: ${r.stars}
  # lab: the testing laboratory (item 5)
  # standard: the standard or technical document (item 6)
  # valid_until, filing_code: from the filing agency once granted

changes: [] # the change log, filled by refiling pull requests
`;
}

/** A valid CycloneDX 1.6 document naming only the firmware: a placeholder until the build's SBOM replaces it. */
function starterSbom(r: ScaffoldRequest): string {
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: {
      component: {
        type: 'firmware',
        'bom-ref': `${r.product}-firmware`,
        name: r.model,
        version: '0.0.0',
      },
    },
    components: [],
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
}
