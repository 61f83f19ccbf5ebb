import type { Security } from '../schemas/index.js';

/**
 * Roles the manifest itself gives SBOM components, by lower-case component name: the crypto library
 * it names (`security.crypto.library`) and the components behind its network services. Read from
 * both the registered and the current claims, so a component keeps its role when it is removed.
 */
export function declaredRoles(...claims: (Security | undefined)[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (name: string | undefined, role: string) => {
    if (!name) return;
    const key = name.trim().toLowerCase();
    out.set(key, (out.get(key) ?? new Set()).add(role));
  };
  for (const s of claims) {
    add(s?.crypto?.library, 'crypto');
    for (const svc of s?.network_services ?? []) add(svc.component, 'network-daemon');
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}
