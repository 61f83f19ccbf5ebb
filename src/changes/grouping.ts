// Change-set grouping rules: the pack's `change-sets.yaml` beside its `changes.yaml`. See the header of
// rules/cn-ccl/change-sets.yaml for what each field means.
import type { Finding } from '../core/finding.js';
import { parseYamlFile } from '../load/yaml-file.js';

export const groupLinks = ['provides', 'names', 'brought-in', 'same-values'] as const;
export type GroupLink = (typeof groupLinks)[number];

export interface GroupMemberRule {
  link: GroupLink;
  /** Change kinds; a trailing `*` matches a prefix. */
  kinds: string[];
}

export interface GroupRule {
  id: string;
  title: string;
  anchor: string[];
  members: GroupMemberRule[];
}

export const changeSetsFileName = 'change-sets.yaml';

/**
 * Parse and check a `change-sets.yaml`. A broken file is a problem naming the file, the line and the
 * field; nothing is grouped then (every difference stays a change of its own), nothing is dropped.
 */
export function loadGroupRules(file: string, text: string): { rules: GroupRule[]; problems: Finding[] } {
  const parsed = parseYamlFile(file, text);
  if (Array.isArray(parsed)) {
    return {
      rules: [],
      problems: parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })),
    };
  }
  const problems: Finding[] = [];
  const bad = (path: (string | number)[], message: string): void => {
    const at = parsed.locate(path);
    problems.push({
      ruleId: 'data.rule-pack-invalid',
      severity: 'error',
      message: `${message}`,
      hint: `See the header of rules/cn-ccl/${changeSetsFileName} for the fields of a group.`,
      file,
      line: at.line,
      column: at.column,
    });
  };
  const doc = parsed.value as { groups?: unknown };
  if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.groups)) {
    bad([], `${file} must be a mapping with a 'groups' list`);
    return { rules: [], problems };
  }
  const rules: GroupRule[] = [];
  const seen = new Set<string>();
  doc.groups.forEach((g: unknown, i: number) => {
    const at = ['groups', i];
    const o = (typeof g === 'object' && g !== null ? g : {}) as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (!['id', 'title', 'anchor', 'members'].includes(k))
        bad([...at, k], `unknown key '${k}' in group ${i + 1}`);
    }
    if (typeof o.id !== 'string' || o.id === '') return bad(at, `group ${i + 1} needs an 'id'`);
    if (seen.has(o.id)) return bad([...at, 'id'], `change-set group '${o.id}' is defined twice`);
    seen.add(o.id);
    const id = o.id;
    if (typeof o.title !== 'string') return bad(at, `change-set group '${id}' needs a 'title'`);
    if (!isKinds(o.anchor))
      return bad([...at, 'anchor'], `change-set group '${id}': 'anchor' must be a list of change kinds`);
    if (!Array.isArray(o.members) || o.members.length === 0)
      return bad(at, `change-set group '${id}' needs a non-empty 'members' list`);
    const members: GroupMemberRule[] = [];
    o.members.forEach((m: unknown, j: number) => {
      const mo = (typeof m === 'object' && m !== null ? m : {}) as Record<string, unknown>;
      const mat = [...at, 'members', j];
      for (const k of Object.keys(mo)) {
        if (!['link', 'kinds', 'why'].includes(k))
          bad([...mat, k], `unknown key '${k}' in a member of '${id}'`);
      }
      if (!(groupLinks as readonly unknown[]).includes(mo.link)) {
        return bad(
          [...mat, 'link'],
          `change-set group '${id}': 'link' must be one of ${groupLinks.join(', ')}`,
        );
      }
      if (!isKinds(mo.kinds)) {
        return bad([...mat, 'kinds'], `change-set group '${id}': 'kinds' must be a list of change kinds`);
      }
      members.push({ link: mo.link as GroupLink, kinds: mo.kinds });
    });
    rules.push({ id, title: o.title, anchor: o.anchor, members });
  });
  return { rules: problems.length > 0 ? [] : rules, problems };
}

function isKinds(v: unknown): v is string[] {
  return Array.isArray(v) && v.length > 0 && v.every((k) => typeof k === 'string' && k !== '');
}

/** Whether a change kind matches one of the patterns (exact, or a prefix before a trailing `*`). */
export function kindMatches(kind: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? kind.startsWith(p.slice(0, -1)) : kind === p));
}
