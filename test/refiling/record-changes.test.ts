import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  FilingUpdateError,
  changeLogEntries,
  recordChanges,
  type RecordChangesOptions,
} from '../../src/refiling/record-changes.js';
import type { ChangeSet } from '../../src/core/change.js';
import type { ChangeLogEntry } from '../../src/schemas/index.js';
import { assertValidFiling } from '../evidence/fixtures.js';
import { fixtureFilingText, laterChange, unrecordedChanges } from './support.js';

const options: RecordChangesOptions = {
  productId: 'cam-x1',
  scheme: 'cn-ccl',
  filingId: '2026-11-26',
  pullRequest: 7,
};

function changesOf(text: string): ChangeLogEntry[] {
  return (parse(text) as { changes: ChangeLogEntry[] }).changes;
}

describe('recordChanges', () => {
  test('appends one entry per change class and moves a granted filing to refiling-required', () => {
    const text = recordChanges(fixtureFilingText(), [...unrecordedChanges(), laterChange()], options);
    const filing: unknown = parse(text);
    assertValidFiling(filing);
    expect(filing).toMatchObject({ status: 'refiling-required', status_since: '2026-11-26' });
    expect(filing.changes?.slice(1)).toEqual([
      {
        id: 'CHG-2026-11-26-1',
        summary:
          'The firmware adds a network service (rtsp on port 554) — firmware 2.3.1 → 2.4.0; rtsp added (tcp/554)',
        fingerprints: ['fw:89abcdef01234567', 'svc:fedcba9876543210'],
        classification: 'material',
        status: 'refiling-required',
        date: '2026-11-26',
        pull_request: 7,
      },
      {
        id: 'CHG-2026-11-26-2',
        summary: 'Ordinary library bump without open vulnerabilities — busybox 1.36.0 → 1.36.1',
        fingerprints: ['sbom:aaaabbbbccccdddd'],
        classification: 'record',
        status: 'recorded',
        date: '2026-11-26',
        pull_request: 7,
      },
    ]);
  });

  test('keeps every byte of the file outside the status, its date and the appended entries', () => {
    const before = fixtureFilingText();
    const after = recordChanges(before, unrecordedChanges(), options);
    const expected = before
      .replace('status: granted            # set by', 'status: refiling-required            # set by')
      .replace('status_since: 2026-07-15', 'status_since: 2026-11-26');
    const inserted = [
      '  - id: CHG-2026-11-26-1',
      '    summary: The firmware adds a network service (rtsp on port 554) — firmware 2.3.1 → 2.4.0; rtsp added (tcp/554)',
      '    fingerprints:',
      '      - fw:89abcdef01234567',
      '      - svc:fedcba9876543210',
      '    classification: material',
      '    status: refiling-required',
      '    date: 2026-11-26',
      '    pull_request: 7',
      '',
    ].join('\n');
    // The new entries follow the last entry; a comment that closes the list stays below them.
    const at = expected.indexOf('  # End of the hand-written log.');
    expect(after).toBe(`${expected.slice(0, at)}${inserted}${expected.slice(at)}`);
  });

  test('recording the same changes twice gives the same text', () => {
    const once = recordChanges(fixtureFilingText(), unrecordedChanges(), options);
    const twice = recordChanges(once, unrecordedChanges(), { ...options, filingId: '2026-12-24' });
    expect(twice).toBe(once);
  });

  test('a record-class change alone leaves the filing status as it is', () => {
    const text = recordChanges(fixtureFilingText(), [laterChange()], options);
    expect(parse(text)).toMatchObject({ status: 'granted', status_since: '2026-07-15' });
    expect(changesOf(text)).toHaveLength(2);
  });

  test('a filing already waiting for refiling keeps the date it has waited since', () => {
    const waiting = fixtureFilingText().replace('status: granted', 'status: refiling-required');
    const text = recordChanges(waiting, unrecordedChanges(), options);
    expect(parse(text)).toMatchObject({ status: 'refiling-required', status_since: '2026-07-15' });
  });

  test('changes already listed in the change log add nothing', () => {
    const recorded = unrecordedChanges().map((c) => ({ ...c, recorded: false }));
    const once = recordChanges(fixtureFilingText(), recorded, options);
    expect(recordChanges(once, [...recorded, ...recorded], options)).toBe(once);
  });

  test('numbers new entries after the ones already used for the same filing id', () => {
    const first = recordChanges(fixtureFilingText(), unrecordedChanges(), options);
    const second = recordChanges(first, [laterChange()], options);
    expect(changesOf(second).map((e) => e.id)).toEqual([
      'CHG-2026-007',
      'CHG-2026-11-26-1',
      'CHG-2026-11-26-2',
    ]);
  });

  test('starts a not-filed record when the product has no filing.yaml', () => {
    const text = recordChanges(undefined, unrecordedChanges(), options);
    const filing: unknown = parse(text);
    assertValidFiling(filing);
    expect(filing).toMatchObject({ product: 'cam-x1', scheme: 'cn-ccl', status: 'not-filed' });
    expect(filing.changes).toHaveLength(1);
    expect(text).toMatch(/^# Filing record of cam-x1/);
  });

  test('adds status_since after the status line when the file has none', () => {
    const text = recordChanges(
      'scheme: cn-ccl\nstatus: granted # ok\nfiled_at: 2026-01-02\n',
      unrecordedChanges(),
      options,
    );
    expect(text.split('\n').slice(0, 4)).toEqual([
      'scheme: cn-ccl',
      'status: refiling-required # ok',
      'status_since: 2026-11-26',
      'filed_at: 2026-01-02',
    ]);
  });

  test('adds a change log to a file that has none, and one to a file without a final line break', () => {
    const text = recordChanges('scheme: cn-ccl\nstatus: granted', unrecordedChanges(), options);
    expect(text).toMatch(
      /^scheme: cn-ccl\nstatus: refiling-required\nstatus_since: 2026-11-26\nchanges:\n {2}- id: CHG-2026-11-26-1\n/,
    );
    assertValidFiling(parse(text));
  });

  test('turns an empty flow list into a block list and keeps its comment', () => {
    const text = recordChanges(
      'scheme: cn-ccl\nstatus: granted\nchanges: []   # none yet\n',
      [laterChange()],
      options,
    );
    expect(text).toMatch(
      /^scheme: cn-ccl\nstatus: granted\nchanges: {4}# none yet\n {2}- id: CHG-2026-11-26-1\n/,
    );
  });

  test('keeps Windows line endings', () => {
    const text = recordChanges(
      'scheme: cn-ccl\r\nstatus: granted\r\nchanges:\r\n  - id: A\r\n    summary: s\r\n    fingerprints: [hw:0000000000000000]\r\n    classification: record\r\n    status: recorded\r\n',
      unrecordedChanges(),
      options,
    );
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(changesOf(text).map((e) => e.id)).toEqual(['A', 'CHG-2026-11-26-1']);
  });

  test('reports invalid YAML with the file and line', () => {
    const call = () =>
      recordChanges('scheme: cn-ccl\nstatus: granted\nchanges:\n  - id: [unclosed\n', unrecordedChanges(), {
        ...options,
        fileName: 'products/cam-x1/filing.yaml',
      });
    expect(call).toThrow(FilingUpdateError);
    expect(call).toThrow(/^products\/cam-x1\/filing\.yaml:\d+: is not valid YAML/);
  });

  test('refuses a change log that is not a list', () => {
    expect(() =>
      recordChanges('scheme: cn-ccl\nstatus: granted\nchanges: none\n', unrecordedChanges(), options),
    ).toThrow(/filing\.yaml:3: `changes` is not a list/);
  });

  test('dates the entries with the date option when the filing id is not a date', () => {
    const entries = changeLogEntries([], unrecordedChanges(), {
      ...options,
      filingId: 'refile-a',
      date: '2026-12-01',
    });
    expect(entries[0]).toMatchObject({ id: 'CHG-refile-a-1', date: '2026-12-01' });
    expect(() => changeLogEntries([], unrecordedChanges(), { ...options, date: '2026-02-30' })).toThrow(
      /not a calendar date/,
    );
  });

  test('writes hostile text from the change data as plain YAML values', () => {
    const hostile = laterChange({ subject: 'evil\n- id: INJECTED\n# x', to: '"quoted": yes' });
    const text = recordChanges(fixtureFilingText(), [hostile], options);
    const entries = changesOf(text);
    expect(entries.map((e) => e.id)).toEqual(['CHG-2026-007', 'CHG-2026-11-26-1']);
    expect(entries[1]?.summary).toContain('evil - id: INJECTED # x 1.36.0 → "quoted": yes');
  });
});

describe('change sets in the change log', () => {
  const [fw, svc] = unrecordedChanges();
  const later = laterChange();
  const set: ChangeSet = {
    id: svc!.fingerprint,
    title: 'rtsp added: service rtsp:554; with firmware 2.4.0',
    groupId: 'component-with-services',
    classification: 'material',
    classId: svc!.classId,
    reason: svc!.reason,
    recorded: false,
    fingerprints: [svc!.fingerprint, fw!.fingerprint],
    unrecorded: [svc!.fingerprint, fw!.fingerprint],
    pending: 'material',
    suggestedId: 'CHG-2026-015',
  };

  test('writes one entry per change set, its title the summary, its members in the set order', () => {
    const entries = changeLogEntries([], [fw!, svc!, later], { ...options, sets: [set] });
    expect(entries.map((e) => [e.id, e.summary, e.fingerprints, e.classification])).toEqual([
      ['CHG-2026-11-26-1', set.title, [svc!.fingerprint, fw!.fingerprint], 'material'],
      ['CHG-2026-11-26-2', expect.any(String), [later.fingerprint], 'record'],
    ]);
  });

  test('names entries by the ids the check suggested, and merges them under one summary when asked', () => {
    const entries = changeLogEntries([], [fw!, svc!], { ...options, sets: [set], suggestedIds: true });
    expect(entries.map((e) => e.id)).toEqual(['CHG-2026-015']);
    const merged = changeLogEntries([], [fw!, svc!, later], { ...options, sets: [set], summary: 'RTSP 2.4' });
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ summary: 'RTSP 2.4', classification: 'material' });
    expect(merged[0]!.fingerprints).toEqual([svc!.fingerprint, fw!.fingerprint, later.fingerprint]);
  });
});
