// Downgrades: labelled as such and never judged more leniently than the same upgrade; a rollback of the
// firmware or a security-relevant component below the tested (registered) version is material.
import { describe, expect, it } from 'vitest';
import type { DetectedChange } from '../../src/core/change.js';
import { detectChanges } from '../../src/changes/index.js';
import { bumpComponent, cnCcl, fixture, type Fixture, load } from './support.js';

async function changesOf(edit: (f: Fixture) => void): Promise<DetectedChange[]> {
  const f = fixture();
  edit(f);
  const { product } = await load(f);
  return detectChanges(product, cnCcl()).changes;
}

const rank = { none: 0, record: 1, material: 2 } as const;

async function sbomChange(name: string, version: string) {
  const changes = await changesOf((f) => bumpComponent(f.sbom, name, version));
  const found = changes.filter((c) => c.kind === 'sbom.component.changed');
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('downgrades', () => {
  it('classifies a crypto library minor downgrade as material, above the record of the same upgrade', async () => {
    const up = await sbomChange('mbedtls', '3.7.0');
    const down = await sbomChange('mbedtls', '3.5.0');
    expect(up).toMatchObject({ classification: 'record', classId: 'crypto-library-minor' });
    expect(down).toMatchObject({ classification: 'material', classId: 'security-component-rollback' });
  });

  it('records an ordinary library downgrade, which an upgrade would not need', async () => {
    const up = await sbomChange('cjson', '1.7.18');
    const down = await sbomChange('cjson', '1.7.16');
    expect(up).toMatchObject({ classification: 'none', classId: 'library-bump' });
    expect(down).toMatchObject({ classification: 'record', classId: 'library-downgrade' });
    expect(rank[down.classification]).toBeGreaterThanOrEqual(rank[up.classification]);
  });

  it('classifies a firmware rollback in the manifest as material and says it is a downgrade', async () => {
    const f = fixture();
    f.product.firmware = { version: '2.0.9', image_sha256: 'd'.repeat(64) };
    const { product } = await load(f);
    const r = detectChanges(product, cnCcl());
    const fw = r.changes.find((c) => c.kind === 'firmware.version')!;
    expect(fw).toMatchObject({ classification: 'material', classId: 'security-component-rollback' });
    const finding = r.findings.find((x) => x.ruleId === 'change.unrecorded');
    expect(finding?.message).toContain('firmware version downgraded from 2.1.0 to 2.0.9');
  });

  it('is never more lenient than the upgrade for every component of the fixture', async () => {
    const pairs: [string, string, string][] = [
      ['mbedtls', '3.6.1', '3.5.9'],
      ['live555', '2024.06.01', '2024.01.01'],
      ['u-boot', '2023.10', '2022.10'],
      ['swupdate', '2024.05', '2023.05'],
      ['acme-auth', '1.5.0', '1.3.0'],
      ['cjson', '1.8.0', '1.6.0'],
    ];
    for (const [name, higher, lower] of pairs) {
      const up = await sbomChange(name, higher);
      const down = await sbomChange(name, lower);
      expect(rank[down.classification], `${name} ${lower} vs ${higher}`).toBeGreaterThanOrEqual(
        rank[up.classification],
      );
    }
  });
});
