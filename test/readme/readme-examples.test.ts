/**
 * docs/example-pull-request.md ("What a pull request shows") and docs/example-label.png are generated
 * (scripts/readme-examples.ts): these tests fail when either is stale, and pin down how the generator edits
 * the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visiblePart } from '../report/visible.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  exampleLabelPath,
  examplePullRequest,
  examplesPath,
  renderExamples,
  spliceReadme,
  type GeneratedExamples,
  type ReadmeExamples,
} from '../../scripts/readme-examples.js';
import { repoRoot } from '../support/dist.js';

let generated: GeneratedExamples;
let examples: ReadmeExamples;
beforeAll(async () => {
  generated = await renderExamples();
  examples = generated.sections;
});

describe('docs/example-pull-request.md', () => {
  it('holds the current pull-request comment, job summary and refiling pull request (else run `npx tsx scripts/readme-examples.ts`)', () => {
    const readme = readFileSync(examplesPath, 'utf8');
    expect(readme).toContain('<!-- generated:pr-comment:start -->');
    expect(readme).toContain('<!-- generated:job-summary:start -->');
    expect(readme).toContain('<!-- generated:refiling-pr:start -->');
    expect(spliceReadme(readme, examples)).toBe(readme);
  });

  it('shows the label.png the refiling pull request commits, as docs/example-label.png holds it byte for byte (else run `npx tsx scripts/readme-examples.ts`)', () => {
    expect(examples['refiling-pr']).toContain('](example-label.png)');
    expect(generated.labelPng.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readFileSync(exampleLabelPath).equals(generated.labelPng)).toBe(true);
  });
});

describe('README.md', () => {
  it('shows the example label artwork', () => {
    expect(readFileSync(join(repoRoot, 'README.md'), 'utf8')).toContain('](docs/example-label.png)');
  });
});

describe('the generated examples', () => {
  it('show the camera whose unrecorded ONVIF change the pull request makes, failing', () => {
    expect(examplePullRequest.changed.every((p) => p.startsWith('products/avc-c120w/'))).toBe(true);
    for (const text of [examples['pr-comment'], examples['job-summary']]) {
      expect(text).toMatch(/❌ labelguard/);
      expect(text).toContain('`avc-c120w`');
      // One change set for the ONVIF addition, on the first screen, with its members folded.
      expect(text).toContain('acme-onvifd 1.0.0 added: services onvif:80, ws-discovery:3702');
      expect(text).toContain('(7 differences) — **material, not recorded**');
      expect(text).toContain('| `service.added` onvif:80 |');
      expect(visiblePart(text).length).toBeLessThan(4000);
      // Only the product the pull request touches is judged.
      expect(text).not.toContain('avc-p340w');
      expect(text).not.toContain('avd-d500');
    }
  });

  it('are the comment and the summary, not the same text twice', () => {
    expect(examples['pr-comment']).toMatch(/^### /);
    expect(examples['job-summary']).toMatch(/^## /);
  });

  it('come out the same on every run, the label image byte for byte', async () => {
    const again = await renderExamples();
    expect(again.sections).toEqual(examples);
    expect(again.labelPng.equals(generated.labelPng)).toBe(true);
  });
});

describe('spliceReadme', () => {
  const gen: Partial<ReadmeExamples> = { 'pr-comment': 'COMMENT', 'job-summary': 'SUMMARY' };
  const marked = [
    '# Title',
    '',
    '## What a pull request shows',
    '',
    '<!-- generated:pr-comment:start -->',
    'old comment',
    '<!-- generated:pr-comment:end -->',
    '',
    'Text between, kept.',
    '',
    '<!-- generated:job-summary:start -->',
    '<!-- generated:job-summary:end -->',
    '',
    '## After',
    '',
  ].join('\n');

  it('replaces only what lies between each pair of markers', () => {
    const out = spliceReadme(marked, gen);
    expect(out).toBe(
      marked
        .replace('old comment', '\nCOMMENT\n')
        .replace(
          '<!-- generated:job-summary:start -->\n',
          '<!-- generated:job-summary:start -->\n\nSUMMARY\n\n',
        ),
    );
  });

  it('leaves an up-to-date page unchanged', () => {
    const once = spliceReadme(marked, gen);
    expect(spliceReadme(once, gen)).toBe(once);
  });

  it('appends a "What a pull request shows" section when the page has no markers', () => {
    const out = spliceReadme('# Title\n\nSome text.\n', gen);
    expect(out.startsWith('# Title\n\nSome text.\n\n## What a pull request shows\n')).toBe(true);
    expect(out).toContain(
      '<!-- generated:pr-comment:start -->\n\nCOMMENT\n\n<!-- generated:pr-comment:end -->',
    );
    expect(out).toContain(
      '<!-- generated:job-summary:start -->\n\nSUMMARY\n\n<!-- generated:job-summary:end -->',
    );
  });

  it('refuses a page with a start marker but no end marker', () => {
    const broken = marked.replace('<!-- generated:pr-comment:end -->', '');
    expect(() => spliceReadme(broken, gen)).toThrow(/exactly one <!-- generated:pr-comment:start -->/);
  });

  it('refuses a page with a section generated twice', () => {
    const twice = `${marked}\n<!-- generated:job-summary:start -->\n<!-- generated:job-summary:end -->\n`;
    expect(() => spliceReadme(twice, gen)).toThrow(/generated:job-summary:start/);
  });
});
