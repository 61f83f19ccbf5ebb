/**
 * What the code under test prints (a run of the built action, the action's `@actions/core` logging when
 * its modules run in the test process) stays out of the test log, and is printed for a test that fails.
 *
 * Output kept during a test is printed if that test fails. Output kept outside a test (a `beforeAll`, or
 * the top level of a file) belongs to the tests that follow it: it is printed, once, for the first of them
 * that fails. Importing this module registers a `beforeEach` hook in the importing test file (vitest
 * evaluates a file's imports anew for every file).
 */
import { beforeEach, onTestFailed, TestRunner } from 'vitest';

interface Kept {
  title: string;
  text: string;
}

/** Output kept outside a test since the last test started: the set-up of the tests to come. */
let setUp: Kept[] = [];
let testStartedSinceSetUp = false;

const print = (kept: Kept[]) => {
  for (const { title, text } of kept.splice(0)) console.log(`──── ${title} ────\n${text.trimEnd()}`);
};

beforeEach(() => {
  testStartedSinceSetUp = true;
  const ofSetUp = setUp;
  onTestFailed(() => print(ofSetUp));
});

/** Keep `text`, printed by `title`, until the test it belongs to is known to fail. */
export function showIfTestFails(title: string, text: string): void {
  if (text.trim() === '') return;
  if (TestRunner.getCurrentTest()) {
    const kept = [{ title, text }];
    onTestFailed(() => print(kept));
    return;
  }
  if (testStartedSinceSetUp) {
    setUp = [];
    testStartedSinceSetUp = false;
  }
  setUp.push({ title, text });
}

/** The buffers of the captures running now; runs may overlap (`Promise.all`), and each gets what was printed. */
const capturing = new Set<string[]>();
const { stdout, stderr } = process;
const printed = { stdout: stdout.write.bind(stdout), stderr: stderr.write.bind(stderr) };

function capture(chunk: string | Uint8Array, ...rest: unknown[]): boolean {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  for (const chunks of capturing) chunks.push(text);
  const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
  done?.();
  return true;
}

/**
 * Run `fn` with this process's standard output and error captured instead of printed (`@actions/core`
 * writes to them directly), and keep what it printed with {@link showIfTestFails}.
 */
export async function quietly<T>(title: string, fn: () => Promise<T>): Promise<T> {
  const chunks: string[] = [];
  if (capturing.size === 0) {
    stdout.write = capture;
    stderr.write = capture;
  }
  capturing.add(chunks);
  try {
    return await fn();
  } finally {
    capturing.delete(chunks);
    if (capturing.size === 0) {
      stdout.write = printed.stdout;
      stderr.write = printed.stderr;
    }
    showIfTestFails(title, chunks.join(''));
  }
}
