import { describe, expect, it } from 'vitest';
import { fieldNames, shape, shapeAt, shapeFromJsonSchema } from '../../src/expr/index.js';
import { configSchema, filingSchema, productSchema } from '../../src/schemas/index.js';

describe('shapeFromJsonSchema', () => {
  it('derives the fields a product manifest may have', () => {
    const s = shapeFromJsonSchema(productSchema);
    expect(fieldNames(s)).toContain('security');
    expect(shapeAt(s, ['security', 'authentication', 'default_credential_mode'])).toEqual(shape.string);
    expect(shapeAt(s, ['security', 'network_services', 0, 'port'])).toEqual(shape.int);
  });

  it('knows that a closed object has no other fields', () => {
    expect(shapeAt(shapeFromJsonSchema(productSchema), ['security', 'securty'])).toBeUndefined();
    expect(shapeAt(shapeFromJsonSchema(filingSchema), ['label', 'valid_until'])).toEqual(shape.string);
  });

  it('describes a map of open keys by the shape of its values', () => {
    const thresholds = shapeAt(shapeFromJsonSchema(configSchema), ['thresholds', 'any_name']);
    expect(thresholds).toEqual(shape.any);
  });

  it('treats alternatives of different kinds as any', () => {
    expect(shapeFromJsonSchema({ anyOf: [{ type: 'integer' }, { type: 'string' }] })).toEqual(shape.any);
    expect(shapeFromJsonSchema({ enum: ['a', 'b'] })).toEqual(shape.string);
  });
});
