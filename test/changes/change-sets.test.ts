import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadGroupRules } from '../../src/changes/grouping.js';
import { groupDifferences } from '../../src/changes/sets.js';
import { difference } from '../../src/changes/difference.js';
import { runCheck } from '../../src/pipeline/run-check.js';

const example = fileURLToPath(new URL('../../examples/acme-cameras', import.meta.url));
const groupingFile = fileURLToPath(new URL('../../rules/cn-ccl/change-sets.yaml', import.meta.url));

/** The example's ONVIF pull request (scripts/readme-examples.ts), judged as on main. */
async function onvifPullRequest() {
  const outcome = await runCheck({
    dir: example,
    now: '2026-11-26',
    changed: ['products/avc-c120w/product.yaml', 'products/avc-c120w/sbom.cdx.json'],
    readFrom: 'working-tree',
    overrides: { branch: 'main' },
  });
  return outcome.report.products.find((p) => p.id === 'avc-c120w')!;
}

describe('change sets', () => {
  it('reports the ONVIF addition as one material change set with every correlated difference', async () => {
    const p = await onvifPullRequest();
    const onvif = p.changeSets!.filter((s) => s.title.includes('acme-onvifd'));
    expect(onvif).toHaveLength(1);
    const set = onvif[0]!;
    const byFingerprint = new Map(p.changes!.map((c) => [c.fingerprint, c]));
    expect(
      set.fingerprints.map((f) => `${byFingerprint.get(f)!.kind} ${byFingerprint.get(f)!.subject}`),
    ).toEqual([
      'sbom.component.added acme-onvifd (pkg:generic/acme-vision/acme-onvifd)',
      'security.authentication authentication.scheme',
      'sbom.service.added onvif',
      'sbom.service.added ws-discovery',
      'service.added onvif:80',
      'service.added ws-discovery:3702',
      'sbom.component.added gsoap (pkg:generic/gsoap)',
    ]);
    expect(set).toMatchObject({
      groupId: 'component-with-services',
      classification: 'material',
      recorded: false,
    });
    // One finding for the whole set (the mbedTLS major upgrade, material at every level, is the other one).
    const unrecorded = p.findings.filter(
      (f) => f.ruleId === 'change.unrecorded' && !f.message.includes('mbedtls'),
    );
    expect(unrecorded).toHaveLength(1);
    expect(unrecorded[0]!.message).toContain('acme-onvifd 1.0.0 added: services onvif:80, ws-discovery:3702');
    // Its hint holds a multi-line entry listing every member, in the set's order.
    const hint = unrecorded[0]!.hint!;
    const [entry] = (
      parse(`changes:\n${hint.slice(hint.lastIndexOf('\n', hint.indexOf('- id: ')) + 1)}`) as {
        changes: unknown[];
      }
    ).changes as [{ id: string; fingerprints: string[] }];
    // Ids continue the log's numbering (CHG-2026-014), one per unrecorded change set in report order.
    expect(entry.id).toBe('CHG-2026-017');
    expect(entry.fingerprints).toEqual(set.fingerprints);
  });

  it('gives the same change sets on every run', async () => {
    const [a, b] = [await onvifPullRequest(), await onvifPullRequest()];
    expect(JSON.stringify(a.changeSets)).toBe(JSON.stringify(b.changeSets));
  });

  it('leaves every difference a change of its own without grouping rules', () => {
    const site = { doc: 'sbom' } as const;
    const diffs = [
      difference({
        kind: 'sbom.component.added',
        category: 'sbom',
        change: 'added',
        subject: 'd',
        name: 'd',
        site,
      }),
      difference({
        kind: 'sbom.service.added',
        category: 'service',
        change: 'added',
        subject: 's',
        links: ['d'],
        site,
      }),
    ];
    expect(groupDifferences(diffs, [])).toEqual([{ members: [0] }, { members: [1] }]);
    const { rules } = loadGroupRules('change-sets.yaml', readFileSync(groupingFile, 'utf8'));
    expect(groupDifferences(diffs, rules)).toEqual([{ members: [0, 1], groupId: 'component-with-services' }]);
  });

  it('reports a broken grouping file with its line and the field at fault', () => {
    const text =
      'groups:\n  - id: g\n    title: t\n    anchor: [sbom.component.added]\n    members:\n      - link: near\n        kinds: [x]\n';
    const { rules, problems } = loadGroupRules('rules/x/change-sets.yaml', text);
    expect(rules).toEqual([]);
    expect(problems).toMatchObject([
      {
        file: 'rules/x/change-sets.yaml',
        line: 6,
        message: expect.stringContaining("'link' must be one of provides"),
      },
    ]);
  });
});
