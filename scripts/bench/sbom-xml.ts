// Benchmark: reading a large CycloneDX XML SBOM (well-formedness check, DTD refusal, depth limit, parse,
// normalise) against a bare fast-xml-parser parse of the same text. In process, paired, median of runs.
//   npx tsx scripts/bench/sbom-xml.ts
import { onCleanHeap } from './clean-heap.js';
import { XMLParser } from 'fast-xml-parser';
import { pathToFileURL } from 'node:url';
import { readSbom } from '../../src/sbom/read.js';
import { paired } from './startup.js';

const COMPONENTS = 20_000;

/** A CycloneDX 1.6 XML document with `n` library components (deterministic). */
export function xmlSbom(n: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">',
    '<metadata><component type="device" bom-ref="root"><name>cam</name><version>1.0</version></component></metadata>',
    '<components>',
  ];
  for (let i = 0; i < n; i++) {
    const v = `${i % 7}.${i % 13}.${i % 29}`;
    parts.push(
      `<component type="library" bom-ref="c${i}"><name>lib${i}</name><version>${v}</version>` +
        `<hashes><hash alg="SHA-256">${(i * 2654435761).toString(16).padStart(64, '0').slice(0, 64)}</hash></hashes>` +
        `<licenses><license><id>MIT</id></license></licenses><purl>pkg:generic/acme/lib${i}@${v}</purl></component>`,
    );
  }
  parts.push('</components></bom>');
  return parts.join('\n');
}

/** readSbom of the XML against a bare parse; the ratio and its range over the pairs. */
export function benchSbomXml(opts: { pairs?: number } = {}): { lines: string[] } {
  const text = xmlSbom(COMPONENTS);
  const bare = new XMLParser({ ignoreAttributes: false });
  const time = (f: () => void) =>
    onCleanHeap(() => {
      const t = performance.now();
      f();
      return performance.now() - t;
    });
  const r = paired(
    opts.pairs ?? 7,
    time(() => {
      const read = readSbom(text, 'bench.cdx.xml');
      if (!read.ok) throw new Error(`benchmark SBOM did not read: ${read.problems[0]?.message}`);
    }),
    time(() => void bare.parse(text)),
  );
  return {
    lines: [
      `${COMPONENTS.toLocaleString('en-US')} components, ${(text.length / 1e6).toFixed(1)} MB of XML, median of ${opts.pairs ?? 7} pairs`,
      `  readSbom ${r.ms.toFixed(0)} ms vs bare fast-xml-parser parse ${r.floorMs.toFixed(0)} ms: ${r.ratio.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`,
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(benchSbomXml().lines.join('\n'));
}
