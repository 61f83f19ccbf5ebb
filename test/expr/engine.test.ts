import { describe, expect, it } from 'vitest';
import {
  compileExpression,
  evaluateExpression,
  prepareInput,
  shape,
  shapeFromJsonSchema,
  type CompiledExpression,
  type DeclaredInputs,
} from '../../src/expr/index.js';
import { productSchema } from '../../src/schemas/index.js';

// Asymmetric matchers typed as the strings they stand for.
const matching = (re: RegExp) => expect.stringMatching(re) as unknown as string;
const containing = (text: string) => expect.stringContaining(text) as unknown as string;

const inputs: DeclaredInputs = {
  product: shapeFromJsonSchema(productSchema),
  limits: shape.object({ min: shape.int, names: shape.list(shape.string) }),
  now: shape.string,
};

function compiled(source: string, expect: 'bool' | 'list' | 'any' = 'any'): CompiledExpression {
  const result = compileExpression(source, inputs, { expect });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.expression;
}

const product = {
  id: 'cam',
  model: 'X1',
  labels: [{ scheme: 'cn-ccl', stars: 2 }],
  security: {
    authentication: { password_policy: { min_length: 10 } },
    network_services: [
      { name: 'rtsp', port: 554, protocol: 'tcp', auth_required: true, encrypted: false },
      {
        name: 'mdns',
        port: 5353,
        protocol: 'udp',
        auth_required: false,
        encrypted: false,
        justification: 'LAN',
      },
    ],
  },
};
const input = prepareInput({ product, limits: { min: 8, names: ['rtsp'] }, now: '2026-11-20' });

function run(source: string): unknown {
  const r = evaluateExpression(compiled(source), input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('compileExpression', () => {
  it('compiles a condition over declared inputs', () => {
    expect(compileExpression('product.model == "X1"', inputs, { expect: 'bool' }).ok).toBe(true);
  });

  it('rejects a syntax error with its position', () => {
    const r = compileExpression('product.model ==', inputs);
    expect(r).toMatchObject({
      ok: false,
      problems: [{ message: matching(/^syntax error/), offset: 16 }],
    });
  });

  it('rejects a misspelt field and suggests the right one', () => {
    const r = compileExpression('product.securty.updates.signed', inputs);
    expect(r).toMatchObject({
      ok: false,
      problems: [
        { message: "unknown field 'securty' in product", hint: "Did you mean 'security'?", offset: 0 },
      ],
    });
  });

  it('rejects an unknown field of a list element inside a macro', () => {
    const r = compileExpression('product.security.network_services.all(s, s.encryptd)', inputs);
    expect(r).toMatchObject({
      ok: false,
      problems: [{ message: "unknown field 'encryptd' in product.security.network_services[]" }],
    });
  });

  it('rejects an input that was not declared', () => {
    const r = compileExpression('filing.status == "granted"', inputs);
    expect(r).toMatchObject({ ok: false, problems: [{ message: "unknown input 'filing'" }] });
  });

  it('rejects reading a field of a list', () => {
    const r = compileExpression('product.labels.scheme == "x"', inputs);
    expect(r).toMatchObject({ ok: false, problems: [{ message: containing('it is a list') }] });
  });

  it('rejects a condition whose type is known not to be boolean', () => {
    const r = compileExpression('size(product.labels)', inputs, { expect: 'bool' });
    expect(r).toMatchObject({
      ok: false,
      problems: [{ message: 'the expression must be true or false, but it gives int' }],
    });
  });

  it('rejects a static type error', () => {
    const r = compileExpression('1.0 == 1', inputs);
    expect(r.ok).toBe(false);
  });

  it('records every input path an expression reads, in source order', () => {
    const e = compiled('has(product.agent) && product.security.network_services.all(s, s.encrypted)');
    expect(e.references.map((r) => [r.root, ...r.steps].join('.'))).toEqual([
      'product.agent',
      'product.security',
      'product.security.network_services',
      'product.security.network_services.*.encrypted',
    ]);
  });
});

describe('evaluateExpression', () => {
  it('compares integers from YAML with integer literals', () => {
    expect(run('product.security.authentication.password_policy.min_length >= limits.min')).toBe(true);
    expect(run('product.labels[0].stars == 2')).toBe(true);
  });

  it('returns integers as JavaScript numbers', () => {
    expect(run('size(product.security.network_services)')).toBe(2);
  });

  it('returns lists as arrays', () => {
    expect(run('product.security.network_services.filter(s, !s.auth_required).map(s, s.name)')).toEqual([
      'mdns',
    ]);
  });

  it('tests a missing optional field with has()', () => {
    expect(run('has(product.agent)')).toBe(false);
    expect(run('product.security.network_services.all(s, s.auth_required || has(s.justification))')).toBe(
      true,
    );
  });

  it('reads a nested optional field with a default through optional chaining', () => {
    expect(run('product.?security.?updates.?signed.orValue(false)')).toBe(false);
    expect(run('product.?security.?authentication.?password_policy.?min_length.orValue(0)')).toBe(10);
  });

  it('reports a missing field as a failure naming the first absent path', () => {
    const r = evaluateExpression(compiled('product.security.updates.signed == true'), input);
    expect(r).toEqual({
      ok: false,
      error: {
        kind: 'missing-field',
        message: 'No such key: updates',
        missing: ['product', 'security', 'updates'],
      },
    });
  });

  it('names the list element that lacks a field', () => {
    const r = evaluateExpression(
      compiled('product.security.network_services.all(s, s.justification != "")'),
      input,
    );
    expect(r).toMatchObject({
      ok: false,
      error: { missing: ['product', 'security', 'network_services', 0, 'justification'] },
    });
  });

  it('reports a type error as a failure, not a throw', () => {
    const r = evaluateExpression(compiled('product.model + 1 == 2'), input);
    expect(r).toMatchObject({ ok: false, error: { kind: 'type' } });
  });

  it('lets a false branch absorb an error on the other side of &&', () => {
    expect(run('product.security.updates.signed && false')).toBe(false);
  });

  it('prepares an input once for many evaluations without changing the original', () => {
    const original = {
      product: { id: 'a', model: 'b', labels: [{ scheme: 's', stars: 1 }] },
      limits: { min: 1, names: [] },
      now: '',
    };
    const prepared = prepareInput(original);
    const e = compiled('product.labels[0].stars == 1');
    expect([evaluateExpression(e, prepared), evaluateExpression(e, prepared)]).toEqual([
      { ok: true, value: true },
      { ok: true, value: true },
    ]);
    expect(original.product.labels[0]!.stars).toBe(1);
  });
});
