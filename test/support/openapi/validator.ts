/**
 * Matches requests to the operations of the vendored REST subset and validates their path parameters,
 * query strings and JSON bodies, so the loopback server refuses what GitHub would refuse.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

/** One operation of the subset. */
export interface OperationSpec {
  id: string;
  method: string;
  path: string;
  /** X-Accepted-GitHub-Permissions value GitHub sends when the token lacks access. */
  permissions?: string;
  pathParams?: Record<string, 'integer' | 'string'>;
  query?: object;
  requestBody?: object;
}

/** An operation matched to a request path, with decoded path parameters. */
export interface MatchedOperation {
  op: OperationSpec;
  params: Record<string, string>;
}

interface SubsetFile {
  source: string;
  apiVersion: string;
  definitions: Record<string, object>;
  operations: Record<string, Omit<OperationSpec, 'id'>>;
}

/** The vendored subset of GitHub's REST description, with its validators compiled once. */
export class RestSubset {
  readonly source: string;
  readonly operations: OperationSpec[];
  private readonly bodyValidators = new Map<string, ValidateFunction>();
  private readonly queryValidators = new Map<string, ValidateFunction>();

  constructor(file: SubsetFile) {
    this.source = file.source;
    this.operations = Object.entries(file.operations).map(([id, op]) => ({ id, ...op }));
    // Bodies are checked as sent; query strings arrive as text, so integers are coerced first.
    const bodies = new Ajv({ allErrors: true, strict: false });
    const queries = new Ajv({ allErrors: true, strict: false, coerceTypes: true });
    for (const op of this.operations) {
      if (op.requestBody) {
        this.bodyValidators.set(op.id, bodies.compile({ ...op.requestBody, definitions: file.definitions }));
      }
      if (op.query) {
        this.queryValidators.set(op.id, queries.compile({ ...op.query, definitions: file.definitions }));
      }
    }
  }

  /** Find the operation for a method and a path (without any `/api/v3` prefix). */
  match(method: string, pathname: string): MatchedOperation | undefined {
    const segments = pathname.split('/').slice(1);
    for (const op of this.operations) {
      if (op.method !== method) continue;
      const params = matchTemplate(op.path, segments);
      if (params) return { op, params };
    }
    return undefined;
  }

  /** Problems with a request to a matched operation, as readable strings (empty when it is valid). */
  validate(matched: MatchedOperation, query: Record<string, string>, body: unknown): string[] {
    const { op, params } = matched;
    const problems: string[] = [];
    for (const [name, type] of Object.entries(op.pathParams ?? {})) {
      if (type === 'integer' && !/^\d+$/.test(params[name] ?? '')) {
        problems.push(`path parameter ${name} must be an integer, got "${params[name] ?? ''}"`);
      }
    }
    const queryCheck = this.queryValidators.get(op.id);
    if (queryCheck && !queryCheck({ ...query })) problems.push(...describe('query', queryCheck));
    if (!queryCheck && Object.keys(query).length > 0) {
      problems.push(`query parameters not accepted by ${op.id}: ${Object.keys(query).join(', ')}`);
    }
    const bodyCheck = this.bodyValidators.get(op.id);
    if (bodyCheck && !bodyCheck(body)) problems.push(...describe('body', bodyCheck));
    if (!bodyCheck && body !== undefined && op.method !== 'GET' && op.method !== 'DELETE') {
      problems.push(`${op.id} takes no request body`);
    }
    return problems;
  }
}

let cached: RestSubset | undefined;

/** Load (once) the vendored subset from `rest-subset.json`. */
export function loadRestSubset(): RestSubset {
  cached ??= new RestSubset(
    JSON.parse(readFileSync(new URL('./rest-subset.json', import.meta.url), 'utf8')) as SubsetFile,
  );
  return cached;
}

function matchTemplate(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = template.split('/').slice(1);
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const param = /^\{(\w+)\}$/.exec(part)?.[1];
    const last = i === parts.length - 1;
    if (param === 'ref' && last) {
      // Git refs contain slashes; octokit may send them encoded or not.
      const rest = segments.slice(i);
      if (rest.length === 0 || rest.some((s) => s === '')) return undefined;
      params[param] = rest.map(decodeURIComponent).join('/');
      return params;
    }
    const segment = segments[i];
    if (segment === undefined || segment === '') return undefined;
    if (param) params[param] = decodeURIComponent(segment);
    else if (part !== segment) return undefined;
  }
  return segments.length === parts.length ? params : undefined;
}

function describe(where: string, validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}`);
}
