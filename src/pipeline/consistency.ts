import type { Finding } from '../core/finding.js';
import { locate, type LoadedProduct } from '../load/repository.js';

/** Cross-file checks: the filing belongs to this product, and every evidence file is the one the manifest hashed. */
export function consistencyFindings(p: LoadedProduct): Finding[] {
  const out: Finding[] = [];
  const m = p.manifest;
  if (!m) return out;
  const add = (
    ruleId: string,
    doc: 'product' | 'filing',
    path: (string | number)[],
    message: string,
    hint: string,
  ) => out.push({ ruleId, severity: 'error', message, hint, productId: p.id, ...locate(p, doc, path) });

  const f = p.filing;
  if (f) {
    if (f.product !== undefined && f.product !== m.id) {
      add(
        'data.inconsistent',
        'filing',
        ['product'],
        `filing is for product '${f.product}' but product.yaml has id '${m.id}'`,
        'Each product folder holds the filing of that product; correct the id in one of the files.',
      );
    }
    // Label items (model, producer) against the manifest are judged by the packs' label rules and by
    // change detection, which cite their sources; not repeated here.
    if (m.labels.every((l) => l.scheme !== f.scheme)) {
      add(
        'data.inconsistent',
        'filing',
        ['scheme'],
        `filing is for scheme '${f.scheme}', which product.yaml does not target`,
        `Add '${f.scheme}' to labels in product.yaml, or correct the filing's scheme.`,
      );
    }
  }

  for (const [key, doc] of Object.entries(m.evidence ?? {})) {
    if (!doc) continue;
    const ref = p.files.find((r) => r.doc === 'product' && r.path[1] === key && r.path[0] === 'evidence');
    if (ref?.sha256 && ref.sha256 !== doc.sha256) {
      add(
        'data.hash-mismatch',
        'product',
        ['evidence', key, 'sha256'],
        `${key.replace(/_/g, ' ')} ${doc.file} has SHA-256 ${ref.sha256}, not the ${doc.sha256} recorded`,
        'The file changed after it was recorded: if the new file is right, update sha256 (and the coverage it states).',
      );
    }
  }
  const subject = subjectFinding(p);
  if (subject) out.push(subject);
  return out;
}

/**
 * The SBOM's subject (metadata.component) against the manifest: a firmware SBOM whose version is not the
 * manifest's firmware describes another release, and a device SBOM named for another model is likely
 * another product's. A warning: the SBOM is likely stale, and what it lists still goes through change
 * detection, which judges the difference itself.
 */
function subjectFinding(p: LoadedProduct): Finding | undefined {
  const subject = p.sbom?.metadata.component;
  const m = p.manifest;
  if (!subject || !m || !p.sbomFile) return undefined;
  const at = {
    file: p.sbomFile,
    line: p.sbomLocate?.({ ...(subject.bomRef ? { bomRef: subject.bomRef } : {}), name: subject.name }) ?? 1,
    column: 1,
  };
  const firmware = m.firmware?.version;
  if ((subject.type === 'firmware' || subject.type === 'operating-system') && firmware && subject.version) {
    if (subject.version !== firmware)
      return {
        ruleId: 'sbom.subject-mismatch',
        severity: 'warning',
        message: `the SBOM describes ${subject.type} ${subject.name} ${subject.version}, but product.yaml says firmware ${firmware}`,
        hint: 'Regenerate the SBOM from the firmware the product ships, or correct firmware.version in product.yaml.',
        productId: p.id,
        ...at,
      };
  }
  const names = [m.model, ...(m.model_aliases ?? [])].map((n) => n.toLowerCase());
  if (subject.type === 'device' && !names.includes(subject.name.toLowerCase())) {
    return {
      ruleId: 'sbom.subject-mismatch',
      severity: 'warning',
      message: `the SBOM describes device ${subject.name}, but product.yaml's model is ${m.model}`,
      hint: "Check that the SBOM is this product's; name its metadata.component after the model.",
      productId: p.id,
      ...at,
    };
  }
  return undefined;
}
