// Chinese names of change kinds (src/changes/ emits them; rules/*/changes.yaml documents them) and of the
// security claim areas of product.yaml, for the documents meant for the filing agency. The English
// documents show the kind or the area's own name.

/** The claim areas under product.yaml `security`, by key. */
export const securityAreaZh: Record<string, string> = {
  authentication: '身份鉴别',
  vulnerability_disclosure: '漏洞披露',
  updates: '软件更新',
  crypto: '密码技术',
  network_services: '网络服务',
  debug_interfaces: '调试接口',
  secure_boot: '安全启动',
  storage: '关键安全参数存储',
  logging: '安全日志',
  privacy: '个人信息保护',
  input_validation: '输入验证',
};

const what: Record<string, string> = {
  'hardware.revision': '硬件版本',
  'hardware.part': '硬件部件',
  'firmware.version': '固件版本',
  'firmware.image': '固件镜像（同版本不同哈希）',
  'security.debug_interface': '调试接口',
  ...Object.fromEntries(
    Object.entries(securityAreaZh).map(([area, zh]) => [`security.${area}`, `安全声明：${zh}`]),
  ),
  service: '网络服务',
  'sbom.component': 'SBOM 组件',
  'sbom.product': 'SBOM 所述产品',
  'sbom.service': 'SBOM 服务',
  'label.model': '标识：规格型号',
  'label.category': '标识：产品类别',
  'label.producer': '标识：生产者',
  'label.lab': '标识：检测机构',
  'label.standard': '标识：依据的标准或技术文件',
  'label.stars': '标识：网络安全能力等级',
  'lifecycle.support_end': '安全支持截止日期',
};

const how: Record<string, string> = { added: '新增', removed: '移除', changed: '变更' };

/**
 * The Chinese name of a change kind, e.g. `sbom.component.added` → `SBOM 组件新增`; a kind this table
 * does not know (another pack's, or a new one) is returned as it is.
 */
export function kindZh(kind: string): string {
  if (what[kind]) return what[kind];
  const dot = kind.lastIndexOf('.');
  const base = what[kind.slice(0, dot)];
  const verb = how[kind.slice(dot + 1)];
  if (base && verb) return `${base}${verb}`;
  if (kind.startsWith('security.')) return `安全声明：${kind.slice('security.'.length)}`;
  return kind;
}
