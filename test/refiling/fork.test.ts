import { describe, expect, test } from 'vitest';
import { forkArtifactName, forkRefilingComment, forkRefilingFiles } from '../../src/refiling/fork.js';
import { planRefiling } from '../../src/refiling/plan.js';
import { SETTINGS, needFor } from './support.js';

const plan = planRefiling(needFor(), { branch: 'main', sha: 'a'.repeat(40) }, SETTINGS);

describe('forkRefilingFiles', () => {
  test('lays the files out like the product folder under the given directory', () => {
    const out = forkRefilingFiles(plan, { directory: '/tmp/runner/labelguard-refiling/' });
    expect(out.artifactName).toBe('labelguard-refiling-cam-x1');
    expect(out.directory).toBe('/tmp/runner/labelguard-refiling');
    expect(out.files.map((f) => f.path)).toEqual(
      plan.files.map((f) => f.path.replace('products/cam-x1/', '/tmp/runner/labelguard-refiling/')),
    );
    expect(out.files.map((f) => f.content)).toEqual(plan.files.map((f) => f.content));
    expect(out.files.some((f) => f.path.endsWith('/filing.yaml'))).toBe(true);
  });

  test('refuses an empty directory', () => {
    expect(() => forkRefilingFiles(plan, { directory: '' })).toThrow(/Give a directory/);
  });
});

describe('forkRefilingComment', () => {
  test('says how to apply the artifact or regenerate the files locally', () => {
    const text = forkRefilingComment(plan, {
      artifactName: forkArtifactName('cam-x1'),
      runUrl: 'https://github.example/acme/widgets/actions/runs/42',
      runId: 42,
      repository: 'acme/widgets',
    });
    expect(text).toContain(
      '**labelguard-refiling-cam-x1** from [this workflow run](<https://github.example/acme/widgets/actions/runs/42>)',
    );
    expect(text).toContain('copy its contents into `products/cam-x1/`');
    expect(text).toContain(
      'gh run download 42 --repo acme/widgets --name labelguard-refiling-cam-x1 --dir products/cam-x1',
    );
    expect(text).toContain('run `labelguard evidence` in your checkout');
    expect(text).toContain('`filings/2026-11-26/`');
  });

  test('leaves out the download command when the run is unknown, and never links a non-https run page', () => {
    const text = forkRefilingComment(plan, {
      artifactName: 'labelguard-refiling-cam-x1',
      runUrl: 'javascript:alert(1)',
    });
    expect(text).not.toContain('gh run download');
    expect(text).not.toContain('](<javascript');
  });
});

describe('forkArtifactName', () => {
  test('replaces characters artifact names may not contain', () => {
    expect(forkArtifactName('cam:x1/a')).toBe('labelguard-refiling-cam-x1-a');
  });
});
