import * as core from '#actions-core';
import { UsageError } from '../core/errors.js';
import { parseShard, type Shard } from '../core/shard.js';
import { type FailOn, failOnLevels } from '../schemas/index.js';
import type { PushGate } from './push-gate.js';

/** Every action input, read once and typed (documented in action.yml). */
export interface ActionInputs {
  token: string;
  /** The compliance repository inside the workspace ('' = the workspace itself). */
  path: string;
  configPath?: string;
  failOn?: FailOn;
  warnOnly?: boolean;
  /** Only these product ids. */
  products?: string[];
  now?: string;
  comment: boolean;
  commentKey: string;
  refiling: 'auto' | 'true' | 'false';
  dashboard: boolean;
  shard?: Shard;
  sarifFile?: string;
  reportFile?: string;
  appSlug?: string;
  /** What fails a push to the default branch: the products it touched, or every product. */
  pushGate: PushGate;
}

const booleanInput = (name: string, fallback: boolean): boolean => {
  const raw = core.getInput(name);
  if (raw === '') return fallback;
  if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  throw new UsageError(`input ${name} must be true or false, got '${raw}'`);
};

/** Read and validate the action's inputs (`with:` values arrive as INPUT_* variables). */
export function readActionInputs(): ActionInputs {
  const failOn = core.getInput('fail-on');
  if (failOn && !(failOnLevels as readonly string[]).includes(failOn)) {
    throw new UsageError(`input fail-on must be one of ${failOnLevels.join(', ')}, got '${failOn}'`);
  }
  const refiling = core.getInput('refiling') || 'auto';
  if (!['auto', 'true', 'false'].includes(refiling)) {
    throw new UsageError(`input refiling must be auto, true or false, got '${refiling}'`);
  }
  const pushGate = core.getInput('push-gate') || 'changed';
  if (pushGate !== 'changed' && pushGate !== 'all') {
    throw new UsageError(`input push-gate must be changed or all, got '${pushGate}'`);
  }
  const now = core.getInput('now');
  if (now && !/^\d{4}-\d{2}-\d{2}$/.test(now))
    throw new UsageError(`input now must be YYYY-MM-DD, got '${now}'`);
  const products = core
    .getInput('products')
    .split(/[\s,]+/)
    .filter((p) => p !== '');
  const opt = (name: string) => core.getInput(name) || undefined;
  const config = opt('config');
  const shard = opt('shard');
  const sarifFile = opt('sarif-file');
  const reportFile = opt('report-file');
  const appSlug = opt('app-slug');
  return {
    token: core.getInput('token'),
    pushGate,
    path: core.getInput('path'),
    ...(config ? { configPath: config } : {}),
    ...(failOn ? { failOn: failOn as FailOn } : {}),
    ...(core.getInput('warn-only') ? { warnOnly: booleanInput('warn-only', false) } : {}),
    ...(products.length > 0 ? { products } : {}),
    ...(now ? { now } : {}),
    comment: booleanInput('comment', true),
    commentKey: core.getInput('comment-key') || 'default',
    refiling: refiling as ActionInputs['refiling'],
    dashboard: booleanInput('dashboard', true),
    ...(shard ? { shard: parseShard(shard) } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    ...(reportFile ? { reportFile } : {}),
    ...(appSlug ? { appSlug } : {}),
  };
}
