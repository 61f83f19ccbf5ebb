// The rule-pack and status types are derived from their schemas (json-schema-to-ts). A schema construct
// the derivation does not understand gives `unknown` and the engine would type-check against nothing, so
// these pin what the engine relies on. They are checked by the type check of the tests (`npm run
// typecheck`); at run time only the urgency order is.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Source } from '../../src/core/finding.js';
import type {
  CatalogueCategory,
  ComponentMatcher,
  DeniedCrypto,
  PackLevel,
  RulePack,
  SoftwareRoles,
  Threshold,
  ThresholdType,
  ThresholdValue,
} from '../../src/rules/index.js';
import { statusReportSchema } from '../../src/schemas/status.schema.js';
import { urgencies, type StatusRow, type Urgency } from '../../src/status/types.js';

describe('types derived from the pack schemas', () => {
  it('give thresholds the value types pack.yaml may declare', () => {
    expectTypeOf<ThresholdValue>().toEqualTypeOf<number | string | boolean | string[]>();
    expectTypeOf<ThresholdType>().toEqualTypeOf<'int' | 'number' | 'string' | 'bool' | 'date' | 'list'>();
    expectTypeOf<keyof Threshold>().toEqualTypeOf<
      'name' | 'type' | 'default' | 'description' | 'basis' | 'sources'
    >();
    expectTypeOf<Threshold['sources']>().toEqualTypeOf<Source[]>();
  });

  it('fill every software-role default in, and keep the matcher optional', () => {
    expectTypeOf<SoftwareRoles>().toEqualTypeOf<{
      role_property: string;
      software_types: string[];
      roles: { [role: string]: { description: string; names?: string[]; purls?: string[]; cpes?: string[] } };
      crypto_denylist: DeniedCrypto[];
    }>();
    expectTypeOf<ComponentMatcher>().toEqualTypeOf<{ names?: string[]; purls?: string[]; cpes?: string[] }>();
    expectTypeOf<DeniedCrypto['version_pattern']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<DeniedCrypto['sources']>>().toEqualTypeOf<Source[]>();
  });

  it('type the catalogue and the pack levels as their schemas say', () => {
    expectTypeOf<CatalogueCategory['id']>().toEqualTypeOf<string>();
    expectTypeOf<CatalogueCategory['thresholds']>().toEqualTypeOf<
      Record<string, ThresholdValue> | undefined
    >();
    expectTypeOf<PackLevel>().toEqualTypeOf<{ stars: number; name: string; description?: string }>();
    expectTypeOf<RulePack['version']>().toEqualTypeOf<string | undefined>();
  });
});

describe('types derived from the status schema', () => {
  it('list the urgencies in the order rows are shown, as the schema enumerates them', () => {
    expectTypeOf<StatusRow>().not.toBeUnknown();
    expectTypeOf<Urgency>().toEqualTypeOf<'action-needed' | 'pending' | 'healthy'>();
    expect(urgencies).toEqual(statusReportSchema.properties.rows.items.properties.urgency.enum);
    expect(urgencies).toEqual(['action-needed', 'pending', 'healthy']);
  });
});
