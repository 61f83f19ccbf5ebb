import type { Security } from '../schemas/index.js';
import { difference, type Difference } from './difference.js';
import { append } from '../core/append.js';

type NetworkService = NonNullable<Security['network_services']>[number];
type DebugInterface = NonNullable<Security['debug_interfaces']>[number];

// Lists of objects are matched item by item below; the support end date is a lifecycle matter.
const itemised = new Set(['network_services', 'debug_interfaces']);
const lifecycleFields = new Set(['updates.support_end']);

/**
 * Differences in the security claims: one per changed field of each claim area (authentication,
 * updates, crypto, secure boot, storage, logging, privacy, …), network services by name and port,
 * debug interfaces by name, and the support end date.
 */
export function diffSecurity(registered: Security, current: Security | undefined): Difference[] {
  const cur: Security = current ?? {};
  const out: Difference[] = [];
  const areas = [...new Set([...Object.keys(registered), ...Object.keys(cur)])]
    .filter((a) => !itemised.has(a))
    .sort();
  for (const area of areas) {
    const before = flatten((registered as Record<string, unknown>)[area]);
    const after = flatten((cur as Record<string, unknown>)[area]);
    for (const field of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const from = before.get(field);
      const to = after.get(field);
      if (from === to) continue;
      const path = ['security', area, ...field.split('.')];
      if (lifecycleFields.has(`${area}.${field}`)) {
        out.push(supportEnd(from, to, path));
        continue;
      }
      out.push(
        difference({
          kind: `security.${area}`,
          category: 'security',
          change: from === undefined ? 'added' : to === undefined ? 'removed' : 'changed',
          subject: `${area}.${field}`,
          from,
          to,
          field,
          site: { doc: 'product', path },
        }),
      );
    }
  }
  append(out, diffNetworkServices(registered.network_services ?? [], cur.network_services ?? []));
  append(out, diffDebugInterfaces(registered.debug_interfaces ?? [], cur.debug_interfaces ?? []));
  return out;
}

/** Leaf values of a claim area by dotted path; lists of plain values become one sorted, comma-joined value. */
function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    out.set(
      prefix,
      value
        .map((v) => scalarText(v))
        .sort()
        .join(', '),
    );
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  } else if (value !== undefined && value !== null) {
    out.set(prefix, scalarText(value));
  }
  return out;
}

function scalarText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : JSON.stringify(v);
}

function supportEnd(from: string | undefined, to: string | undefined, path: string[]): Difference {
  const aspect =
    from === undefined ? 'added' : to === undefined ? 'removed' : to < from ? 'shortened' : 'extended';
  return difference({
    kind: 'lifecycle.support_end',
    category: 'lifecycle',
    change: from === undefined ? 'added' : to === undefined ? 'removed' : 'changed',
    subject: 'security update support end',
    from,
    to,
    field: 'updates.support_end',
    aspects: [aspect],
    site: { doc: 'product', path },
  });
}

const serviceKey = (s: NetworkService) => `${s.name.trim().toLowerCase()}:${s.port}`;

/** The technical facts of a service (its justification text is not one). */
function serviceState(s: NetworkService): string {
  return [
    `protocol=${s.protocol}`,
    `exposure=${s.exposure ?? 'lan'}`,
    `enabled_by_default=${s.enabled_by_default ?? true}`,
    `auth_required=${s.auth_required}`,
    `encrypted=${s.encrypted}`,
    ...(s.component ? [`component=${s.component}`] : []),
  ].join(' ');
}

function serviceAspects(s: NetworkService): string[] {
  return [
    `exposure:${s.exposure ?? 'lan'}`,
    s.auth_required ? 'authenticated' : 'unauthenticated',
    s.encrypted ? 'encrypted' : 'unencrypted',
  ];
}

const exposureRank: Record<string, number> = { lan: 0, cloud: 1, wan: 2 };

/** A manifest service's name and the component that provides it, for change-set grouping. */
function serviceLinks(s: NetworkService): { name: string; links: string[] } {
  return { name: s.name.trim().toLowerCase(), links: s.component ? [s.component.trim().toLowerCase()] : [] };
}

function diffNetworkServices(
  before: readonly NetworkService[],
  after: readonly NetworkService[],
): Difference[] {
  const out: Difference[] = [];
  const byKey = new Map(before.map((s) => [serviceKey(s), s]));
  after.forEach((a, i) => {
    const b = byKey.get(serviceKey(a));
    byKey.delete(serviceKey(a));
    const subject = `${a.name}:${a.port}`;
    const site = { doc: 'product' as const, path: ['security', 'network_services', i] };
    if (!b) {
      out.push(
        difference({
          kind: 'service.added',
          category: 'service',
          change: 'added',
          subject,
          to: serviceState(a),
          aspects: serviceAspects(a),
          ...serviceLinks(a),
          site,
        }),
      );
      return;
    }
    if (serviceState(a) === serviceState(b)) return;
    const aspects: string[] = [];
    if (b.auth_required && !a.auth_required) aspects.push('auth-dropped');
    if (b.encrypted && !a.encrypted) aspects.push('encryption-dropped');
    if ((exposureRank[a.exposure ?? 'lan'] ?? 0) > (exposureRank[b.exposure ?? 'lan'] ?? 0))
      aspects.push('exposure-widened');
    if (a.protocol !== b.protocol) aspects.push('protocol-changed');
    if ((a.enabled_by_default ?? true) && !(b.enabled_by_default ?? true))
      aspects.push('now-enabled-by-default');
    out.push(
      difference({
        kind: 'service.changed',
        category: 'service',
        change: 'changed',
        subject,
        from: serviceState(b),
        to: serviceState(a),
        aspects,
        ...serviceLinks(a),
        site,
      }),
    );
  });
  for (const b of [...byKey.values()]) {
    out.push(
      difference({
        kind: 'service.removed',
        category: 'service',
        change: 'removed',
        subject: `${b.name}:${b.port}`,
        from: serviceState(b),
        ...serviceLinks(b),
        site: { doc: 'product', path: ['security', 'network_services'] },
      }),
    );
  }
  return out;
}

function diffDebugInterfaces(
  before: readonly DebugInterface[],
  after: readonly DebugInterface[],
): Difference[] {
  const out: Difference[] = [];
  const key = (d: DebugInterface) => d.name.trim().toLowerCase();
  const byKey = new Map(before.map((d) => [key(d), d]));
  after.forEach((a, i) => {
    const b = byKey.get(key(a));
    byKey.delete(key(a));
    const site = { doc: 'product' as const, path: ['security', 'debug_interfaces', i, 'state'] };
    if (b && b.state === a.state) return;
    const aspects: string[] = [];
    if (!b) aspects.push('new-interface');
    if (b?.state === 'disabled' && a.state !== 'disabled') aspects.push('re-enabled');
    if (a.state === 'enabled' && b?.state !== 'enabled') aspects.push('opened');
    if (b && a.state === 'disabled') aspects.push('now-disabled');
    out.push(
      difference({
        kind: `security.debug_interface.${b ? 'changed' : 'added'}`,
        category: 'security',
        change: b ? 'changed' : 'added',
        subject: a.name,
        from: b?.state,
        to: a.state,
        field: 'state',
        aspects,
        site,
      }),
    );
  });
  for (const b of [...byKey.values()]) {
    out.push(
      difference({
        kind: 'security.debug_interface.removed',
        category: 'security',
        change: 'removed',
        subject: b.name,
        from: b.state,
        field: 'state',
        site: { doc: 'product', path: ['security', 'debug_interfaces'] },
      }),
    );
  }
  return out;
}
