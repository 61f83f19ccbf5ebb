import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyDifference } from '../../src/changes/classify.js';
import { difference } from '../../src/changes/difference.js';
import { detectChanges, loadChangeClassifier } from '../../src/changes/index.js';
import { bumpComponent, changesYaml, fixture, load as loadFixture } from './support.js';

const file = 'rules/test/changes.yaml';
const entry = (id: string, when: string, extra = '') =>
  `  - id: ${id}\n    title: ${id}\n    when: ${JSON.stringify(when)}\n    classification: material\n    reason: because\n    sources: [{ title: test }]\n    confidence: inference\n${extra}`;
const load = (body: string) => loadChangeClassifier([{ file, text: `scheme: test\nentries:\n${body}` }]);

describe('loading a change classification', () => {
  it('loads the shipped CN-CCL table without problems, ending with a catch-all', () => {
    const { classifier, problems } = loadChangeClassifier([
      { file: 'rules/cn-ccl/changes.yaml', text: readFileSync(changesYaml, 'utf8') },
    ]);
    expect(problems).toEqual([]);
    const entries = classifier.tables[0]!.entries;
    expect(entries.at(-1)).toMatchObject({ id: 'unclassified', classification: 'record' });
    expect(entries.at(-1)!.when.source).toBe('true');
  });

  it('covers every row of the classification table in the domain notes', () => {
    const { classifier } = loadChangeClassifier([
      { file: 'rules/cn-ccl/changes.yaml', text: readFileSync(changesYaml, 'utf8') },
    ]);
    const ids = classifier.tables[0]!.entries.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'hw-revision-security-parts',
        'hw-revision-enclosure-only',
        'label-model-renamed',
        'label-producer-changed',
        'fw-security-patch',
        'fw-new-network-service',
        'crypto-library-major',
        'crypto-library-patch',
        'auth-scheme-changed',
        'update-mechanism-changed',
        'boot-chain-changed',
        'debug-interface-re-enabled',
        'library-bump',
        'support-shortened',
        'label-lab-or-standard-changed',
        'label-stars-raised',
        'fw-rebuilt-same-version',
        'unclassified',
      ]),
    );
  });

  it('reports a when that does not compile as a load error naming the file and the entry', () => {
    const { classifier, problems } = load(
      entry('good', "change.kind == 'x'") + entry('broken', "change.kind == 'x' &&"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      ruleId: 'data.rule-pack-invalid',
      severity: 'error',
      file,
      line: 12,
    });
    expect(problems[0]!.message).toMatch(/^change classification 'broken': 'when' does not compile: /);
    expect(classifier.tables[0]!.entries.map((e) => e.id)).toEqual(['good']);
  });

  it('reports a when that reads a field the change object does not have, with a suggestion', () => {
    const { problems } = load(entry('typo', "change.knd == 'x'"));
    expect(problems[0]!.message).toContain("unknown field 'knd'");
    expect(problems[0]!.hint).toContain("Did you mean 'kind'?");
  });

  it('skips a when that gives text instead of true or false, saying so', () => {
    const { classifier, problems } = load(entry('text', 'change.kind'));
    expect(problems).toEqual([]);
    const d = difference({
      kind: 'firmware.version',
      category: 'firmware',
      change: 'changed',
      subject: 'firmware version',
      site: { doc: 'sbom' },
    });
    const r = classifyDifference(
      d,
      classifier.tables[0],
      { scheme: 'test', stars: 1, registeredStars: 1 },
      [],
      'p',
    );
    expect(r.classId).toBe('unclassified');
    expect(r.failures).toEqual([
      { classId: 'text', message: "'when' gave the text 'firmware.version', not true or false" },
    ]);
  });

  it('reports a duplicate entry id', () => {
    const { problems } = load(entry('same', 'true') + entry('same', 'false'));
    expect(problems.map((p) => p.message)).toEqual(["change classification 'same' is defined twice"]);
  });

  it('reports an entry that breaks the file schema, naming the entry', () => {
    const { problems, classifier } = load(entry('odd', 'true', '    classification_note: x\n'));
    expect(problems[0]!.message).toBe(
      "change classification 'odd': unknown key 'classification_note' in 'entries.0'",
    );
    expect(classifier.tables).toEqual([]);
  });

  it('reports a second table for the same scheme', () => {
    const text = `scheme: test\nentries:\n${entry('a', 'true')}`;
    const { problems, classifier } = loadChangeClassifier([
      { file, text },
      { file: 'packs/own/changes.yaml', text },
    ]);
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['packs/own/changes.yaml', `scheme 'test' is already classified by ${file}`],
    ]);
    expect(classifier.tables).toHaveLength(1);
  });

  it('records a difference as unclassified when a table has no catch-all and nothing matches', () => {
    const { classifier } = load(entry('only-hardware', "change.category == 'hardware'"));
    const d = difference({
      kind: 'firmware.version',
      category: 'firmware',
      change: 'changed',
      subject: 'firmware version',
      from: '1',
      to: '2',
      site: { doc: 'sbom' },
    });
    const r = classifyDifference(
      d,
      classifier.tables[0],
      { scheme: 'test', stars: 1, registeredStars: 1 },
      [],
      'p',
    );
    expect(r).toMatchObject({
      classification: 'record',
      classId: 'unclassified',
      reason: 'not classified by the pack; recorded for audit',
    });
  });

  it('reports a when that fails on a real difference once, at the entry, and lets later entries decide', async () => {
    const { classifier } = load(entry('text', 'change.kind') + entry('fallback', 'true'));
    const f = fixture();
    f.filing.scheme = 'test';
    f.product.labels[0]!.scheme = 'test';
    f.product.firmware = { version: '2.1.1', image_sha256: 'd'.repeat(64) };
    f.product.model = 'AC-200 Pro';
    const r = detectChanges((await loadFixture(f)).product, classifier);
    expect(r.changes.map((c) => c.classId)).toEqual(['fallback', 'fallback']);
    const errors = r.findings.filter((x) => x.ruleId === 'change.classification-error');
    expect(errors).toMatchObject([{ severity: 'warning', file, line: 3 }]);
  });

  it('warns when no loaded table classifies the filing scheme, and still records every difference', async () => {
    const { classifier } = load(entry('a', 'true'));
    const f = fixture();
    f.product.firmware = { version: '2.1.1', image_sha256: 'd'.repeat(64) };
    const r = detectChanges((await loadFixture(f)).product, classifier);
    expect(r.changes).toMatchObject([{ classification: 'record', classId: 'unclassified' }]);
    expect(r.findings.map((x) => x.ruleId).sort()).toEqual([
      'change.no-classification',
      'change.unrecorded-record',
    ]);
  });
});

describe('the ETSI EN 303 645 change classification', () => {
  const etsi = () =>
    loadChangeClassifier([
      {
        file: 'rules/etsi-en-303-645/changes.yaml',
        text: readFileSync(changesYaml.replace('cn-ccl', 'etsi-en-303-645'), 'utf8'),
      },
      { file: 'rules/cn-ccl/changes.yaml', text: readFileSync(changesYaml, 'utf8') },
    ]);

  it('loads without problems and uses the same entry ids as CN-CCL, so one override serves both', () => {
    const { classifier, problems } = etsi();
    expect(problems).toEqual([]);
    const [e, c] = classifier.tables;
    expect(e!.scheme).toBe('etsi-en-303-645');
    expect(e!.entries.map((x) => x.id).sort()).toEqual(c!.entries.map((x) => x.id).sort());
  });

  it("classifies a product by its filing's scheme: a crypto major upgrade is material at level 1 under ETSI", async () => {
    const f = fixture();
    f.filing.scheme = 'etsi-en-303-645';
    f.product.labels = [{ scheme: 'etsi-en-303-645', stars: 1 }];
    f.filing.baseline!.stars = 1;
    f.filing.label!.stars = 1;
    bumpComponent(f.sbom, 'mbedtls', '4.0.0');
    const r = detectChanges((await loadFixture(f)).product, etsi().classifier);
    expect(r.changes).toMatchObject([{ classification: 'material', classId: 'crypto-library-major' }]);
  });
});
