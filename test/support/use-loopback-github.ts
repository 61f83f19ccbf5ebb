/**
 * The loopback GitHub's life cycle in a test file, written once: start it before the test (or the suite),
 * close it afterwards, and fail the test when the server received a request it could not serve (an unknown
 * route, an invalid body: `failures`). `useLoopbackGitHub` starts the server itself; `useLoopbackServers`
 * is for tests that start theirs with a seed they make.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import {
  defaultSeed,
  startLoopbackGitHub,
  type LoopbackGitHub,
  type LoopbackSeed,
} from './loopback-github.js';

export interface UseLoopbackGitHubOptions {
  /** Makes the seed of each server (default `defaultSeed`). */
  seed?: () => LoopbackSeed;
  /**
   * `test` (default): a fresh server for every test. `suite`: one server for the enclosing `describe`
   * (or the file), for suites whose `beforeAll` runs the scenario once and whose tests only look at it.
   */
  per?: 'test' | 'suite';
  /** Fail on requests the server could not serve (default true; off only where a test asserts them). */
  assertServed?: boolean;
}

/** Close the servers and check that each served every request it received. */
async function closeAll(servers: LoopbackGitHub[], assertServed: boolean): Promise<void> {
  const closing = servers.splice(0);
  await Promise.all(closing.map((server) => server.close()));
  if (assertServed)
    expect(
      closing.flatMap((server) => server.failures),
      'requests the loopback GitHub could not serve',
    ).toEqual([]);
}

/**
 * A loopback GitHub for every test (or suite) of the enclosing block. Call it at the top of the file or of
 * a `describe`, before the block's own `beforeEach`/`beforeAll` (hooks run in the order they are declared,
 * so those already see the server). Returns a handle that always speaks to the current server.
 */
export function useLoopbackGitHub(options: UseLoopbackGitHubOptions = {}): LoopbackGitHub {
  const [before, after] = options.per === 'suite' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  const running: LoopbackGitHub[] = [];
  before(async () => {
    running.push(await startLoopbackGitHub((options.seed ?? defaultSeed)()));
  });
  after(() => closeAll(running, options.assertServed ?? true));
  const current = (): LoopbackGitHub => {
    const server = running[0];
    if (!server) throw new Error('the loopback GitHub runs only inside the tests of the block that uses it');
    return server;
  };
  return {
    get url() {
      return current().url;
    },
    get state() {
      return current().state;
    },
    get requests() {
      return current().requests;
    },
    get failures() {
      return current().failures;
    },
    fault: (route, spec) => current().fault(route, spec),
    writes: () => current().writes(),
    // The hook closes it; a second close would fail there instead of here.
    close: () => Promise.reject(new Error('useLoopbackGitHub closes the server after the test')),
  };
}

/**
 * For tests that start their own servers, each with a seed made in the test: the function returned starts
 * one, and every server a test started is closed and checked after that test.
 */
export function useLoopbackServers(): (seed?: LoopbackSeed) => Promise<LoopbackGitHub> {
  const started: LoopbackGitHub[] = [];
  afterEach(() => closeAll(started, true));
  return async (seed = defaultSeed()) => {
    const server = await startLoopbackGitHub(seed);
    started.push(server);
    return server;
  };
}
