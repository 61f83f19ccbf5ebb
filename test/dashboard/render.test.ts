import { describe, expect, test } from 'vitest';
import {
  DASHBOARD_MAX_CHARS,
  parseRegenerationRequests,
  regenerateBoxes,
  renderDashboard,
} from '../../src/dashboard/index.js';
import { renderIssueBody } from '../../src/github/issues.js';
import { MAX_BODY_CHARS } from '../../src/markdown/limits.js';
import { compareRows, type StatusRow, type Urgency } from '../../src/status/index.js';
import { cameraRepo, exampleDir, statusOf } from '../status/support.js';

const example = await statusOf(exampleDir, '2026-11-26');
const repoUrl = 'https://github.com/acme-vision/cameras';
const options = { title: 'Cybersecurity label dashboard', now: example.now, repoUrl };

/** The text of one group: from its heading to the next group's heading. */
function section(body: string, heading: string): string {
  const start = body.indexOf(heading);
  if (start < 0) throw new Error(`no ${heading}`);
  const next = body.slice(start + heading.length).search(/\n(### |<details>)/);
  return next < 0 ? body.slice(start) : body.slice(start, start + heading.length + next);
}

/** Many rows with long reasons, a tenth of them needing action: a large organisation's dashboard. */
function manyRows(n: number): StatusRow[] {
  const rows: StatusRow[] = [];
  for (let i = 0; i < n; i++) {
    const urgency: Urgency = i % 10 === 0 ? 'action-needed' : i % 10 === 1 ? 'pending' : 'healthy';
    const id = `camera-${String(i).padStart(5, '0')}`;
    rows.push({
      product: id,
      path: `products/${id}`,
      model: `AVC-${i}`,
      scheme: 'cn-ccl',
      targetStars: 2,
      registeredStars: 2,
      filingStatus: 'granted',
      statusSince: '2026-07-27',
      filingCode: `CCL-C-2026-440300-${String(i).padStart(5, '0')}`,
      validUntil: '2027-01-25',
      supportEnd: '2030-12-31',
      testReport: { date: '2026-06-30', ageDays: 149, maxAgeMonths: 24 },
      openChanges: { recorded: 0, unrecorded: urgency === 'action-needed' ? 3 : 0 },
      nextDeadline: {
        kind: 'label-renewal',
        date: '2026-10-27',
        daysLeft: -30,
        due: true,
        description: 'renew',
      },
      deadlines: [],
      urgency,
      reasons:
        urgency === 'healthy'
          ? []
          : [
              'the label expires on 2027-01-25, within the 90-day renewal window: renew it',
              'CCL-CRY-004: The product ships cryptography that is out of support or broken: openssl 3.0.16',
            ],
      findings: { errors: 1, warnings: 1, blocking: 0 },
    });
  }
  return rows.sort(compareRows);
}

describe('renderDashboard on the example repository', () => {
  const body = renderDashboard(example.rows, options);

  test('puts avc-p340w, whose label expires inside the renewal window, under action needed', () => {
    const action = section(body, '### 🔴 Action needed (4)');
    expect(action).toContain(`| [\`avc-p340w\`](<${repoUrl}/tree/HEAD/products/avc-p340w>) | \`cn-ccl\` |`);
    expect(action).toContain('**2026-10-27** label renewal (due, 30 days ago)');
    expect(section(body, '<details><summary><b>🟢 Healthy (2)</b></summary>')).toContain(
      '| [`avc-p340w`](<https://github.com/acme-vision/cameras/tree/HEAD/products/avc-p340w>) | `etsi-en-303-645` |',
    );
  });

  test('has the title, the date and the count of each group at the top', () => {
    expect(body.split('\n\n').slice(0, 2)).toEqual([
      '## Cybersecurity label dashboard',
      'As of 2026-11-26: 3 products, 6 labels — **4 action needed**, 0 pending, 2 healthy.',
    ]);
  });

  test("links each filing status to the product's filing.yaml", () => {
    expect(body).toContain(
      `[granted](<${repoUrl}/blob/HEAD/products/avc-p340w/filing.yaml>) since 2026-07-27`,
    );
  });

  test('links a refiling pull request from the row of the filed scheme only', () => {
    const url = `${repoUrl}/pull/12`;
    const withPr = renderDashboard(example.rows, {
      ...options,
      refilingPrs: [{ productId: 'avc-c120w', number: 12, url }],
    });
    const rows = withPr.split('\n').filter((l) => l.startsWith('| [`avc-c120w`]'));
    expect(rows.map((l) => l.includes(`[#12](<${url}>)`))).toEqual([true, false]);
  });

  test('renders one unticked regenerate box per product, those needing action first', () => {
    expect([...regenerateBoxes(body)]).toEqual([
      ['avc-p340w', false],
      ['avd-d500', false],
      ['avc-c120w', false],
    ]);
    expect(parseRegenerationRequests(body)).toEqual([]);
  });

  test('links nothing when the repository URL is not https', () => {
    const plain = renderDashboard(example.rows, { ...options, repoUrl: 'javascript:alert(1)' });
    expect(plain).not.toContain('](<');
    expect(plain).toContain('| `avc-p340w` | `cn-ccl` |');
  });

  test('is the same text for the same rows', () => {
    expect(renderDashboard([...example.rows], options)).toBe(body);
  });
});

describe('renderDashboard on generated repositories', () => {
  test('shows a pending refiling under pending and a healthy label folded away', async () => {
    const repo = cameraRepo({
      'cam-a': {},
      'cam-b': { filing: { status: 'refiling-submitted', status_since: '2026-07-30' } },
    });
    try {
      const status = await statusOf(repo.dir, '2026-08-01');
      const body = renderDashboard(status.rows, options);
      expect(section(body, '### 🔴 Action needed (0)')).toContain('Nothing here.');
      expect(section(body, '### 🟡 Pending (1)')).toContain(
        'refiling submitted on 2026-07-30: waiting for the filing agency',
      );
      expect(section(body, '<details><summary><b>🟢 Healthy (3)</b></summary>')).toContain('`cam-a`');
    } finally {
      repo.cleanup();
    }
  });

  test('escapes hostile text from the repository', () => {
    const [row] = manyRows(1);
    const body = renderDashboard(
      [{ ...row!, reasons: ['@acme/all <script>x</script> #1 www.evil.example'] }],
      options,
    );
    expect(body).toContain('@\u200Bacme/all &lt;script&gt;x&lt;/script&gt; #\u200B1 www\u200B.evil.example');
  });

  test.each([3_000, 20_000])(
    'stays within GitHub’s body limit for %i labels and keeps every action-needed row',
    (n) => {
      const rows = manyRows(n);
      const body = renderDashboard(rows, options);
      expect(body.length).toBeLessThanOrEqual(DASHBOARD_MAX_CHARS);
      expect(renderIssueBody('dashboard', body).length).toBeLessThanOrEqual(MAX_BODY_CHARS);
      const action = rows.filter((r) => r.urgency === 'action-needed');
      expect(action.filter((r) => !body.includes(`\`${r.product}\``))).toEqual([]);
      expect(body).toContain("Not listed here, to keep this issue within GitHub's size limit.");
    },
  );

  test('leaves out the boxes of healthy products before any row', () => {
    const rows = manyRows(500);
    const full = renderDashboard(rows, { ...options, maxChars: 10_000_000 });
    const smaller = renderDashboard(rows, { ...options, maxChars: full.length - 1 });
    const boxes = regenerateBoxes(smaller).size;
    expect(boxes).toBeLessThan(500);
    expect(smaller).toContain(`${500 - boxes} more products have no box here`);
    expect(smaller).toContain('<details><summary><b>🟢 Healthy (400)</b></summary>');
  });

  test('folds healthy rows into a count next, keeping action-needed rows in full', () => {
    const rows = manyRows(500);
    const full = renderDashboard(rows, { ...options, maxChars: 10_000_000 });
    const budget = Math.floor(full.length * 0.6);
    const smaller = renderDashboard(rows, { ...options, maxChars: budget });
    expect(smaller.length).toBeLessThanOrEqual(budget);
    expect(section(smaller, '### 🟢 Healthy (400)')).toContain('Not listed here');
    expect(section(smaller, '### 🔴 Action needed (50)')).toContain('| Test report | Pentest |');
  });

  test('says how many action-needed rows it left out when not even their ids fit', () => {
    const rows = manyRows(6_000).map((r) => ({ ...r, urgency: 'action-needed' as const }));
    const body = renderDashboard(rows, options);
    expect(body.length).toBeLessThanOrEqual(DASHBOARD_MAX_CHARS);
    const shown = body.split('\n').filter((l) => l.startsWith('- `camera-')).length;
    expect(shown).toBeGreaterThan(0);
    expect(body).toContain(
      `… and ${6_000 - shown} more rows that need action: run \`labelguard status\` to see them all.`,
    );
  });

  test('gives boxes to the products needing action first when not every box fits', () => {
    const rows = manyRows(3_000);
    const boxes = regenerateBoxes(renderDashboard(rows, options));
    const action = rows.filter((r) => r.urgency === 'action-needed').map((r) => r.product);
    expect(action.every((id) => boxes.has(id))).toBe(true);
  });
});
