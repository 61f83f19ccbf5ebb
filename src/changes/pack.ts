import type { Finding, Source } from '../core/finding.js';
import { compileExpression, type Expression } from '../expr/index.js';
import { parseYamlFile, type YamlFile } from '../load/yaml-file.js';
import type { Classification } from '../core/change.js';
import type { PackSource, SoftwareRoles } from '../rules/index.js';
import { changeInputs } from './change-input.js';
import { type ChangesFile, type confidences, schemaErrors, validator } from '../schemas/index.js';
import { append } from '../core/append.js';
import { changeSetsFileName, loadGroupRules, type GroupRule } from './grouping.js';
import { loadNoise, noiseFileName } from './noise-file.js';
import type { SbomNoise } from '../sbom/index.js';

/** One pack's `changes.yaml` as the shell read it, with the pack's software-role data when it has some. */
export interface ChangePackFile {
  /** Display path, e.g. `rules/cn-ccl/changes.yaml`. */
  file: string;
  text: string;
  softwareRoles?: SoftwareRoles;
  /** Validated when labelguard was built (a built-in pack): not validated again. */
  validated?: boolean;
  /** The pack's change-set grouping rules (`change-sets.yaml` beside `changes.yaml`), when it has them. */
  changeSets?: { file: string; text: string };
  /** The pack's list of SBOM properties that describe the build (`sbom-noise.yaml`), when it has one. */
  noise?: { file: string; text: string };
}

/** One compiled classification entry. */
export interface ChangeClass {
  id: string;
  title: string;
  /** The title in Simplified Chinese (`title_zh`), for the zh-CN documents; a repository's pack may omit it. */
  titleZh?: string;
  /** Compiled when loaded, or deferred to its first evaluation (a built-in pack checked at build time). */
  when: Expression;
  classification: Classification;
  minStars?: number;
  belowMinStars: Classification;
  blocking: boolean;
  reason: string;
  /** The reason in Simplified Chinese (`reason_zh`); a repository's pack may omit it. */
  reasonZh?: string;
  sources: Source[];
  confidence: (typeof confidences)[number];
  file: string;
  line: number;
}

/** The ordered classification table of one scheme. */
export interface ChangeTable {
  scheme: string;
  file: string;
  entries: ChangeClass[];
  softwareRoles?: SoftwareRoles;
  /** Which correlated differences are reported as one change set; none: every difference on its own. */
  grouping?: GroupRule[];
  /** SBOM properties that describe the build, not the product: left out of the comparison. */
  noise?: SbomNoise;
}

/** Every scheme's classification table, compiled once per run. */
export interface ChangeClassifier {
  tables: ChangeTable[];
}

const changesFileName = 'changes.yaml';

/**
 * Parse, validate and compile change-classification tables. A file or entry that is invalid — bad
 * YAML, a schema error, a duplicate id, a `when` that does not compile — is a problem naming the file
 * and the entry id; the rest still loads.
 */
export function loadChangeClassifier(files: readonly ChangePackFile[]): {
  classifier: ChangeClassifier;
  problems: Finding[];
} {
  const tables: ChangeTable[] = [];
  const problems: Finding[] = [];
  for (const f of files) {
    const table = loadTable(f, problems);
    if (!table) continue;
    const clash = tables.find((t) => t.scheme.toLowerCase() === table.scheme.toLowerCase());
    if (clash) {
      problems.push(
        problem(
          f.file,
          1,
          `scheme '${table.scheme}' is already classified by ${clash.file}`,
          'Keep one changes.yaml per scheme, or remove one of the packs from .labelguard.yml.',
        ),
      );
      continue;
    }
    tables.push(table);
  }
  return { classifier: { tables }, problems };
}

function loadTable(f: ChangePackFile, problems: Finding[]): ChangeTable | undefined {
  const parsed = parseYamlFile(f.file, f.text);
  if (Array.isArray(parsed)) {
    append(
      problems,
      parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })),
    );
    return undefined;
  }
  // Built-in packs were validated when labelguard was built (scripts/compile-schemas.ts).
  const validate = f.validated ? undefined : validator('changes');
  if (validate && !validate(parsed.value)) {
    for (const { path, message } of schemaErrors(validate.errors ?? [], 'the file')) {
      const at = parsed.locate(path);
      const entry =
        path[0] === 'entries' && typeof path[1] === 'number' ? entryId(parsed, path[1]) : undefined;
      problems.push(
        problem(
          f.file,
          at.line,
          entry ? `change classification '${entry}': ${message}` : message,
          'See the header of rules/cn-ccl/changes.yaml for the fields of an entry.',
          at.column,
        ),
      );
    }
    return undefined;
  }
  const doc = parsed.value as ChangesFile;
  const entries: ChangeClass[] = [];
  const seen = new Set<string>();
  doc.entries.forEach((e, i) => {
    const at = parsed.locate(['entries', i, 'id']);
    if (seen.has(e.id)) {
      problems.push(
        problem(
          f.file,
          at.line,
          `change classification '${e.id}' is defined twice`,
          'Give every entry a unique id: overrides in .labelguard.yml refer to it.',
        ),
      );
      return;
    }
    seen.add(e.id);
    const compiled = compileExpression(e.when, changeInputs, { expect: 'bool' });
    if (!compiled.ok) {
      const whenAt = parsed.locate(['entries', i, 'when']);
      for (const p of compiled.problems) {
        problems.push(
          problem(
            f.file,
            whenAt.line,
            `change classification '${e.id}': 'when' does not compile: ${p.message}`,
            p.hint ?? 'Fix the CEL expression; the fields of `change` are listed in the file header.',
            whenAt.column,
          ),
        );
      }
      return;
    }
    entries.push({
      id: e.id,
      title: e.title,
      ...(e.title_zh !== undefined ? { titleZh: e.title_zh } : {}),
      when: compiled.expression,
      classification: e.classification,
      ...(e.min_stars !== undefined ? { minStars: e.min_stars } : {}),
      belowMinStars: e.below_min_stars ?? 'record',
      blocking: e.blocking ?? false,
      reason: e.reason.trim(),
      ...(e.reason_zh !== undefined ? { reasonZh: e.reason_zh.trim() } : {}),
      sources: e.sources,
      confidence: e.confidence,
      file: f.file,
      line: at.line,
    });
  });
  const grouping = f.changeSets ? loadGroupRules(f.changeSets.file, f.changeSets.text) : undefined;
  if (grouping) append(problems, grouping.problems);
  const noise = f.noise ? loadNoise(f.noise.file, f.noise.text) : undefined;
  if (noise) append(problems, noise.problems);
  return {
    scheme: doc.scheme,
    file: f.file,
    entries,
    ...(f.softwareRoles ? { softwareRoles: f.softwareRoles } : {}),
    ...(grouping && grouping.rules.length > 0 ? { grouping: grouping.rules } : {}),
    ...(noise?.noise ? { noise: noise.noise } : {}),
  };
}

function problem(file: string, line: number, message: string, hint: string, column = 1): Finding {
  return { ruleId: 'data.rule-pack-invalid', severity: 'error', message, hint, file, line, column };
}

function entryId(doc: YamlFile, i: number): string | undefined {
  const entries = (doc.value as { entries?: unknown }).entries;
  const e = Array.isArray(entries) ? (entries[i] as { id?: unknown } | undefined) : undefined;
  return typeof e?.id === 'string' ? e.id : undefined;
}

/** The change-classification file of a rule pack folder (`changes.yaml`), when the pack has one. */
export function changePackFile(
  source: PackSource,
  softwareRoles?: SoftwareRoles,
): ChangePackFile | undefined {
  if (!source.files.includes(changesFileName)) return undefined;
  const text = source.read(changesFileName);
  if (text === undefined) return undefined;
  const setsText = source.files.includes(changeSetsFileName) ? source.read(changeSetsFileName) : undefined;
  const noiseText = source.files.includes(noiseFileName) ? source.read(noiseFileName) : undefined;
  return {
    file: `${source.root}/${changesFileName}`,
    text,
    ...(softwareRoles ? { softwareRoles } : {}),
    ...(source.validated ? { validated: true } : {}),
    ...(noiseText !== undefined
      ? { noise: { file: `${source.root}/${noiseFileName}`, text: noiseText } }
      : {}),
    ...(setsText !== undefined
      ? { changeSets: { file: `${source.root}/${changeSetsFileName}`, text: setsText } }
      : {}),
  };
}
