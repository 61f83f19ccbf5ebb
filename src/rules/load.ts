// Loads rule packs from file contents the shell provides (no file system here): parses and validates every
// file, compiles every expression once, and reports each problem as an error finding that names the file,
// the rule and the line.

import { compareText, type Finding, type Location } from '../core/finding.js';
import {
  compileExpression,
  parseDate,
  shapeAt,
  type CompiledExpression,
  type DeclaredInputs,
} from '../expr/index.js';
import type { ErrorObject } from 'ajv';
import {
  type CatalogueFile,
  type PackManifest,
  type RuleFile,
  type RuleYaml,
  schemaErrors,
  type SoftwareRolesFile,
  validator,
} from '../schemas/index.js';
import { parseYamlFile, type YamlFile } from '../load/yaml-file.js';
import { ruleInputShapes } from './input.js';
import type {
  CatalogueCategory,
  PackSource,
  PackSpec,
  Rule,
  RulePack,
  SoftwareRoles,
  Threshold,
  ThresholdType,
  ThresholdValue,
} from './types.js';
import { append } from '../core/append.js';
import { builtinPacks } from './pack-spec.js';

export { builtinPacks, packSpec } from './pack-spec.js';

/** Component types whose version and identity VUL-style rules check when a pack does not say. */
const defaultSoftwareTypes = [
  'application',
  'firmware',
  'framework',
  'library',
  'operating-system',
  'container',
];

export interface LoadOptions {
  /** `.labelguard.yml` `thresholds:`: `name` applies to every pack declaring it, `pack.name` to one pack. */
  thresholds?: Readonly<Record<string, unknown>>;
  /** Display name of the config file, for problems with threshold overrides. */
  configFile?: string;
  /** Position of a path in the config file. */
  locateConfig?: (path: (string | number)[]) => Location;
}

export interface LoadResult {
  packs: RulePack[];
  /** Every problem, as error findings (`data.*`): a pack with problems must not be trusted. */
  problems: Finding[];
}

/** Load, validate and compile rule packs; pure: `open` supplies each pack's files. */
export function loadRulePacks(
  specs: readonly PackSpec[],
  open: (spec: PackSpec) => PackSource | undefined,
  options: LoadOptions = {},
): LoadResult {
  const problems: Finding[] = [];
  const packs: RulePack[] = [];
  const ruleOwners = new Map<string, string>();
  const seen = new Set<string>();
  for (const spec of specs) {
    const label = 'name' in spec ? spec.name : spec.path;
    const source = open(spec);
    if (!source) {
      problems.push(
        problem(
          'data.rule-pack-missing',
          configAt(options, ['packs']),
          `rule pack '${label}' not found`,
          'name' in spec
            ? `Built-in packs: ${builtinPacks.join(', ')}. A pack in your repository is written as ./path/to/pack.`
            : 'The folder must exist inside the repository and contain pack.yaml.',
        ),
      );
      continue;
    }
    const pack = loadPack(source, problems, ruleOwners, seen);
    if (pack) packs.push(pack);
  }
  applyOverrides(packs, options, problems);
  return { packs, problems };
}

function configAt(options: LoadOptions, path: (string | number)[]): Location {
  return (
    options.locateConfig?.(path) ?? { file: options.configFile ?? '.labelguard.yml', line: 1, column: 1 }
  );
}

function problem(ruleId: string, at: Location, message: string, hint: string): Finding {
  return { ruleId, severity: 'error', message, hint, file: at.file, line: at.line, column: at.column };
}

/** A pack file read, parsed and validated; undefined after reporting why not. */
function readDoc(
  source: PackSource,
  rel: string,
  schema: 'pack' | 'rules' | 'catalogue' | 'software',
  what: string,
  problems: Finding[],
): YamlFile | undefined {
  const file = `${source.root}/${rel}`;
  const text = source.files.includes(rel) ? source.read(rel) : undefined;
  if (text === undefined) {
    problems.push(
      problem(
        'data.rule-pack-missing',
        { file, line: 1, column: 1 },
        `${what} ${file} not found`,
        `Create ${rel} in the pack folder, or fix the reference to it in pack.yaml.`,
      ),
    );
    return undefined;
  }
  const parsed = parseYamlFile(file, text);
  if (Array.isArray(parsed)) {
    // Located by the parser; never parsed again here, so a file refused for its size is not built anyway.
    append(
      problems,
      parsed.map((p) => p.toFinding()),
    );
    return undefined;
  }
  // Built-in packs were validated when labelguard was built (scripts/compile-schemas.ts).
  if (source.validated) return parsed;
  const validate = validator(schema);
  if (!validate(parsed.value)) {
    append(problems, schemaProblems(parsed, validate.errors ?? [], what));
    return undefined;
  }
  return parsed;
}

function loadPack(
  source: PackSource,
  problems: Finding[],
  ruleOwners: Map<string, string>,
  loadedNames: Set<string>,
): RulePack | undefined {
  const manifestDoc = readDoc(source, 'pack.yaml', 'pack', 'rule pack manifest', problems);
  if (!manifestDoc) return undefined;
  const name = (manifestDoc.value as { name: string }).name;
  // Checked before the rules load, so a pack listed twice is one problem, not one per rule id.
  if (loadedNames.has(name)) {
    problems.push(
      problem(
        'data.rule-pack-invalid',
        manifestDoc.locate(['name']),
        `rule pack '${name}' is loaded twice`,
        'List each pack once in .labelguard.yml `packs:`; packs need distinct names.',
      ),
    );
    return undefined;
  }
  loadedNames.add(name);
  const manifest = manifestDoc.value as PackManifest;
  const before = problems.length;
  const thresholds: Threshold[] = [];
  for (const [name, t] of Object.entries(manifest.thresholds ?? {}).sort(([a], [b]) => compareText(a, b))) {
    const wrong = typeMismatch(t.type, t.default);
    if (wrong) {
      problems.push(
        problem(
          'data.rule-pack-invalid',
          manifestDoc.locate(['thresholds', name, 'default']),
          `threshold '${name}': default ${wrong}`,
          `Give a default of type ${t.type}.`,
        ),
      );
    }
    thresholds.push({
      name,
      type: t.type,
      default: t.default,
      description: t.description,
      ...(t.basis ? { basis: t.basis } : {}),
      sources: t.sources ?? [],
    });
  }
  const catalogue = manifest.catalogue
    ? loadCatalogue(source, manifest.catalogue, thresholds, problems)
    : undefined;
  const softwareRoles = manifest.software_roles
    ? loadSoftwareRoles(source, manifest.software_roles, problems)
    : defaultSoftwareRoles();
  if (problems.length > before || (manifest.catalogue && !catalogue) || !softwareRoles) return undefined;

  const pack: RulePack = {
    name: manifest.name,
    title: manifest.title,
    scheme: manifest.scheme,
    ...(manifest.version ? { version: manifest.version } : {}),
    ...(manifest.description ? { description: manifest.description } : {}),
    levels: [...manifest.levels].sort((a, b) => a.stars - b.stars),
    thresholds,
    thresholdOverrides: {},
    ...(catalogue ? { catalogue } : {}),
    softwareRoles,
    ...(manifest.edition
      ? {
          edition: {
            pinned: manifest.edition.pinned,
            transcribedFrom: manifest.edition.transcribed_from,
            changes: manifest.edition.changes,
            confidence: manifest.edition.confidence,
            consulted: manifest.edition.consulted ?? [],
            provisions: (manifest.edition.provisions ?? []).map((p) => ({
              clauses: [...p.clauses],
              status: p.status,
              confidence: p.confidence,
              ...(p.note ? { note: p.note } : {}),
            })),
          },
        }
      : {}),
    rules: [],
    root: source.root,
  };
  const inputs = ruleInputShapes(thresholds);
  const ruleFiles = source.files.filter((f) => /^rules\/[^/]+\.ya?ml$/.test(f)).sort();
  for (const rel of ruleFiles) {
    const doc = readDoc(source, rel, 'rules', 'rule file', problems);
    if (!doc) continue;
    const items = (doc.value as RuleFile).rules;
    items.forEach((item, index) => {
      const rule = loadRule(pack, doc, item, index, inputs, problems);
      if (!rule) return;
      const owner = ruleOwners.get(rule.id);
      if (owner) {
        problems.push(
          problem(
            'data.rule-duplicate-id',
            doc.locate(['rules', index, 'id']),
            `rule ${rule.id} is defined twice: here and at ${owner}`,
            'Rule ids must be unique across every loaded pack; rename one.',
          ),
        );
        return;
      }
      ruleOwners.set(rule.id, `${rule.file}:${rule.line}`);
      pack.rules.push(rule);
    });
  }
  pack.rules.sort((a, b) => compareText(a.id, b.id));
  return pack;
}

function loadRule(
  pack: RulePack,
  doc: YamlFile,
  item: RuleYaml,
  index: number,
  inputs: DeclaredInputs,
  problems: Finding[],
): Rule | undefined {
  const at = (key?: string) => doc.locate(key ? ['rules', index, key] : ['rules', index]);
  const before = problems.length;
  const fail = (id: string, key: string | undefined, message: string, hint: string) =>
    problems.push(problem(id, at(key), `rule ${item.id}: ${message}`, hint));

  if (!item.sources || item.sources.length === 0) {
    fail(
      'data.rule-sources',
      'sources' in item ? 'sources' : undefined,
      'has no sources',
      'Every rule cites where it comes from: add `sources:` with the regulation or standard clause (title, clause, url).',
    );
  }
  if (item.scheme !== undefined && item.scheme !== pack.scheme) {
    fail(
      'data.rule-pack-invalid',
      'scheme',
      `scheme '${item.scheme}' differs from the pack's scheme '${pack.scheme}'`,
      `Omit \`scheme:\` (rules take the pack's scheme) or move the rule to a pack for '${item.scheme}'.`,
    );
  }
  if (!pack.levels.some((l) => l.stars === item.stars)) {
    fail(
      'data.rule-pack-invalid',
      'stars',
      `stars ${item.stars} is not a level of pack ${pack.name}`,
      `Levels: ${pack.levels.map((l) => l.stars).join(', ')}.`,
    );
  }
  let categories: Rule['categories'] = 'catalogue';
  if (item.categories) {
    if (item.categories.includes('*')) categories = 'any';
    else {
      categories = [...item.categories].sort();
      const unknown = pack.catalogue
        ? categories.filter((c) => !pack.catalogue!.some((k) => k.id === c))
        : [];
      if (unknown.length > 0) {
        fail(
          'data.rule-pack-invalid',
          'categories',
          `unknown catalogue categories: ${unknown.join(', ')}`,
          `Categories of pack ${pack.name}: ${pack.catalogue!.map((c) => c.id).join(', ')}.`,
        );
      }
    }
  }
  const [docName, pathText] = item.path.startsWith('filing:')
    ? (['filing', item.path.slice('filing:'.length)] as const)
    : (['product', item.path] as const);
  const steps = pathText.split('.');
  if (!shapeAt(inputs[docName]!, steps)) {
    fail(
      'data.rule-unknown-field',
      'path',
      `path '${item.path}' does not exist in ${docName}.yaml`,
      `Point \`path:\` at a field of the ${docName} schema (see dist/schemas/${docName}.schema.json).`,
    );
  }
  const condition = compile(item, 'condition', inputs, 'bool', fail);
  const details = item.details === undefined ? undefined : compile(item, 'details', inputs, 'list', fail);
  if (problems.length > before || !condition || (item.details !== undefined && !details)) return undefined;
  const position = at();
  return {
    id: item.id,
    title: item.title,
    ...(item.title_zh ? { titleZh: item.title_zh } : {}),
    pack: pack.name,
    scheme: pack.scheme,
    stars: item.stars,
    categories,
    severity: item.severity,
    tierBasis: item.tier_basis,
    ...(item.tier_note ? { tierNote: item.tier_note } : {}),
    path: { doc: docName, steps, text: item.path },
    condition,
    ...(details ? { details } : {}),
    message: item.message,
    remediation: item.remediation,
    sources: item.sources ?? [],
    file: position.file,
    line: position.line,
  };
}

function compile(
  item: RuleYaml,
  key: 'condition' | 'details',
  inputs: DeclaredInputs,
  expect: 'bool' | 'list',
  fail: (id: string, key: string, message: string, hint: string) => void,
): CompiledExpression | undefined {
  const source = item[key]!;
  const result = compileExpression(source, inputs, { expect });
  if (result.ok) return result.expression;
  for (const p of result.problems) {
    const unknown = p.message.startsWith('unknown ') || p.message.startsWith('cannot read field');
    fail(
      unknown ? 'data.rule-unknown-field' : 'data.rule-expression',
      key,
      `${key}: ${p.message} near ${excerpt(source, p.offset)}`,
      p.hint ?? 'Check the expression against the rule input described in docs/rules.md.',
    );
  }
  return undefined;
}

/** A short quote of the expression at the problem, for messages. */
function excerpt(source: string, offset: number): string {
  const flat = source.replace(/\s+/g, ' ');
  const start = Math.max(0, Math.min(offset, flat.length - 1));
  const text = flat.slice(start, start + 40).trim();
  return `\`${text || flat.slice(-40).trim()}\`${start + 40 < flat.length ? '…' : ''} (column ${offset + 1})`;
}

function loadCatalogue(
  source: PackSource,
  rel: string,
  thresholds: Threshold[],
  problems: Finding[],
): CatalogueCategory[] | undefined {
  const doc = readDoc(source, rel, 'catalogue', 'catalogue', problems);
  if (!doc) return undefined;
  const categories = (doc.value as CatalogueFile).categories;
  const before = problems.length;
  const ids = new Set<string>();
  categories.forEach((c, i) => {
    if (ids.has(c.id)) {
      problems.push(
        problem(
          'data.rule-pack-invalid',
          doc.locate(['categories', i, 'id']),
          `category '${c.id}' is listed twice`,
          'Each catalogue category appears once.',
        ),
      );
    }
    ids.add(c.id);
    for (const [name, value] of Object.entries(c.thresholds ?? {})) {
      const t = thresholds.find((x) => x.name === name);
      const wrong = t ? typeMismatch(t.type, value) : 'is not a threshold this pack declares';
      if (wrong) {
        problems.push(
          problem(
            'data.rule-pack-invalid',
            doc.locate(['categories', i, 'thresholds', name]),
            `category '${c.id}': threshold '${name}' ${wrong}`,
            'Category thresholds override thresholds declared in pack.yaml.',
          ),
        );
      }
    }
  });
  return problems.length > before ? undefined : [...categories].sort((a, b) => compareText(a.id, b.id));
}

const defaultSoftwareRoles = (): SoftwareRoles => ({
  role_property: 'ccl:role',
  software_types: defaultSoftwareTypes,
  roles: {},
  crypto_denylist: [],
});

/**
 * A pack's software-role data alone (its manifest and `software-roles.yaml`, no rule compiled): what
 * classifying SBOM changes needs (`diff`).
 */
export function loadPackSoftwareRoles(source: PackSource): {
  softwareRoles?: SoftwareRoles;
  problems: Finding[];
} {
  const problems: Finding[] = [];
  const manifest = readDoc(source, 'pack.yaml', 'pack', 'rule pack manifest', problems);
  const rel = (manifest?.value as PackManifest | undefined)?.software_roles;
  const softwareRoles = !manifest
    ? undefined
    : rel
      ? loadSoftwareRoles(source, rel, problems)
      : defaultSoftwareRoles();
  return { ...(softwareRoles ? { softwareRoles } : {}), problems };
}

function loadSoftwareRoles(source: PackSource, rel: string, problems: Finding[]): SoftwareRoles | undefined {
  const doc = readDoc(source, rel, 'software', 'software roles file', problems);
  if (!doc) return undefined;
  const data = doc.value as SoftwareRolesFile;
  const before = problems.length;
  (data.crypto_denylist ?? []).forEach((d, i) => {
    try {
      new RegExp(d.version_pattern);
    } catch (e) {
      problems.push(
        problem(
          'data.rule-pack-invalid',
          doc.locate(['crypto_denylist', i, 'version_pattern']),
          `version_pattern is not a valid regular expression: ${(e as Error).message}`,
          'Write a JavaScript regular expression, e.g. ^1\\.0\\.',
        ),
      );
    }
  });
  if (problems.length > before) return undefined;
  return {
    role_property: data.role_property ?? 'ccl:role',
    software_types: data.software_types ?? defaultSoftwareTypes,
    roles: data.roles,
    crypto_denylist: data.crypto_denylist ?? [],
  };
}

/** Why a value does not fit a threshold type, or undefined when it fits. */
function typeMismatch(type: ThresholdType, value: unknown): string | undefined {
  const ok =
    type === 'int'
      ? Number.isInteger(value)
      : type === 'number'
        ? typeof value === 'number'
        : type === 'bool'
          ? typeof value === 'boolean'
          : type === 'date'
            ? typeof value === 'string' && parseDate(value) !== undefined
            : type === 'list'
              ? Array.isArray(value) && value.every((v) => typeof v === 'string')
              : typeof value === 'string';
  if (ok) return undefined;
  const shown = JSON.stringify(value);
  return `must be ${type === 'int' ? 'a whole number' : type === 'date' ? 'a date (YYYY-MM-DD)' : type === 'list' ? 'a list of strings' : `a ${type}`}, not ${shown}`;
}

function applyOverrides(packs: RulePack[], options: LoadOptions, problems: Finding[]): void {
  for (const [key, value] of Object.entries(options.thresholds ?? {}).sort(([a], [b]) => compareText(a, b))) {
    const dot = key.indexOf('.');
    const packName = dot === -1 ? undefined : key.slice(0, dot);
    const name = dot === -1 ? key : key.slice(dot + 1);
    const targets = packs.filter(
      (p) => (packName === undefined || p.name === packName) && p.thresholds.some((t) => t.name === name),
    );
    if (targets.length === 0) {
      const known = [...new Set(packs.flatMap((p) => p.thresholds.map((t) => t.name)))].sort();
      problems.push(
        problem(
          'data.threshold',
          configAt(options, ['thresholds', key]),
          `unknown threshold '${key}'`,
          `Thresholds of the loaded packs: ${known.join(', ') || 'none'} (prefix with the pack name, e.g. cn-ccl.${known[0] ?? 'name'}, to set one pack only).`,
        ),
      );
      continue;
    }
    for (const pack of targets) {
      const t = pack.thresholds.find((x) => x.name === name)!;
      const wrong = typeMismatch(t.type, value);
      if (wrong) {
        problems.push(
          problem(
            'data.threshold',
            configAt(options, ['thresholds', key]),
            `threshold '${key}' ${wrong}`,
            `${t.description} Default: ${JSON.stringify(t.default)}.`,
          ),
        );
        continue;
      }
      // A pack-qualified override wins over a plain one for the same pack.
      if (packName !== undefined || !(name in pack.thresholdOverrides))
        pack.thresholdOverrides[name] = value as ThresholdValue;
    }
  }
}

function schemaProblems(doc: YamlFile, errors: ErrorObject[], what: string): Finding[] {
  // Name the rule when the problem is inside one, so a reader finds it without counting list items.
  const rules = (doc.value as { rules?: { id?: unknown }[] }).rules;
  return schemaErrors(errors, `the ${what}`).map(({ path, message }) => {
    const ruleId = path[0] === 'rules' && typeof path[1] === 'number' ? rules?.[path[1]]?.id : undefined;
    return problem(
      'data.rule-pack-invalid',
      doc.locate(path),
      `${typeof ruleId === 'string' ? `rule ${ruleId}: ` : ''}${message}`,
      'See docs/rules.md for the rule pack format.',
    );
  });
}
