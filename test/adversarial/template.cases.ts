/**
 * Handlebars syntax as data. The evidence documents are Handlebars templates filled with values from
 * product.yaml, filing.yaml and the SBOM; a value must come out as its literal text, never be evaluated
 * (no field looked up, no helper or partial called, no prototype reached, no comment swallowing text).
 */
import type { DeclaredCase } from './declared.js';

export interface TemplateCase extends DeclaredCase {
  payload: string;
}

const literal = 'the literal text in every evidence file (Markdown, JSON, SVG), never evaluated';

export const templateCases: TemplateCase[] = [
  { id: 'field', input: '`{{model}}`', expected: literal, payload: 'A {{model}} Z', dist: true },
  { id: 'unescaped-field', input: '`{{{id}}}` (triple stash: unescaped output)', expected: literal, payload: 'A {{{id}}} Z' },
  { id: 'block-helper', input: '`{{#each labels}}E{{/each}}`', expected: literal, payload: 'A {{#each labels}}E{{/each}} Z' },
  { id: 'lookup-helper', input: "`{{lookup . 'model'}}`", expected: literal, payload: "A {{lookup . 'model'}} Z" },
  { id: 'partial', input: '`{{> layout}}`', expected: literal, payload: 'A {{> layout}} Z' },
  { id: 'comment', input: '`{{!-- hide --}}`', expected: literal, payload: 'A {{!-- hide --}} Z' },
  { id: 'prototype', input: '`{{constructor.constructor}}`, `{{__proto__}}`', expected: literal, payload: 'A {{constructor.constructor}} {{__proto__}} Z' },
  { id: 'root-data', input: '`{{@root.model}} {{this}}`', expected: literal, payload: 'A {{@root.model}} {{this}} Z' },
  { id: 'escaped-mustache', input: '`\\{{raw}}` (Handlebars’ own escape)', expected: literal, payload: 'A \\{{raw}} Z' },
  {
    id: 'with-controls',
    input: '`{{model}}` wrapped in ANSI escapes and a BEL',
    expected: 'literal text; the label SVG stays well-formed XML (no forbidden characters)',
    payload: '\u001b[31mA {{model}} Z\u0007',
  },
];
