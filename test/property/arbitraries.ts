/**
 * fast-check generators for the property suite. SBOM documents come from test/sbom/arbitraries.ts (reused,
 * not duplicated); manifests are drawn from small pools so that two of them share parts, services and
 * claims, which is where matching and diffing get interesting; hostile strings mix Markdown, HTML,
 * control, bidirectional and template characters with arbitrary UTF-16 (lone surrogates included).
 */
import fc from 'fast-check';
import type { RegisteredState } from '../../src/changes/registered.js';
import type { Product } from '../../src/schemas/index.js';

export { cdxDocument, shuffleDocument } from '../sbom/arbitraries.js';

/** Pieces that mean something to Markdown, HTML, GitHub, terminals, CI logs or Handlebars. */
const dangerous = [
  ...'<>&@#[]()!|`*_~$\\:/w.-+= \n\r\t{}"\'%'.split(''),
  '\u001b',
  '\u0007',
  '\u0000',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2028',
  '\u200b',
  '\ufeff',
  '\ud800',
  '://',
  'www.',
  'javascript:',
  '<!--',
  '-->',
  '::',
  '{{',
  '}}',
  '@acme/all',
  '#1',
  '<img src=x>',
  '</details>',
  'https://evil.example',
  '```',
  '\u001b[31m',
  'GH-12',
  'gh-',
  'deadbeef',
  'a1b2c3d',
  '0123456789abcdef0123456789abcdef01234567',
  'acme/fw#12',
  'acme/fw@',
  'mailto:',
  '网',
  '😀',
];

/** Any string, weighted towards the characters and sequences renderers must neutralise. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...dangerous), maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(...dangerous),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 80,
  }),
);

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

const part = fc.record(
  {
    part: pick('SoC', 'Secure element', 'Flash', 'Wi-Fi radio', 'Image sensor'),
    role: pick(
      'soc' as const,
      'secure-element' as const,
      'flash' as const,
      'radio' as const,
      'camera' as const,
      'other' as const,
    ),
    mpn: pick('HI3516', 'SE050', 'W25Q128', 'RTL8188', 'SC2336'),
    manufacturer: pick('HiSilicon', 'NXP', 'Winbond'),
    security_relevant: fc.boolean(),
  },
  { requiredKeys: ['part', 'mpn'] },
);

const service = fc.record(
  {
    name: pick('rtsp', 'https', 'telnetd', 'onvif', 'mdns'),
    port: pick(23, 443, 554, 5353, 8080),
    protocol: pick('tcp' as const, 'udp' as const),
    exposure: pick('lan' as const, 'wan' as const, 'cloud' as const),
    enabled_by_default: fc.boolean(),
    auth_required: fc.boolean(),
    encrypted: fc.boolean(),
    component: pick('live555', 'lighttpd', 'busybox'),
  },
  { requiredKeys: ['name', 'port', 'protocol', 'auth_required', 'encrypted'] },
);

const debugInterface = fc.record({
  name: pick('UART', 'JTAG', 'adb', 'telnet'),
  state: pick('disabled' as const, 'authenticated' as const, 'enabled' as const),
});

const security = fc.record(
  {
    authentication: fc.record(
      {
        default_credential_mode: pick(
          'unique_per_device' as const,
          'user_defined_at_setup' as const,
          'universal' as const,
        ),
        brute_force_protection: fc.boolean(),
        password_policy: fc.record({ min_length: pick(8, 10, 12) }),
      },
      { requiredKeys: [] },
    ),
    updates: fc.record(
      {
        mechanism: pick('ota-https', 'app-push'),
        signed: fc.boolean(),
        support_end: pick('2028-12-31', '2030-06-30', '2031-12-31'),
        security_update_sla_days: pick(30, 60, 90),
      },
      { requiredKeys: [] },
    ),
    crypto: fc.record(
      {
        tls_versions: fc.subarray(['TLS1.2' as const, 'TLS1.3' as const, 'TLS1.0' as const]),
        algorithms: fc.subarray(['AES-128-GCM', 'ECDHE-P256', 'SHA-256', 'SM4']),
        library: pick('openssl', 'mbedtls'),
      },
      { requiredKeys: [] },
    ),
    network_services: fc.uniqueArray(service, { selector: (s) => `${s.name}:${s.port}`, maxLength: 4 }),
    debug_interfaces: fc.uniqueArray(debugInterface, { selector: (d) => d.name, maxLength: 3 }),
    secure_boot: fc.record(
      { enabled: fc.boolean(), root_of_trust: pick('eFuse', 'OTP') },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

/** A valid product manifest (unique part names, service name:port pairs and debug interface names). */
export const productManifest: fc.Arbitrary<Product> = fc
  .record({
    model: pick('CAM-X1', 'CAM-X2'),
    producer: pick('Acme Vision Co., Ltd.', 'Acme Vision Technology Co., Ltd.'),
    stars: fc.integer({ min: 1, max: 3 }),
    revision: pick('A1', 'B2'),
    parts: fc.uniqueArray(part, { selector: (p) => p.part, maxLength: 4 }),
    version: pick('2.4.0', '2.4.1', '3.0.0'),
    image: pick('a'.repeat(64), 'b'.repeat(64)),
    security,
    lab: pick('Acme Security Lab', 'Example Testing Laboratory'),
  })
  .map((r) => ({
    id: 'cam-x1',
    model: r.model,
    category: 'consumer_network_camera',
    manufacturer: { name: r.producer },
    labels: [{ scheme: 'cn-ccl', stars: r.stars }],
    hardware: { revision: r.revision, parts: r.parts },
    firmware: { version: r.version, image_sha256: r.image },
    sbom: 'sbom.cdx.json',
    security: r.security,
    evidence: {
      test_report: {
        file: 'evidence/test-report.pdf',
        sha256: 'c'.repeat(64),
        date: '2026-06-01',
        lab: r.lab,
      },
    },
  }));

/** The registered state a filing would hold for a product filed exactly as it is. */
export function registeredAs(p: Product): RegisteredState {
  return {
    scheme: 'cn-ccl',
    hardware: p.hardware,
    firmware: p.firmware,
    ...(p.security ? { security: p.security } : {}),
    label: {
      model: p.model,
      producer: p.manufacturer.name,
      ...(p.evidence?.test_report ? { lab: p.evidence.test_report.lab } : {}),
      stars: p.labels[0]!.stars,
    },
  };
}

/** The same manifest with every list permuted (seeded). */
export function shuffleManifest(p: Product, seed: number): Product {
  let s = seed >>> 0 || 1;
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) >>> 0;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const security = p.security && {
    ...p.security,
    ...(p.security.network_services && { network_services: shuffle(p.security.network_services) }),
    ...(p.security.debug_interfaces && { debug_interfaces: shuffle(p.security.debug_interfaces) }),
    ...(p.security.crypto && {
      crypto: {
        ...p.security.crypto,
        ...(p.security.crypto.algorithms && { algorithms: shuffle(p.security.crypto.algorithms) }),
        ...(p.security.crypto.tls_versions && { tls_versions: shuffle(p.security.crypto.tls_versions) }),
      },
    }),
  };
  return {
    ...p,
    hardware: { ...p.hardware, ...(p.hardware.parts && { parts: shuffle(p.hardware.parts) }) },
    ...(security && { security }),
  };
}
