import { type Product, stakeholderRoles } from '../schemas/index.js';

type Role = (typeof stakeholderRoles)[number];

const roleTitles: Record<Role, string> = {
  manufacturer: 'Manufacturer',
  // The stakeholder role is an authorised representative outside China (e.g. under EU law). The 法定代表人
  // who signs the declaration is the producer's own legal representative: manufacturer.legal_representative.
  'legal-representative': 'Authorised representative (outside China)',
  importer: 'Importer',
  distributor: 'Distributor',
  'manufacturing-partner': 'Manufacturing partner',
  agent: 'Filing agent',
  'test-lab': 'Testing laboratory',
  'compliance-lead': 'Compliance lead',
};

/** A: answers for the data (signs, files, is held responsible). C: contributes to it. */
type Duty = 'A' | 'C';

interface Responsibility {
  data: string;
  basis: string;
  duties: Partial<Record<Role, Duty>>;
}

// Who answers for which data, following the Measures (《网络安全标识管理办法》, 国信办发文〔2026〕4号, known from
// fragments): the producer and, when it files through one, its agent answer for the truth and completeness of
// the filing materials; label validity and the standard relied on (item 6) are the producer's. Importer and
// distributor duties are not found in any CN-CCL text and are our inference from comparable schemes, marked so.
const responsibilities: Responsibility[] = [
  {
    data: 'Producer name and credit code (label item 1)',
    basis: 'CN-CCL label item 1',
    duties: { manufacturer: 'A', agent: 'C' },
  },
  { data: 'Product model (label item 2)', basis: 'CN-CCL label item 2', duties: { manufacturer: 'A' } },
  {
    data: 'Capability level claimed (label item 3)',
    basis: 'CN-CCL label item 3',
    duties: { manufacturer: 'A', 'test-lab': 'C', 'compliance-lead': 'C' },
  },
  {
    data: 'Label validity (label item 4)',
    basis: 'CN-CCL label item 4; the producer answers for it [FRAGMENT]',
    duties: { manufacturer: 'A', 'compliance-lead': 'C' },
  },
  {
    data: 'Testing laboratory and test report (label item 5)',
    basis: 'CN-CCL label item 5; testing routes',
    duties: { 'test-lab': 'A', manufacturer: 'C' },
  },
  {
    data: 'Standard relied on (label item 6)',
    basis: 'CN-CCL label item 6; the producer answers for it [FRAGMENT]',
    duties: { manufacturer: 'A', 'test-lab': 'C', 'compliance-lead': 'C' },
  },
  {
    data: 'Filing materials (form, test report, label design, business licence, lab qualification certificate, agent authorisation) and the filing information code (label item 7)',
    basis:
      'Measures [FRAGMENT]: producer and agent answer for the truth and completeness of the filing materials',
    duties: { manufacturer: 'A', agent: 'A', 'test-lab': 'C', 'compliance-lead': 'C' },
  },
  {
    data: 'Hardware revision and security-relevant parts',
    basis: 'Change classification (key technical parameters)',
    duties: { manufacturer: 'A', 'manufacturing-partner': 'C' },
  },
  {
    data: 'Firmware and SBOM',
    basis: 'Change classification; vulnerability management',
    duties: { manufacturer: 'A', 'compliance-lead': 'C' },
  },
  {
    data: 'Security claims',
    basis: 'Label must match actual capability [FRAGMENT]',
    duties: { manufacturer: 'A', 'test-lab': 'C' },
  },
  {
    data: "Conformity declaration, signed by the producer's legal representative (法定代表人)",
    basis: 'Declaration behind the QR code',
    duties: { manufacturer: 'A' },
  },
  {
    data: 'Change notification and refiling',
    basis: 'Re-filing on key parameter change [FRAGMENT]',
    duties: { 'compliance-lead': 'A', manufacturer: 'A', agent: 'C' },
  },
  {
    data: 'Vulnerability handling and updates for the support period',
    basis: 'CN-CCL ★ basic requirements; 《网络产品安全漏洞管理规定》 工信部联网安〔2021〕66号',
    duties: { manufacturer: 'A', 'compliance-lead': 'C' },
  },
  {
    data: 'Imported products match the filed model',
    basis: '[INFERENCE] from comparable schemes',
    duties: { importer: 'A', manufacturer: 'C' },
  },
  {
    data: 'Products on sale carry a valid label',
    basis: '[INFERENCE] from comparable schemes',
    duties: { distributor: 'A', importer: 'C' },
  },
];

export interface NamedStakeholder {
  role: string;
  name: string | null;
  contact: string | null;
  github: string | null;
  source: string;
}

/** Everyone the manifest names for each role, in role order; a role nobody holds is listed as unnamed. */
export function namedStakeholders(product: Product): NamedStakeholder[] {
  const listed = product.stakeholders ?? [];
  return stakeholderRoles.flatMap((role): NamedStakeholder[] => {
    const holders = listed
      .filter((s) => s.role === role)
      .map((s) => ({
        role: roleTitles[role],
        name: s.name,
        contact: s.contact ?? null,
        github: s.github ?? null,
        source: 'stakeholders',
      }));
    if (holders.length > 0) return holders;
    const fallback =
      role === 'manufacturer'
        ? { name: product.manufacturer.name, source: 'manufacturer' }
        : role === 'agent' && product.agent
          ? { name: product.agent.name, source: 'agent' }
          : role === 'test-lab' && product.evidence?.test_report
            ? { name: product.evidence.test_report.lab, source: 'evidence.test_report' }
            : { name: null, source: 'not named' };
    return [{ role: roleTitles[role], contact: null, github: null, ...fallback }];
  });
}

/** The responsibility matrix: one row per kind of data, one column per role. */
export function responsibilityMatrix(): {
  roles: string[];
  rows: { data: string; basis: string; cells: string[] }[];
} {
  return {
    roles: stakeholderRoles.map((r) => roleTitles[r]),
    rows: responsibilities.map((r) => ({
      data: r.data,
      basis: r.basis,
      cells: stakeholderRoles.map((role) => r.duties[role] ?? ''),
    })),
  };
}

/** The person to contact about the filing: the compliance lead, else the manufacturer's named contact. */
export function filingContact(
  product: Product,
): { role: string; name: string; contact: string | null } | null {
  const listed = product.stakeholders ?? [];
  const person =
    listed.find((s) => s.role === 'compliance-lead') ?? listed.find((s) => s.role === 'manufacturer');
  return person ? { role: person.role, name: person.name, contact: person.contact ?? null } : null;
}
