import type { Difference } from './difference.js';

const nouns: [prefix: string, noun: string][] = [
  ['hardware.part.', 'hardware part'],
  ['security.debug_interface.', 'debug interface'],
  ['security.', 'security claim'],
  ['service.', 'network service'],
  ['sbom.component.', 'SBOM component'],
  ['sbom.service.', 'SBOM service'],
  ['sbom.product.', 'SBOM product'],
];

/** One line saying what changed, e.g. "SBOM component openssl changed from 3.0.13 to 3.0.14 (version-up, patch)". */
export function describeDifference(d: Difference): string {
  const noun = nouns.find(([p]) => d.kind.startsWith(p))?.[1];
  const what = noun ? `${noun} ${d.subject}` : d.subject;
  // Aspects explain inventory and service changes; for claims and parts the values say it all.
  const aspects = d.category === 'sbom' || d.category === 'service' ? d.aspects : [];
  const detail = [...aspects, ...(d.bump ? [d.bump] : [])];
  const suffix = detail.length > 0 ? ` (${detail.join(', ')})` : '';
  if (d.change === 'added') return `${what} added${d.to ? `: ${d.to}` : ''}${suffix}`;
  if (d.change === 'removed') return `${what} removed${d.from ? ` (was ${d.from})` : ''}`;
  // A downgrade says so in words: "changed" would read like the routine upgrade it is not.
  if (d.aspects.includes('version-down')) {
    return `${what} downgraded from ${d.from ?? '(unset)'} to ${d.to ?? '(unset)'}${suffix}`;
  }
  return `${what} changed from ${d.from ?? '(unset)'} to ${d.to ?? '(unset)'}${suffix}`;
}
