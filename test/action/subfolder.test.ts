/**
 * The built action on pull requests to a repository whose compliance data lives in a folder (`path`
 * input), beside the product's own code: the base is listed from that folder, with paths relative to it,
 * as the checkout is read, and a change outside it touches no product.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { LoopbackGitHub } from '../support/loopback-github.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import {
  camerasSeed,
  COMMENT_ONLY,
  describeRun,
  exampleFiles,
  makeChangeRepo,
  openPullRequest,
  removeTemps,
  runOnPullRequest,
  type TreeChange,
} from './support.js';

afterAll(removeTemps);

const folder = 'compliance';
const P340W = 'products/avc-p340w/product.yaml';

/** The example repository moved into `compliance/`, with firmware sources at the top. */
function monorepo(): TreeChange {
  const files = exampleFiles();
  const moved: TreeChange = { 'firmware/main.c': 'int main(void) { return 0; }\n' };
  for (const [path, text] of Object.entries(files)) {
    moved[path] = null;
    moved[`${folder}/${path}`] = text;
  }
  return moved;
}

async function run(gh: LoopbackGitHub, change: TreeChange) {
  const repo = makeChangeRepo(change, 'Change the cameras', monorepo());
  const number = openPullRequest(gh, repo);
  return runOnPullRequest(gh, repo, number, {
    workspace: repo.dir,
    inputs: { ...COMMENT_ONLY, path: folder },
  });
}

describe('a pull request to a repository whose compliance data is in a folder', () => {
  const gh = useLoopbackGitHub({ seed: camerasSeed, per: 'test' });

  it('judges the product whose folder it changes, and only that one', async () => {
    const text = exampleFiles()[P340W] ?? '';
    const result = await run(gh, { [`${folder}/${P340W}`]: `${text}# Reviewed on 2026-07-30.\n` });
    expect(result.code, describeRun(result)).toBe(0);
    expect(JSON.parse(result.outputs.products ?? '')).toEqual([
      // The output names products by their path in the compliance folder.
      { id: 'avc-p340w', path: 'products/avc-p340w', verdict: 'pass' },
    ]);
  });

  it('judges nothing when it changes only code outside the folder', async () => {
    const result = await run(gh, { 'firmware/main.c': 'int main(void) { return 1; }\n' });
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', 'blocking-count': '0' });
    expect(JSON.parse(result.outputs.products ?? '')).toEqual([]);
  });

  it('judges nothing when it changes a file of the folder outside every product', async () => {
    const result = await run(gh, { [`${folder}/README.md`]: '# Acme Vision compliance\n' });
    expect(result.code, describeRun(result)).toBe(0);
    expect(JSON.parse(result.outputs.products ?? '')).toEqual([]);
  });
});
