// The shape of the values an expression may read. Expressions are checked against shapes when they are
// loaded, so that a typo such as `product.securty` is a load error naming the rule, not a silent
// "field missing" at run time on every product.

export type ScalarType = 'string' | 'int' | 'double' | 'bool' | 'null';

export type Shape =
  | {
      kind: 'object';
      /** Fields that may be present. */
      fields: Readonly<Record<string, Shape>>;
      /** Shape of any other key (a map); absent means no other key exists. */
      additional?: Shape;
    }
  | { kind: 'list'; items: Shape }
  | { kind: 'scalar'; type: ScalarType }
  | { kind: 'any' };

/** The top-level names an expression may use, each with its shape. */
export type DeclaredInputs = Readonly<Record<string, Shape>>;

const any: Shape = { kind: 'any' };

/** Builders for hand-written shapes (inputs that have no JSON Schema). */
export const shape = {
  any,
  string: { kind: 'scalar', type: 'string' } as Shape,
  int: { kind: 'scalar', type: 'int' } as Shape,
  double: { kind: 'scalar', type: 'double' } as Shape,
  bool: { kind: 'scalar', type: 'bool' } as Shape,
  object: (fields: Record<string, Shape>, additional?: Shape): Shape =>
    additional ? { kind: 'object', fields, additional } : { kind: 'object', fields },
  list: (items: Shape): Shape => ({ kind: 'list', items }),
};

type JsonSchema = Record<string, unknown>;

/**
 * Derive a shape from a JSON Schema (the subset the data-model schemas use): objects with properties and
 * additionalProperties, arrays, scalars, enums, anyOf/oneOf. Anything it cannot describe becomes `any`.
 */
export function shapeFromJsonSchema(schema: unknown): Shape {
  if (typeof schema !== 'object' || schema === null) return any;
  const s = schema as JsonSchema;
  const alternatives = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (Array.isArray(alternatives)) return merge(alternatives.map(shapeFromJsonSchema));
  if (Array.isArray(s.enum)) return merge(s.enum.map(scalarOf));
  if ('const' in s) return scalarOf(s.const);
  const type = s.type;
  if (Array.isArray(type))
    return merge((type as unknown[]).map((t) => shapeFromJsonSchema({ ...s, type: t })));
  if (type === 'object' || (type === undefined && typeof s.properties === 'object')) {
    const fields: Record<string, Shape> = {};
    for (const [name, sub] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) {
      fields[name] = shapeFromJsonSchema(sub);
    }
    const extra = s.additionalProperties;
    // JSON Schema allows unknown keys unless told otherwise; our schemas always say `false`.
    if (extra === false) return { kind: 'object', fields };
    return {
      kind: 'object',
      fields,
      additional: extra === true || extra === undefined ? any : shapeFromJsonSchema(extra),
    };
  }
  if (type === 'array') return { kind: 'list', items: shapeFromJsonSchema(s.items) };
  if (type === 'string') return shape.string;
  if (type === 'integer') return shape.int;
  if (type === 'number') return shape.double;
  if (type === 'boolean') return shape.bool;
  if (type === 'null') return { kind: 'scalar', type: 'null' };
  return any;
}

function scalarOf(value: unknown): Shape {
  if (typeof value === 'string') return shape.string;
  if (typeof value === 'boolean') return shape.bool;
  if (typeof value === 'number') return Number.isInteger(value) ? shape.int : shape.double;
  if (value === null) return { kind: 'scalar', type: 'null' };
  return any;
}

/** One shape for several alternatives: identical ones collapse, different ones become `any`. */
function merge(shapes: Shape[]): Shape {
  const first = shapes[0];
  if (!first) return any;
  const key = JSON.stringify(first);
  return shapes.every((s) => JSON.stringify(s) === key) ? first : any;
}

/** Resolve a dotted path (`security.updates.signed`) against a shape; undefined when it does not exist. */
export function shapeAt(root: Shape, path: readonly (string | number)[]): Shape | undefined {
  let current: Shape = root;
  for (const step of path) {
    if (current.kind === 'any') return any;
    if (typeof step === 'number') {
      if (current.kind !== 'list') return undefined;
      current = current.items;
      continue;
    }
    if (current.kind !== 'object') return undefined;
    const next: Shape | undefined = current.fields[step] ?? current.additional;
    if (!next) return undefined;
    current = next;
  }
  return current;
}

/** Names of the fields an object shape declares, sorted (for "did you mean" hints). */
export function fieldNames(s: Shape): string[] {
  return s.kind === 'object' ? Object.keys(s.fields).sort() : [];
}
