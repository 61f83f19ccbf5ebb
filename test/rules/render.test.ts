import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRules, renderRulesDoc } from '../../src/rules/index.js';
import { loadBuiltin, repoRoot } from './support/packs.js';

const { packs } = loadBuiltin();
const cn = packs.filter((p) => p.name === 'cn-ccl');

describe('renderRules', () => {
  it('lists every rule with its level, severity, tier and sources as text', () => {
    const text = renderRules(cn, 'text');
    expect(text.split('\n')[0]).toBe(
      'cn-ccl  China Cybersecurity Label (网络安全标识): 52 rules (scheme cn-ccl; levels: ★ basic (基础级), ★★ enhanced (增强级), ★★★ leading (领先级))',
    );
    expect(text).toContain('  CCL-AUTH-001  ★    error    confirmed  No universal default password\n');
    expect(text).toContain('checks: security.authentication.default_credential_mode\n');
    expect(text).toContain(
      'source: ETSI EN 303 645, V2.1.1 (2020-06), 5.1-1 [confirmed] <https://www.etsi.org/deliver/etsi_en/303600_303699/303645/02.01.01_60/en_303645v020101p.pdf>',
    );
  });

  it('gives JSON with every rule, its condition and sources', () => {
    const json = JSON.parse(renderRules(packs, 'json')) as {
      packs: { name: string; rules: { id: string; condition: string; sources: unknown[] }[] }[];
    };
    expect(json.packs.map((p) => [p.name, p.rules.length])).toEqual([
      ['cn-ccl', 52],
      ['etsi-en-303-645', 27],
    ]);
    const auth = json.packs[0]!.rules.find((r) => r.id === 'CCL-AUTH-001')!;
    expect(auth.condition).toBe(
      'product.security.authentication.default_credential_mode in ["unique_per_device", "user_defined_at_setup"]',
    );
    expect(json.packs.every((p) => p.rules.every((r) => r.sources.length > 0))).toBe(true);
  });

  it('shows an overridden threshold value in JSON next to its default', () => {
    const strict = loadBuiltin({ thresholds: { password_min_length: 12 } }, ['cn-ccl']).packs;
    const json = JSON.parse(renderRules(strict, 'json')) as {
      packs: { thresholds: { name: string; default: unknown; value?: unknown }[] }[];
    };
    expect(json.packs[0]!.thresholds.find((t) => t.name === 'password_min_length')).toMatchObject({
      default: 8,
      value: 12,
    });
  });

  it('gives a Markdown table per pack with linked sources', () => {
    const md = renderRules(cn, 'markdown');
    expect(md.startsWith('## cn-ccl: China Cybersecurity Label (网络安全标识)\n\n| Rule | Level |')).toBe(
      true,
    );
    expect(md).toContain(
      '| CCL-PEN-001 | ★★★ | error | confirmed | Penetration test by a qualified third-party lab<br>由具备资质的第三方检测机构进行渗透测试 | `evidence.pentest_report` |',
    );
  });

  it('is the same text for the same packs', () => {
    expect(renderRules(packs, 'text')).toBe(renderRules(loadBuiltin().packs, 'text'));
  });
});

describe('docs/rules.md', () => {
  it('is up to date with the built-in packs (regenerate it with renderRulesDoc when this fails)', () => {
    const onDisk = readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8');
    expect(onDisk).toBe(renderRulesDoc(packs));
  });
});
