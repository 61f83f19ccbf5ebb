import { createHash } from 'node:crypto';
import { declaredRoles } from '../changes/index.js';
import { compareText } from '../core/finding.js';
import { componentRoles, type SoftwareRoles } from '../rules/index.js';
import type { Product } from '../schemas/index.js';
import { type Component, readSbom } from '../sbom/index.js';
import { EvidenceError } from './errors.js';

/** A component the security claims depend on, with the roles that make it so. */
export interface SecurityComponent {
  name: string;
  version: string | null;
  type: string;
  roles: string;
}

/** What the technical documentation says about the normalised SBOM. */
export interface SbomSummary {
  sha256: string;
  specVersion: string;
  subject: { name: string | null; version: string | null };
  components: number;
  byType: { type: string; count: number }[];
  services: number;
  securityRelevant: SecurityComponent[];
}

/** Security roles of one component, as change detection sees them: pack data, role property, manifest. */
export function rolesOf(
  component: Component,
  product: Product,
  softwareRoles: SoftwareRoles | undefined,
): string[] {
  const declared = declaredRoles(product.security).get(component.name.trim().toLowerCase()) ?? [];
  return [...new Set([...componentRoles(component, softwareRoles), ...declared])].sort();
}

/**
 * Summarise the normalised SBOM text: component counts by type and the security-relevant software
 * (components with a role from the pack's software roles, a `ccl:role` property, or the manifest).
 */
export function summariseSbom(
  sbomText: string,
  product: Product,
  softwareRoles?: SoftwareRoles,
): SbomSummary {
  const read = readSbom(sbomText, 'sbom.cdx.json');
  if (!read.ok) {
    const first = read.problems[0];
    throw new EvidenceError(
      `The normalised SBOM given to the evidence generator cannot be read: ${first?.message ?? 'unknown problem'}${first?.line ? ` (line ${first.line})` : ''}.`,
      'Pass the CycloneDX JSON text produced by serialiseNormalised, not an unchecked file.',
    );
  }
  const { sbom } = read;
  if (sbom.format !== 'json') {
    throw new EvidenceError(
      `The normalised SBOM given to the evidence generator is CycloneDX ${sbom.format.toUpperCase()}, not JSON; it would be filed as sbom.cdx.json.`,
      'Pass the CycloneDX JSON text produced by serialiseNormalised.',
    );
  }

  const counts = new Map<string, number>();
  for (const c of sbom.components) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);

  const securityRelevant = sbom.components
    .map((c) => ({ c, roles: rolesOf(c, product, softwareRoles) }))
    .filter(({ roles }) => roles.length > 0)
    .map(({ c, roles }) => ({
      name: c.group ? `${c.group}/${c.name}` : c.name,
      version: c.version ?? null,
      type: c.type,
      roles: roles.join(', '),
    }))
    .sort(
      (a, b) =>
        compareText(a.name, b.name) ||
        compareText(a.version ?? '', b.version ?? '') ||
        compareText(a.type, b.type),
    );

  return {
    sha256: createHash('sha256').update(sbomText, 'utf8').digest('hex'),
    specVersion: sbom.specVersion,
    subject: {
      name: sbom.metadata.component?.name ?? null,
      version: sbom.metadata.component?.version ?? null,
    },
    components: sbom.components.length,
    byType: [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => compareText(a.type, b.type)),
    services: sbom.services.length,
    securityRelevant,
  };
}
