import { describe, expect, test } from 'vitest';
import {
  REGENERATE_END,
  REGENERATE_START,
  parseRegenerationRequests,
  regenerateLine,
  renderDashboard,
} from '../../src/dashboard/index.js';
import { exampleDir, statusOf } from '../status/support.js';

const example = await statusOf(exampleDir, '2026-11-26');
const rendered = renderDashboard(example.rows, { title: 'Dashboard', now: example.now });

/** Tick a box the way GitHub does: `[ ]` becomes `[x]` on that line, nothing else changes. */
const tick = (body: string, id: string) => body.replace(regenerateLine(id), regenerateLine(id, true));

describe('parseRegenerationRequests', () => {
  test('returns the product whose box was ticked in the rendered dashboard', () => {
    expect(parseRegenerationRequests(tick(rendered, 'avd-d500'))).toEqual(['avd-d500']);
  });

  test('returns every ticked product, sorted', () => {
    expect(parseRegenerationRequests(tick(tick(rendered, 'avd-d500'), 'avc-c120w'))).toEqual([
      'avc-c120w',
      'avd-d500',
    ]);
  });

  test('accepts an upper-case X and the CRLF line ends GitHub returns', () => {
    const body = rendered
      .replace(regenerateLine('avc-p340w'), regenerateLine('avc-p340w').replace('[ ]', '[X]'))
      .replace(/\n/g, '\r\n');
    expect(parseRegenerationRequests(body)).toEqual(['avc-p340w']);
  });

  test('ignores a ticked box a person added outside labelguard’s list', () => {
    const body = `${rendered}\n\n${regenerateLine('avc-p340w', true)}\n`;
    expect(parseRegenerationRequests(body)).toEqual([]);
  });

  test('ignores a line inside the list that is not exactly what labelguard renders', () => {
    const body = rendered.replace(
      REGENERATE_END,
      `- [x] Regenerate the evidence of \`avc-p340w\` please <!-- labelguard:regenerate product=avc-p340w -->\n- [x] regenerate avd-d500\n${REGENERATE_END}`,
    );
    expect(parseRegenerationRequests(body)).toEqual([]);
  });

  test('ignores a product whose box appears twice', () => {
    const body = tick(rendered, 'avd-d500').replace(
      REGENERATE_END,
      `${regenerateLine('avd-d500', true)}\n${REGENERATE_END}`,
    );
    expect(parseRegenerationRequests(body)).toEqual([]);
  });

  test('without the body before the edit, counts a box in labelguard’s exact format inside the list', () => {
    const body = rendered.replace(REGENERATE_END, `${regenerateLine('cam-z9', true)}\n${REGENERATE_END}`);
    expect(parseRegenerationRequests(body)).toEqual(['cam-z9']);
  });

  test('ignores a body without labelguard’s list', () => {
    expect(parseRegenerationRequests(`${REGENERATE_START}\n- [x] anything\n`)).toEqual([]);
    expect(parseRegenerationRequests('')).toEqual([]);
  });

  describe('with the body before the edit', () => {
    test('counts a box that went from unticked to ticked', () => {
      expect(parseRegenerationRequests(tick(rendered, 'avd-d500'), rendered)).toEqual(['avd-d500']);
    });

    test('does not count a box that was already ticked before the edit', () => {
      const before = tick(rendered, 'avd-d500');
      expect(parseRegenerationRequests(tick(before, 'avc-c120w'), before)).toEqual(['avc-c120w']);
    });

    test('does not count a box in labelguard’s exact format that a person added to the list', () => {
      const body = rendered.replace(REGENERATE_END, `${regenerateLine('cam-z9', true)}\n${REGENERATE_END}`);
      expect(parseRegenerationRequests(body, rendered)).toEqual([]);
    });

    test('finds nothing when labelguard rewrites the body with every box unticked again', () => {
      expect(parseRegenerationRequests(rendered, tick(rendered, 'avd-d500'))).toEqual([]);
    });
  });
});

describe('regenerateLine', () => {
  test('refuses a product id that could break out of the hidden comment', () => {
    expect(() => regenerateLine('x --> <b>')).toThrow("'x --> <b>' is not a product id");
  });
});
