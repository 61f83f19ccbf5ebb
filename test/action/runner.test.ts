/**
 * The runner emulation's own parsing: what the tests read back from a run must be read the way the
 * Actions runner reads it, or the end-to-end tests prove nothing.
 */
import { describe, expect, it } from 'vitest';
import { inputVariable, parseAnnotations, parseOutputFile } from '../support/runner.js';

describe('parseOutputFile', () => {
  it('reads heredoc blocks as core.setOutput writes them, multi-line values included', () => {
    const text = [
      'result<<ghadelimiter_1b2c',
      'fail',
      'ghadelimiter_1b2c',
      'products<<ghadelimiter_9f00',
      '[{"id":"a"},',
      '{"id":"b"}]',
      'ghadelimiter_9f00',
      '',
    ].join('\n');
    expect(parseOutputFile(text)).toEqual({ result: 'fail', products: '[{"id":"a"},\n{"id":"b"}]' });
  });

  it('reads plain name=value lines, keeping later = signs in the value', () => {
    expect(parseOutputFile('count=3\nquery=a=b\n')).toEqual({ count: '3', query: 'a=b' });
  });

  it('refuses a heredoc block without its closing delimiter', () => {
    expect(() => parseOutputFile('result<<EOF\nfail\n')).toThrow(/no closing delimiter EOF/);
  });
});

describe('parseAnnotations', () => {
  it('reads the level, the location properties and the message of each annotation command', () => {
    const stdout = [
      'labelguard: 1 product(s) judged',
      '::error title=labelguard change.unrecorded (blocking),file=products/a/product.yaml,line=12,col=7::a: service added',
      '::warning::labelguard did not update its pull-request comment',
      '::debug::not an annotation',
    ].join('\n');
    expect(parseAnnotations(stdout)).toEqual([
      {
        level: 'error',
        title: 'labelguard change.unrecorded (blocking)',
        file: 'products/a/product.yaml',
        line: 12,
        col: 7,
        message: 'a: service added',
      },
      { level: 'warning', message: 'labelguard did not update its pull-request comment' },
    ]);
  });

  it('undoes the escaping of messages and properties', () => {
    const stdout = '::notice title=a%3A b%2C c%25::line one%0Aline two: 100%25\n';
    expect(parseAnnotations(stdout)).toEqual([
      { level: 'notice', title: 'a: b, c%', message: 'line one\nline two: 100%' },
    ]);
  });
});

describe('inputVariable', () => {
  it('upper-cases the input name and keeps its hyphens, as the runner does', () => {
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputVariable('comment key')).toBe('INPUT_COMMENT_KEY');
  });
});
