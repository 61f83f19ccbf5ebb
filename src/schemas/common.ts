// Sub-schemas shared by product.yaml and filing.yaml. The filing's registered baseline snapshots the
// same shapes the manifest declares, so both must use one definition.

const date = { type: 'string', format: 'date', description: 'A calendar date, YYYY-MM-DD.' } as const;
const sha256 = {
  type: 'string',
  pattern: '^[0-9a-f]{64}$',
  description: 'Lower-case hex SHA-256 of the file.',
} as const;
const nonEmpty = { type: 'string', minLength: 1 } as const;

export const schemaParts = { date, sha256, nonEmpty };

export const stakeholderRoles = [
  'manufacturer',
  'legal-representative',
  'importer',
  'distributor',
  'manufacturing-partner',
  'agent',
  'test-lab',
  'compliance-lead',
] as const;

export const hardwareSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['revision'],
  properties: {
    revision: { ...nonEmpty, description: 'Current hardware revision as printed on the board.' },
    parts: {
      type: 'array',
      description: 'Security-relevant parts: SoC, secure element, flash holding secrets, radio, camera, microphone.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['part', 'mpn'],
        properties: {
          part: { ...nonEmpty, description: 'What the part is on the board, e.g. "SoC".' },
          role: {
            enum: ['soc', 'secure-element', 'flash', 'radio', 'camera', 'microphone', 'other'],
            description: 'Which security-relevant function the part serves; drives change classification.',
          },
          mpn: { ...nonEmpty, description: 'Manufacturer part number.' },
          manufacturer: { type: 'string' },
          security_relevant: { type: 'boolean', default: true },
        },
      },
    },
  },
} as const;

export const firmwareSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'image_sha256'],
  properties: {
    version: { ...nonEmpty, description: 'Firmware version shipped on the product.' },
    image_sha256: { ...sha256, description: 'SHA-256 of the released firmware image.' },
  },
} as const;

const networkService = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'port', 'protocol', 'auth_required', 'encrypted'],
  properties: {
    name: { ...nonEmpty, description: 'Service name, e.g. "rtsp", "onvif", "https".' },
    port: { type: 'integer', minimum: 1, maximum: 65535 },
    protocol: { enum: ['tcp', 'udp'] },
    exposure: { enum: ['lan', 'wan', 'cloud'], default: 'lan' },
    enabled_by_default: {
      type: 'boolean',
      default: true,
      description: 'Whether the service runs out of the box or only after the user turns it on (ETSI 5.6-1).',
    },
    auth_required: { type: 'boolean' },
    encrypted: { type: 'boolean' },
    component: { type: 'string', description: 'Name of the SBOM component that implements the service.' },
    justification: { type: 'string' },
  },
} as const;

export const securitySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    authentication: {
      type: 'object',
      additionalProperties: false,
      properties: {
        default_credential_mode: { enum: ['unique_per_device', 'user_defined_at_setup', 'universal', 'none'] },
        unique_credential_mechanism: {
          type: 'string',
          description: 'How per-device credentials are generated (required when unique_per_device).',
        },
        password_policy: {
          type: 'object',
          additionalProperties: false,
          properties: {
            min_length: { type: 'integer', minimum: 0 },
            min_character_classes: { type: 'integer', minimum: 0, maximum: 4 },
          },
        },
        brute_force_protection: { type: 'boolean' },
        scheme: { type: 'string', description: 'Authentication scheme, e.g. "password+totp", "mutual-tls".' },
      },
    },
    vulnerability_disclosure: {
      type: 'object',
      additionalProperties: false,
      properties: {
        policy_url: { type: 'string', format: 'uri' },
        contact: { type: 'string' },
        psirt_contact: {
          type: 'string',
          description: 'Who receives and handles vulnerability reports (the product security incident response team).',
        },
        reporting_procedure: {
          type: 'string',
          description:
            "How a vulnerability is reported to MIIT's vulnerability-sharing platform and users are notified (URL or document).",
        },
        ack_days: { type: 'integer', minimum: 0 },
        status_update_days: { type: 'integer', minimum: 0 },
      },
    },
    updates: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mechanism: { type: 'string', description: 'e.g. "ota-https", "app-push", "manual-usb".' },
        signed: { type: 'boolean' },
        signature_alg: { type: 'string', description: 'e.g. "ECDSA-P256-SHA256", "Ed25519", "SM2-SM3".' },
        auto_install_default: { type: 'boolean' },
        support_end: { ...date, description: 'Last day security updates are promised.' },
        security_update_sla_days: { type: 'integer', minimum: 0 },
      },
    },
    crypto: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tls_versions: {
          type: 'array',
          description: 'Protocol versions the product accepts, e.g. [TLS1.2, TLS1.3].',
          items: { enum: ['SSL3.0', 'TLS1.0', 'TLS1.1', 'TLS1.2', 'TLS1.3', 'DTLS1.0', 'DTLS1.2', 'DTLS1.3'] },
        },
        algorithms: { type: 'array', items: { type: 'string' } },
        library: { type: 'string', description: 'Name of the crypto/TLS library component in the SBOM.' },
      },
    },
    network_services: { type: 'array', items: networkService },
    debug_interfaces: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'state'],
        properties: {
          name: { ...nonEmpty, description: 'e.g. "UART", "JTAG", "telnet", "adb".' },
          state: { enum: ['disabled', 'authenticated', 'enabled'] },
        },
      },
    },
    secure_boot: {
      type: 'object',
      additionalProperties: false,
      properties: { enabled: { type: 'boolean' }, root_of_trust: { type: 'string' } },
    },
    storage: {
      type: 'object',
      additionalProperties: false,
      properties: { csp_protection: { type: 'string' }, hardcoded_secrets: { type: 'boolean' } },
    },
    logging: {
      type: 'object',
      additionalProperties: false,
      properties: {
        security_audit_log: { type: 'boolean' },
        retention_days: { type: 'integer', minimum: 0 },
      },
    },
    privacy: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sensors: { type: 'array', items: { type: 'string' } },
        pi_notice_url: { type: 'string', format: 'uri' },
        user_data_erase: { type: 'boolean' },
      },
    },
    input_validation: {
      type: 'object',
      additionalProperties: false,
      properties: { attested: { type: 'boolean' }, test_reference: { type: 'string' } },
    },
  },
} as const;
