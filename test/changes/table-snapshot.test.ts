// The built-in change tables a built run reads from JSON (scripts/snapshot-packs.ts) classify exactly as
// the tables loaded from the packs' YAML, and a deferred `when` compiles on its first evaluation.
import { describe, expect, it } from 'vitest';
import { classifyDifference } from '../../src/changes/classify.js';
import { difference, type Difference } from '../../src/changes/difference.js';
import type { ChangeTable } from '../../src/changes/pack.js';
import { snapshotOf, tableFromSnapshot } from '../../src/changes/table-snapshot.js';
import { changeInputs } from '../../src/changes/change-input.js';
import { deferExpression, evaluateExpression, prepareInput } from '../../src/expr/index.js';
import { builtinChangeSnapshot, parseChangeTables } from '../../src/pipeline/packs.js';
import { WorkingTreeSource } from '../../src/repo/fs-source.js';

const samples: Difference[] = [
  difference({
    kind: 'sbom.component.changed',
    category: 'sbom',
    change: 'changed',
    subject: 'openssl',
    site: { doc: 'sbom' },
    from: '3.0.1',
    to: '3.0.2',
    bump: 'patch',
    roles: ['crypto-library'],
    componentType: 'library',
  }),
  difference({
    kind: 'sbom.service.added',
    category: 'sbom',
    change: 'added',
    subject: 'telnetd',
    site: { doc: 'sbom' },
  }),
  difference({
    kind: 'security.debug_interface.uart',
    category: 'security',
    change: 'changed',
    subject: 'uart',
    site: { doc: 'product', path: ['security', 'debug_interfaces'] },
    aspects: ['re-enabled'],
  }),
];

describe('built-in change-table snapshot', () => {
  it('holds every built-in table as loaded from YAML, and classifies the same', async () => {
    const { snapshot, problems } = builtinChangeSnapshot();
    expect(problems).toEqual([]);
    for (const [name, entry] of Object.entries(snapshot.packs)) {
      const parsed = await parseChangeTables(new WorkingTreeSource(process.cwd()), {
        config: { packs: [name] },
      });
      const fromYaml = parsed.classifier.tables[0] as ChangeTable;
      expect(entry.table).not.toBeNull();
      // Through JSON, as the build writes it and a run reads it.
      const fromJson = tableFromSnapshot(
        JSON.parse(JSON.stringify(entry.table)) as NonNullable<typeof entry.table>,
      );
      expect(snapshotOf(fromJson)).toEqual(snapshotOf(fromYaml));
      const classes = new Set<string>();
      for (const stars of [1, 3]) {
        for (const d of samples) {
          const ctx = { scheme: fromYaml.scheme, stars, registeredStars: stars };
          const got = classifyDifference(d, fromJson, ctx, [], 'p');
          expect(got).toEqual(classifyDifference(d, fromYaml, ctx, [], 'p'));
          expect(got.failures).toEqual([]);
          classes.add(got.classId);
        }
      }
      // The samples reach entries of the table, not only its fallback.
      expect([...classes].filter((c) => c !== 'unclassified').length).toBeGreaterThan(1);
    }
  });

  it('compiles a deferred expression when it is evaluated, and reports one that does not compile', () => {
    const input = prepareInput({ change: { kind: 'sbom.service.added', aspects: [] } });
    expect(
      evaluateExpression(deferExpression("change.kind == 'sbom.service.added'", changeInputs, 'bool'), input),
    ).toEqual({ ok: true, value: true });
    const broken = evaluateExpression(deferExpression('change.nope ==', changeInputs, 'bool'), input);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error.message).toMatch(/does not compile/);
  });
});
