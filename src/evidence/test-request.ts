import type { DetectedChange } from '../core/change.js';
import { declaredRoles } from '../changes/index.js';
import type { Product } from '../schemas/index.js';
import { classText, type ClassText } from './class-text.js';
import { kindZh } from './kind-zh.js';

/** What a laboratory is asked to test again. */
export type TestAreaId =
  | 'full'
  | 'network'
  | 'authentication'
  | 'crypto'
  | 'update'
  | 'secure-boot'
  | 'debug'
  | 'input'
  | 'privacy'
  | 'logging'
  | 'vulnerability'
  | 'documents'
  | 'review'
  | 'penetration';

// In the order a lab works through them; the titles say what the test covers (TC260 domains, ETSI clauses).
const areaTitles: Record<TestAreaId, string> = {
  full: 'Full retest against every requirement of the claimed level',
  network: 'Network services and exposed interfaces (service inventory, port scan, protocols)',
  authentication:
    'Authentication and access control (default credentials, password policy, brute-force protection)',
  crypto: 'Cryptography and secure communication (TLS versions, algorithms, key and secret storage)',
  update: 'Secure update (signature verification, update channel, rollback)',
  'secure-boot': 'Secure boot and firmware integrity',
  debug: 'Debug and physical interfaces (UART, JTAG, adb, telnet)',
  input: 'Input validation of exposed interfaces (fuzzing)',
  privacy: 'Data and personal information (sensors, notices, user data erasure)',
  logging: 'Security audit logging',
  vulnerability: 'Known-vulnerability check of the software inventory (SBOM)',
  documents: 'Document review only: label data and statements, no technical test',
  review: 'Scope to be agreed with the laboratory: change kind not in the catalogue',
  penetration: 'Penetration test by a qualified third-party laboratory (required at ★★★)',
};
const areaOrder = Object.keys(areaTitles) as TestAreaId[];

// The same titles in Simplified Chinese, for test-request.zh-CN.md.
const areaTitlesZh: Record<TestAreaId, string> = {
  full: '按所声明等级的全部要求全面重新检测',
  network: '网络服务和暴露的接口（服务清单、端口扫描、协议）',
  authentication: '身份鉴别和访问控制（默认凭据、口令策略、防暴力破解）',
  crypto: '密码技术和安全通信（TLS 版本、算法、密钥和秘密信息的存储）',
  update: '安全更新（签名验证、更新通道、回滚）',
  'secure-boot': '安全启动和固件完整性',
  debug: '调试接口和物理接口（UART、JTAG、adb、telnet）',
  input: '暴露接口的输入验证（模糊测试）',
  privacy: '数据和个人信息（传感器、告知、用户数据删除）',
  logging: '安全审计日志',
  vulnerability: '软件清单（SBOM）的已知漏洞检查',
  documents: '仅文件审查：标识数据和声明，无需技术检测',
  review: '检测范围须与检测机构商定：变更类型不在目录中',
  penetration: '由具备资质的第三方检测机构进行渗透测试（★★★ 要求）',
};

/** One change as the test request cites it, with its class (the zh-CN document names it in Chinese). */
export interface ChangeRef extends ClassText {
  kind: string;
  /** The kind's Chinese name, for the zh-CN document. */
  kindZh: string;
  subject: string;
  from: string | null;
  to: string | null;
  classification: string;
}

export interface TestArea {
  id: TestAreaId;
  title: string;
  titleZh: string;
  because: ChangeRef[];
}

/** The retest scope the changes since the baseline call for. */
export interface TestRequest {
  fullRetest: boolean;
  areas: TestArea[];
  /** Changes recorded without retest (classification record). */
  notRetested: ChangeRef[];
}

function ref(c: DetectedChange): ChangeRef {
  return {
    kind: c.kind,
    kindZh: kindZh(c.kind),
    subject: c.subject,
    from: c.from ?? null,
    to: c.to ?? null,
    classification: c.classification,
    ...classText(c),
  };
}

/** The role of the hardware part a change names, looked up in the manifest by part name or MPN. */
function partRole(change: DetectedChange, product: Product): string | undefined {
  const names = [change.subject, change.from, change.to].filter((s): s is string => !!s);
  // Change detection describes a part as `<manufacturer> <mpn>`, or the MPN alone.
  const part = (product.hardware.parts ?? []).find((p) =>
    names.some((n) => n === p.part || n === p.mpn || n.endsWith(` ${p.mpn}`)),
  );
  return part?.role;
}

/** `mbedtls` from a component subject such as `mbedtls (pkg:generic/mbedtls)` or `org/name (library)`. */
function componentName(subject: string): string {
  const display = subject.replace(/\s\([^)]*\)$/, '').trim();
  return display.slice(display.lastIndexOf('/') + 1).toLowerCase();
}

// The product manifest names its crypto library and the components behind its network services; roles
// known only from the pack's software-roles data reach the test request through the class id (below).
function componentAreas(change: DetectedChange, product: Product): TestAreaId[] {
  const roles = declaredRoles(product.security).get(componentName(change.subject)) ?? [];
  if (roles.includes('crypto')) return ['crypto', 'vulnerability'];
  if (roles.includes('network-daemon')) return ['network', 'authentication', 'vulnerability'];
  return ['vulnerability'];
}

// Areas by change-class id of the built-in CN-CCL pack (rules/cn-ccl/changes.yaml). They add what the
// kind alone cannot tell, e.g. that an added SBOM component is a bootloader. Another pack's ids fall
// back to the kind.
const areasByClass: Record<string, TestAreaId[]> = {
  'fw-new-network-service': ['network', 'authentication'],
  'network-service-weakened': ['network', 'authentication'],
  'auth-scheme-changed': ['authentication'],
  'update-mechanism-changed': ['update'],
  'boot-chain-changed': ['secure-boot'],
  'crypto-library-major': ['crypto'],
  'crypto-algorithm-changed': ['crypto'],
  'storage-protection-changed': ['crypto'],
  'privacy-sensors-changed': ['privacy'],
  'debug-interface-re-enabled': ['debug'],
  'debug-interface-added': ['debug'],
  'label-stars-raised': ['full'],
  'label-lab-or-standard-changed': ['full'],
};

/** The test areas one material change calls for: by its kind, plus what its class id adds. */
export function testAreasFor(change: DetectedChange, product: Product): TestAreaId[] {
  const byKind = areasForKind(change, product);
  const byClass = areasByClass[change.classId] ?? [];
  const areas =
    byClass.length > 0 && byKind.length === 1 && byKind[0] === 'review' ? byClass : [...byKind, ...byClass];
  return areaOrder.filter((id) => areas.includes(id));
}

// Hardware that holds the root of trust (SoC, secure element) or whose role is unknown means a full
// retest: the lab cannot reuse results obtained on other silicon.
function areasForKind(change: DetectedChange, product: Product): TestAreaId[] {
  const kind = change.kind;
  const starts = (prefix: string): boolean => kind === prefix || kind.startsWith(`${prefix}.`);
  if (starts('hardware.part')) {
    const role = partRole(change, product);
    if (role === 'flash') return ['crypto', 'secure-boot'];
    if (role === 'radio') return ['network', 'crypto'];
    if (role === 'camera' || role === 'microphone') return ['privacy'];
    return ['full'];
  }
  if (starts('hardware')) return ['full'];
  if (starts('firmware')) return ['network', 'authentication', 'vulnerability'];
  if (starts('service') || starts('security.network_services') || starts('sbom.service')) {
    return ['network', 'authentication'];
  }
  if (starts('sbom.component')) return componentAreas(change, product);
  if (starts('security.authentication')) return ['authentication'];
  if (starts('security.crypto') || starts('security.storage')) return ['crypto'];
  if (starts('security.updates')) return ['update'];
  if (starts('security.secure_boot')) return ['secure-boot'];
  if (starts('security.debug_interface') || starts('security.debug_interfaces')) return ['debug'];
  if (starts('security.input_validation')) return ['input'];
  if (starts('security.privacy')) return ['privacy'];
  if (starts('security.logging')) return ['logging'];
  if (starts('security')) return ['documents'];
  if (starts('label.stars') || starts('label.lab') || starts('label.standard')) return ['full'];
  if (starts('label') || starts('lifecycle')) return ['documents'];
  return ['review'];
}

/** A product without a registered baseline is tested in full; ★★★ adds the penetration test. */
export function initialTestRequest(stars: number): TestRequest {
  const areas: TestAreaId[] = stars >= 3 ? ['full', 'penetration'] : ['full'];
  return {
    fullRetest: true,
    areas: areas.map((id) => ({ id, title: areaTitles[id], titleZh: areaTitlesZh[id], because: [] })),
    notRetested: [],
  };
}

/** Derive the retest scope from the changes' kinds; ★★★ adds a third-party penetration test. */
export function deriveTestRequest(changes: DetectedChange[], product: Product, stars: number): TestRequest {
  const because = new Map<TestAreaId, ChangeRef[]>();
  const material = changes.filter((c) => c.classification === 'material');
  for (const change of material) {
    for (const area of testAreasFor(change, product)) {
      because.set(area, [...(because.get(area) ?? []), ref(change)]);
    }
  }
  const technical = [...because.keys()].some((a) => a !== 'documents');
  if (stars >= 3 && technical) {
    because.set('penetration', material.map(ref));
  }
  return {
    fullRetest: because.has('full'),
    areas: areaOrder
      .filter((id) => because.has(id))
      .map((id) => ({
        id,
        title: areaTitles[id],
        titleZh: areaTitlesZh[id],
        because: because.get(id) ?? [],
      })),
    notRetested: changes.filter((c) => c.classification === 'record').map(ref),
  };
}
