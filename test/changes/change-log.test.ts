import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectChanges } from '../../src/changes/index.js';
import { cnCcl, fixture, type Fixture, lineOf, load, security } from './support.js';

function newService(f: Fixture): void {
  f.product.firmware = { version: '2.2.0', image_sha256: 'd'.repeat(64) };
  security(f).network_services.push({
    name: 'onvif',
    port: 80,
    protocol: 'tcp',
    auth_required: true,
    encrypted: false,
  });
}

async function detect(f: Fixture) {
  const { product, files } = await load(f);
  return { ...detectChanges(product, cnCcl()), files };
}

describe('recorded and unrecorded changes', () => {
  it('reports an unrecorded material change as an error at the manifest value that changed', async () => {
    const f = fixture();
    newService(f);
    const r = await detect(f);
    const finding = r.findings.find((x) => x.ruleId === 'change.unrecorded');
    expect(finding).toMatchObject({
      severity: 'error',
      file: 'products/cam-a/product.yaml',
      line: lineOf(r.files['product.yaml']!, 'name: onvif'),
      productId: 'cam-a',
    });
    expect(finding?.message).toMatch(/^unrecorded technical modification: network service onvif:80 added/);
  });

  it('prints a ready change-log entry with the fingerprint in the hint', async () => {
    const f = fixture();
    newService(f);
    const r = await detect(f);
    const service = r.changes.find((c) => c.kind === 'service.added')!;
    const hint = r.findings.find((x) => x.ruleId === 'change.unrecorded')!.hint!;
    expect(hint).toContain('or let the refiling pull request record it');
    // The entry is multi-line YAML, pasteable as is under `changes:`.
    const snippet = `changes:\n${hint.slice(hint.lastIndexOf('\n', hint.indexOf('- id: ')) + 1)}`;
    const [entry] = (parse(snippet) as { changes: unknown[] }).changes as [
      { fingerprints: string[]; classification: string; status: string },
    ];
    expect(entry).toMatchObject({
      fingerprints: [service.fingerprint],
      classification: 'material',
      status: 'refiling-required',
    });
  });

  it('reports an unrecorded record-class change as a warning', async () => {
    const f = fixture();
    f.product.firmware = { version: '2.1.1', image_sha256: 'd'.repeat(64) };
    const r = await detect(f);
    expect(r.findings.map((x) => [x.ruleId, x.severity, x.line])).toEqual([
      ['change.unrecorded-record', 'warning', lineOf(r.files['product.yaml']!, 'version: 2.1.1')],
    ]);
  });

  it('points an SBOM difference at line 1 of the current SBOM', async () => {
    const f = fixture();
    f.sbom.components = f.sbom.components.filter((c) => c.name !== 'cjson');
    const r = await detect(f);
    expect(r.findings.map((x) => [x.ruleId, x.file, x.line])).toEqual([
      ['change.unrecorded-record', 'products/cam-a/sbom.cdx.json', 1],
    ]);
  });

  it('marks a change recorded when a change-log entry lists its fingerprint', async () => {
    const first = fixture();
    newService(first);
    const fingerprints = (await detect(first)).changes.map((c) => c.fingerprint);

    const f = fixture();
    newService(f);
    f.filing.changes = [
      {
        id: 'CHG-2026-001',
        summary: 'Firmware 2.2.0 adds ONVIF',
        fingerprints,
        classification: 'material',
        status: 'refiling-required',
      },
    ];
    const r = await detect(f);
    expect(r.changes.every((c) => c.recorded && c.changeLogId === 'CHG-2026-001')).toBe(true);
    expect(r.findings).toEqual([]);
  });

  it('warns about a change-log entry whose fingerprints match no current difference, at the entry', async () => {
    const f = fixture();
    f.filing.changes = [
      {
        id: 'CHG-2026-002',
        summary: 'Reverted radio change',
        fingerprints: ['hw:0123456789abcdef'],
        classification: 'material',
        status: 'recorded',
      },
    ];
    const r = await detect(f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      ruleId: 'change.stale-entry',
      severity: 'warning',
      file: 'products/cam-a/filing.yaml',
      line: lineOf(r.files['filing.yaml']!, 'id: CHG-2026-002'),
    });
    expect(r.findings[0]!.message).toContain('CHG-2026-002 matches no current difference');
  });

  it('warns about a stray fingerprint in an entry that still records other differences', async () => {
    const first = fixture();
    newService(first);
    const fingerprints = (await detect(first)).changes.map((c) => c.fingerprint);
    const f = fixture();
    newService(f);
    f.filing.changes = [
      {
        id: 'CHG-2026-003',
        summary: 'ONVIF',
        fingerprints: [...fingerprints, 'sbom:00000000000000aa'],
        classification: 'material',
        status: 'refiling-required',
      },
    ];
    const r = await detect(f);
    expect(r.findings.map((x) => [x.ruleId, x.line])).toEqual([
      ['change.stale-entry', lineOf(r.files['filing.yaml']!, 'sbom:00000000000000aa')],
    ]);
  });

  it('blocks a change-log entry that records a material change as record', async () => {
    const first = fixture();
    newService(first);
    const fingerprints = (await detect(first)).changes.map((c) => c.fingerprint);
    const f = fixture();
    newService(f);
    f.filing.changes = [
      {
        id: 'CHG-2026-004',
        summary: 'ONVIF',
        fingerprints,
        classification: 'record',
        status: 'refiling-required',
      },
    ];
    const r = await detect(f);
    expect(r.findings).toMatchObject([
      {
        ruleId: 'change.entry-classification',
        severity: 'error',
        line: lineOf(r.files['filing.yaml']!, 'classification: record'),
      },
    ]);
    expect(r.findings[0]!.hint).toContain('classification override');
  });

  it('blocks a material change recorded with status recorded while the filing is still granted', async () => {
    const first = fixture();
    newService(first);
    const fingerprints = (await detect(first)).changes.map((c) => c.fingerprint);
    const f = fixture();
    newService(f);
    f.filing.changes = [
      { id: 'CHG-2026-006', summary: 'ONVIF', fingerprints, classification: 'material', status: 'recorded' },
    ];
    const r = await detect(f);
    expect(f.filing.status).toBe('granted');
    // Once per entry, however many of its fingerprints are material.
    expect(r.findings).toMatchObject([
      {
        ruleId: 'change.material-not-refiled',
        severity: 'error',
        line: lineOf(r.files['filing.yaml']!, 'status: recorded'),
      },
    ]);
    expect(r.findings[0]!.message).toContain("the filing is still 'granted'");
  });

  it('accepts status recorded on a material change once the filing moved to refiling-required', async () => {
    const first = fixture();
    newService(first);
    const fingerprints = (await detect(first)).changes.map((c) => c.fingerprint);
    const f = fixture();
    newService(f);
    f.filing.status = 'refiling-required';
    f.filing.changes = [
      { id: 'CHG-2026-007', summary: 'ONVIF', fingerprints, classification: 'material', status: 'recorded' },
    ];
    expect((await detect(f)).findings).toEqual([]);
  });

  it('still blocks a recorded change the pack marks blocking', async () => {
    const first = fixture();
    security(first).debug_interfaces[0]!.state = 'enabled';
    const fingerprints = (await detect(first)).changes.map((c) => c.fingerprint);
    const f = fixture();
    security(f).debug_interfaces[0]!.state = 'enabled';
    f.filing.changes = [
      {
        id: 'CHG-2026-005',
        summary: 'UART on',
        fingerprints,
        classification: 'material',
        status: 'refiling-required',
      },
    ];
    const r = await detect(f);
    expect(r.findings.map((x) => [x.ruleId, x.severity])).toEqual([['change.blocked', 'error']]);
  });

  it('gives a product with no registered baseline no changes and no findings', async () => {
    const f = fixture();
    newService(f);
    delete f.filing.baseline;
    f.filing.status = 'not-filed';
    const r = await detect(f);
    expect(r).toMatchObject({ changes: [], findings: [] });
  });

  it('reports a registered SBOM that no longer matches its registered digest', async () => {
    const f = fixture();
    f.filing.baseline!.sbom.digest = `sha256:${'0'.repeat(64)}`;
    f.keepDigest = true;
    const r = await detect(f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      ruleId: 'data.baseline-tampered',
      severity: 'error',
      line: lineOf(r.files['filing.yaml']!, 'digest: sha256:'),
    });
  });

  it('reports an edited registered SBOM as tampered even when the digest line is untouched', async () => {
    const f = fixture();
    const original = (await load(f)).files['filing.yaml']!;
    const g = fixture();
    g.filing = parse(original) as Fixture['filing'];
    g.keepDigest = true;
    g.registeredSbom.components[1]!.version = '3.5.0';
    const r = await detect(g);
    expect(r.findings.map((x) => x.ruleId)).toContain('data.baseline-tampered');
  });

  it('records the digest of the registered SBOM as read, byte for byte', async () => {
    const f = fixture();
    const { product, files } = await load(f);
    const bytes = files['filings/2026-08-01/sbom.cdx.json']!;
    expect(product.baselineBytesDigest).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  });

  it('trusts a registered SBOM whose bytes hash to the registered digest without normalising it again', async () => {
    const f = fixture();
    const { product } = await load(f);
    const registered = product.filing!.baseline!.sbom.digest;
    // As if the file were exactly what labelguard wrote (its bytes hash to the registered digest): the
    // inventory is then not consulted, so even a changed one raises no tampering finding.
    product.baselineBytesDigest = registered;
    product.baselineSbom!.components[0]!.version = '9.9.9';
    expect(detectChanges(product, cnCcl()).findings.map((x) => x.ruleId)).not.toContain(
      'data.baseline-tampered',
    );
    // Bytes that do not hash to it: the normalised inventory decides.
    product.baselineBytesDigest = `sha256:${'1'.repeat(64)}`;
    expect(detectChanges(product, cnCcl()).findings.map((x) => x.ruleId)).toContain('data.baseline-tampered');
  });

  it('returns changes in the same order however the manifest lists things', async () => {
    const a = fixture();
    newService(a);
    security(a).network_services.push({
      name: 'https',
      port: 443,
      protocol: 'tcp',
      auth_required: true,
      encrypted: true,
    });
    const b = structuredClone(a);
    security(b).network_services.reverse();
    b.sbom.components.reverse();
    const ra = await detect(a);
    const rb = await detect(b);
    expect(JSON.stringify(rb.changes)).toBe(JSON.stringify(ra.changes));
  });
});
