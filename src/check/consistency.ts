import type { Finding } from '../core/finding.js';
import { locate, type LoadedProduct } from '../load/repository.js';

/** Cross-file checks: product and filing agree, and every evidence file is the one the manifest hashed. */
export function consistencyFindings(p: LoadedProduct): Finding[] {
  const out: Finding[] = [];
  const m = p.manifest;
  if (!m) return out;
  const add = (ruleId: string, doc: 'product' | 'filing', path: (string | number)[], message: string, hint: string) =>
    out.push({ ruleId, severity: 'error', message, hint, productId: p.id, ...locate(p, doc, path) });

  const f = p.filing;
  if (f) {
    if (f.product !== undefined && f.product !== m.id) {
      add('data.inconsistent', 'filing', ['product'], `filing is for product '${f.product}' but product.yaml has id '${m.id}'`,
        'Each product folder holds the filing of that product; correct the id in one of the files.');
    }
    if (f.label?.model !== undefined && f.label.model !== m.model && f.status === 'granted') {
      add('data.inconsistent', 'filing', ['label', 'model'], `label model '${f.label.model}' differs from product.yaml model '${m.model}'`,
        'A granted label must show the model as sold: record the change and refile, or correct the manifest.');
    }
    if (f.label?.producer !== undefined && f.label.producer !== m.manufacturer.name && f.status === 'granted') {
      add('data.inconsistent', 'filing', ['label', 'producer'],
        `label producer '${f.label.producer}' differs from product.yaml manufacturer '${m.manufacturer.name}'`,
        'A granted label must name the producer as registered: record the change and refile, or correct the manifest.');
    }
    if (m.labels.every((l) => l.scheme !== f.scheme)) {
      add('data.inconsistent', 'filing', ['scheme'], `filing is for scheme '${f.scheme}', which product.yaml does not target`,
        `Add '${f.scheme}' to labels in product.yaml, or correct the filing's scheme.`);
    }
  }

  for (const [key, doc] of Object.entries(m.evidence ?? {})) {
    if (!doc) continue;
    const ref = p.files.find((r) => r.doc === 'product' && r.path[1] === key && r.path[0] === 'evidence');
    if (ref?.sha256 && ref.sha256 !== doc.sha256) {
      add('data.hash-mismatch', 'product', ['evidence', key, 'sha256'],
        `${key.replace(/_/g, ' ')} ${doc.file} has SHA-256 ${ref.sha256}, not the ${doc.sha256} recorded`,
        'The file changed after it was recorded: if the new file is right, update sha256 (and the coverage it states).');
    }
  }
  return out;
}
