// Which security roles an SBOM component plays (network daemon, crypto library, ...), from the pack's
// software-role data. Kept apart from the rule input so that comparing two SBOMs (`diff`) loads no
// expression engine and no schema.

import type { Component } from '../sbom/index.js';
import type { ComponentMatcher, SoftwareRoles } from './types.js';

/**
 * Security roles of an SBOM component. The SBOM author's own `ccl:role` property, when present, is the
 * whole answer (it may also say `library` or `none`); otherwise the pack's data recognises the
 * component by name, purl or CPE. Sorted.
 */
export function componentRoles(c: Component, software: SoftwareRoles | undefined): string[] {
  if (!software) return [...assignedRoles(c, 'ccl:role')].sort();
  return rolesOf(c, componentKeys(c), software, compiledRoles(software));
}

export function rolesOf(
  c: Component,
  keys: ComponentKeys,
  software: SoftwareRoles,
  compiled: CompiledRoles,
): string[] {
  const assigned = assignedRoles(c, software.role_property || 'ccl:role');
  if (assigned.size > 0) return [...assigned].sort();
  return compiled.roles
    .filter(({ matcher }) => matcher(keys))
    .map(({ role }) => role)
    .sort();
}

function assignedRoles(c: Component, property: string): Set<string> {
  const out = new Set<string>();
  for (const p of c.properties) {
    if (p.name === property) for (const r of p.value.split(/[,\s]+/)) if (r) out.add(r.toLowerCase());
  }
  return out;
}

/** What matchers compare: lower-case name, purl without version, its last segment, CPE vendor:product. */
export interface ComponentKeys {
  name: string;
  purl?: string;
  purlName?: string;
  cpe?: string;
}

export function componentKeys(c: Pick<Component, 'name' | 'purl' | 'cpe'>): ComponentKeys {
  const purl = c.purl ? purlBase(c.purl) : undefined;
  const cpe = c.cpe ? cpeVendorProduct(c.cpe) : undefined;
  return {
    name: c.name.toLowerCase(),
    ...(purl ? { purl, purlName: purl.slice(purl.lastIndexOf('/') + 1) } : {}),
    ...(cpe ? { cpe } : {}),
  };
}

function compileMatcher(m: ComponentMatcher): (k: ComponentKeys) => boolean {
  const names = new Set((m.names ?? []).map((n) => n.toLowerCase()));
  const purls = (m.purls ?? []).map((g) => globToRegExp(g.toLowerCase()));
  const cpes = new Set((m.cpes ?? []).map((c) => c.toLowerCase()));
  return (k) =>
    names.has(k.name) ||
    (k.purlName !== undefined && names.has(k.purlName)) ||
    (k.purl !== undefined && purls.some((re) => re.test(k.purl!))) ||
    (k.cpe !== undefined && cpes.has(k.cpe));
}

export interface CompiledRoles {
  roles: { role: string; matcher: (k: ComponentKeys) => boolean }[];
  denylist: { matcher: (k: ComponentKeys) => boolean; version: RegExp; since?: string; reason: string }[];
}

// Packs are loaded once per run and evaluated for many products: compile their matchers once.
const compiledCache = new WeakMap<SoftwareRoles, CompiledRoles>();

export function compiledRoles(software: SoftwareRoles): CompiledRoles {
  let c = compiledCache.get(software);
  if (!c) {
    c = {
      roles: Object.entries(software.roles).map(([role, m]) => ({ role, matcher: compileMatcher(m) })),
      denylist: software.crypto_denylist.map((d) => ({
        matcher: compileMatcher(d),
        version: new RegExp(d.version_pattern),
        ...(d.since ? { since: d.since } : {}),
        reason: d.reason,
      })),
    };
    compiledCache.set(software, c);
  }
  return c;
}

const matcherCache = new WeakMap<ComponentMatcher, (k: ComponentKeys) => boolean>();

/** Whether a component matches a data matcher by name, purl name, purl glob or CPE vendor:product. */
export function matches(c: Pick<Component, 'name' | 'purl' | 'cpe'>, m: ComponentMatcher): boolean {
  let matcher = matcherCache.get(m);
  if (!matcher) {
    matcher = compileMatcher(m);
    matcherCache.set(m, matcher);
  }
  return matcher(componentKeys(c));
}

/** `pkg:type/namespace/name` of a purl, lower case, without version, qualifiers or subpath. */
function purlBase(purl: string): string {
  const cut = purl.search(/[@?#]/);
  const base = cut === -1 ? purl : purl.slice(0, cut);
  try {
    return decodeURIComponent(base).toLowerCase();
  } catch {
    // A malformed %-escape in third-party data: compare the purl as written rather than fail.
    return base.toLowerCase();
  }
}

/** `vendor:product` of a CPE 2.3 formatted string or a CPE 2.2 URI, lower case. */
function cpeVendorProduct(cpe: string): string | undefined {
  const parts = cpe.toLowerCase().split(':');
  if (parts[1] === '2.3' && parts.length >= 5) return `${parts[3]}:${parts[4]}`;
  if (parts[1]?.startsWith('/') && parts.length >= 4) return `${parts[2]}:${parts[3]}`;
  return undefined;
}

const globCache = new Map<string, RegExp>();
function globToRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    re = new RegExp(
      `^${glob
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    globCache.set(glob, re);
  }
  return re;
}
