import type { Component, Inventory, Service } from '../sbom/index.js';
import type { LinksOf } from './sbom-changes.js';

/**
 * What each component and service depends on, by lower-case name, from the dependency graphs of both
 * SBOMs (a removal is linked in the registered SBOM, an addition in the current one). `bom-ref`s are
 * only meaningful inside their own document, so each graph is resolved on its own.
 */
export function dependencyLinks(...inventories: readonly Inventory[]): LinksOf {
  const links = new Map<string, Set<string>>();
  for (const inv of inventories) {
    const names = new Map<string, string>();
    const root = inv.metadata.component;
    if (root?.bomRef) names.set(root.bomRef, key(root));
    for (const c of inv.components) if (c.bomRef) names.set(c.bomRef, key(c));
    for (const s of inv.services) if (s.bomRef) names.set(s.bomRef, key(s));
    for (const d of inv.dependencies) {
      const from = names.get(d.ref);
      if (from === undefined) continue;
      let set = links.get(from);
      if (set === undefined) links.set(from, (set = new Set()));
      for (const ref of d.dependsOn) {
        const to = names.get(ref);
        // Only components are linked to: a service's provider is a component, a component's parts too.
        if (to?.startsWith('c:')) set.add(to.slice(2));
      }
    }
  }
  return (x) => [...(links.get(key(x)) ?? [])].sort();
}

function key(x: Component | Service): string {
  return `${'type' in x ? 'c' : 's'}:${x.name.toLowerCase()}`;
}
