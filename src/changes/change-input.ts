import { shape, type DeclaredInputs } from '../expr/shape.js';
import type { Difference } from './difference.js';

/** What the classification pack knows about the product a difference belongs to. */
export interface ClassificationContext {
  scheme: string;
  /** Target star level for the scheme now (falls back to the registered level). */
  stars: number;
  /** Registered star level, 0 when the filing does not say. */
  registeredStars: number;
}

/** The `change` object a classification `when` reads (documented in rules/cn-ccl/changes.yaml). */
export interface ChangeInput {
  kind: string;
  category: string;
  change: string;
  subject: string;
  from: string;
  to: string;
  field: string;
  roles: string[];
  role: string;
  aspects: string[];
  bump: string;
  type: string;
  security_relevant: boolean;
  matched_by: string;
  stars: number;
  registered_stars: number;
  scheme: string;
}

const str = shape.string;

/** Declared shape of `change`: a `when` that reads any other field fails to load. */
export const changeInputs: DeclaredInputs = {
  change: shape.object({
    kind: str,
    category: str,
    change: str,
    subject: str,
    from: str,
    to: str,
    field: str,
    roles: shape.list(str),
    role: str,
    aspects: shape.list(str),
    bump: str,
    type: str,
    security_relevant: shape.bool,
    matched_by: str,
    stars: shape.int,
    registered_stars: shape.int,
    scheme: str,
  }),
};

/** The `change` object for one difference: every field present, '' or [] where it does not apply. */
export function changeInput(d: Difference, ctx: ClassificationContext): ChangeInput {
  return {
    kind: d.kind,
    category: d.category,
    change: d.change,
    subject: d.subject,
    from: d.from ?? '',
    to: d.to ?? '',
    field: d.field,
    roles: d.roles,
    role: d.roles[0] ?? '',
    aspects: d.aspects,
    bump: d.bump,
    type: d.componentType,
    security_relevant: d.securityRelevant,
    matched_by: d.matchedBy ?? '',
    stars: ctx.stars,
    registered_stars: ctx.registeredStars,
    scheme: ctx.scheme,
  };
}
