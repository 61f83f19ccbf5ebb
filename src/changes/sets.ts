import type { ChangeSet, DetectedChange } from '../core/change.js';
import { describeDifference } from './describe.js';
import type { Difference } from './difference.js';
import { kindMatches, type GroupMemberRule, type GroupRule } from './grouping.js';
import { minOf } from '../core/append.js';

/** One change set before it is summarised: indexes into the report-ordered differences, anchor first. */
export interface Grouping {
  members: number[];
  groupId?: string;
}

/**
 * Group report-ordered differences into change sets with the pack's rules. Every difference lands in
 * exactly one set; sets come in the order of their earliest member. Pure and deterministic: the result
 * depends only on the differences and their order, which the caller fixes.
 */
export function groupDifferences(diffs: readonly Difference[], rules: readonly GroupRule[]): Grouping[] {
  const owner = new Map<number, number>(); // member index → anchor index
  const sets = new Map<number, { rule: GroupRule; members: number[] }>();
  for (const rule of rules) {
    const anchors = diffs.flatMap((d, i) => (kindMatches(d.kind, rule.anchor) && !owner.has(i) ? [i] : []));
    const candidates = anchors.filter((a) => !sets.has(a));
    for (const a of candidates) sets.set(a, { rule, members: [] });
    for (const m of rule.members) {
      for (const a of candidates) {
        const set = sets.get(a);
        if (set === undefined || owner.has(a)) continue;
        diffs.forEach((d, i) => {
          if (i === a || owner.has(i) || !kindMatches(d.kind, m.kinds)) return;
          // An anchor that already gathered members leads its own set; one with none can be claimed.
          if ((sets.get(i)?.members.length ?? 0) > 0) return;
          if (
            !linked(
              m,
              diffs[a]!,
              d,
              set.members.map((k) => diffs[k]!),
            )
          )
            return;
          owner.set(i, a);
          set.members.push(i);
          sets.delete(i);
        });
      }
    }
    for (const a of candidates) if (sets.get(a)?.members.length === 0) sets.delete(a);
  }
  const out: Grouping[] = [];
  diffs.forEach((_, i) => {
    if (owner.has(i)) return;
    const set = sets.get(i);
    out.push(
      set ? { members: [i, ...set.members.sort((x, y) => x - y)], groupId: set.rule.id } : { members: [i] },
    );
  });
  // Earliest member first: a set holding a security claim reads where that claim would have.
  return out.sort((x, y) => minOf(x.members) - minOf(y.members));
}

function linked(rule: GroupMemberRule, anchor: Difference, d: Difference, members: Difference[]): boolean {
  const serviceNames = members.filter((m) => m.category === 'service' && m.name).map((m) => m.name);
  switch (rule.link) {
    case 'provides':
      return (
        (anchor.name !== '' && d.links.includes(anchor.name)) ||
        (d.name !== '' && serviceNames.includes(d.name))
      );
    case 'same-values':
      return d.from !== undefined && d.to !== undefined && d.from === anchor.from && d.to === anchor.to;
    case 'brought-in':
      return d.change === anchor.change && d.name !== '' && anchor.links.includes(d.name);
    case 'names': {
      const names = [anchor.name, ...serviceNames].filter((n) => n.length > 1);
      const gained = anchor.change === 'removed' ? d.from : d.to;
      const other = anchor.change === 'removed' ? d.to : d.from;
      return names.some((n) => mentions(gained, n) && !mentions(other, n));
    }
  }
}

function mentions(text: string | undefined, name: string): boolean {
  if (!text) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}_-])${escaped}($|[^\\p{L}\\p{N}_-])`, 'iu').test(text);
}

const rank = { none: 0, record: 1, material: 2 } as const;

/** Summarise one grouping of detected changes (report order) as a change set. */
export function changeSet(
  g: Grouping,
  changes: readonly DetectedChange[],
  diffs: readonly Difference[],
): ChangeSet {
  const members = g.members.map((i) => changes[i]!);
  const anchor = members[0]!;
  let top = anchor;
  for (const m of members) if (rank[m.classification] > rank[top.classification]) top = m;
  const open = members.filter((m) => !m.recorded && m.classification !== 'none');
  const unrecorded = open.map((m) => m.fingerprint);
  let pending: ChangeSet['pending'] = 'none';
  for (const m of open) if (rank[m.classification] > rank[pending]) pending = m.classification;
  return {
    id: anchor.fingerprint,
    title: g.groupId
      ? groupTitle(g.members.map((i) => diffs[i]!))
      : describeDifference(diffs[g.members[0]!]!),
    ...(g.groupId ? { groupId: g.groupId } : {}),
    classification: top.classification,
    classId: top.classId,
    reason: top.reason,
    recorded: unrecorded.length === 0,
    ...(anchor.changeLogId !== undefined ? { changeLogId: anchor.changeLogId } : {}),
    fingerprints: members.map((m) => m.fingerprint),
    unrecorded,
    pending,
  };
}

/** The component's display name: its subject without the identity in parentheses. */
function shortName(subject: string): string {
  const i = subject.indexOf(' (');
  return i > 0 ? subject.slice(0, i) : subject;
}

/** "acme-onvifd 1.0.0 added: services onvif:80, ws-discovery:3702; with gsoap 2.8.92; claims authentication.scheme". */
function groupTitle(diffs: readonly Difference[]): string {
  const [anchor, ...rest] = diffs;
  const verb = anchor!.change === 'removed' ? 'removed' : 'added';
  const version = anchor!.change === 'removed' ? anchor!.from : anchor!.to;
  const head =
    anchor!.change === 'changed'
      ? `${shortName(anchor!.subject)} ${anchor!.from ?? '∅'} → ${anchor!.to ?? '∅'}`
      : `${shortName(anchor!.subject)}${version && !version.startsWith('(') ? ` ${version}` : ''} ${verb}`;
  // Manifest service subjects carry the port (`onvif:80`); an SBOM service without one adds only its name.
  const manifest = rest.filter((d) => d.kind.startsWith('service.'));
  const services = [
    ...manifest.map((d) => d.subject),
    ...rest
      .filter((d) => d.kind.startsWith('sbom.service.') && !manifest.some((m) => m.name === d.name))
      .map((d) => d.subject),
  ];
  const libraries = rest
    .filter((d) => d.kind.startsWith('sbom.component.'))
    .map((d) => (anchor!.change === 'changed' ? { ...d, from: '(', to: '(' } : d))
    .map(
      (d) =>
        `${shortName(d.subject)}${(verb === 'added' ? d.to : d.from)?.match(/^[^(]/) ? ` ${verb === 'added' ? d.to : d.from}` : ''}`,
    );
  const claims = rest.filter((d) => d.category === 'security').map((d) => d.subject);
  const parts = [
    services.length > 0 ? `service${services.length > 1 ? 's' : ''} ${services.join(', ')}` : '',
    libraries.length > 0 ? `with ${libraries.join(', ')}` : '',
    claims.length > 0 ? `changes ${claims.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${head}: ${parts.join('; ')}` : head;
}
