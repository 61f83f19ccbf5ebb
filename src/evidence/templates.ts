import Handlebars from 'handlebars';
import { EvidenceError } from './errors.js';
import { escapeMarkdown, evidenceMarkdown, markdownUrl } from '../markdown/escape.js';
import { jsonValue } from './text-formats.js';

/** Template files the evidence bundle is rendered from, by name under `templates/`. */
export const evidenceTemplateNames = [
  'change-notification.md.hbs',
  'declaration-draft.md.hbs',
  'declaration-draft.zh-CN.md.hbs',
  'filing-form.json.hbs',
  'label.svg.hbs',
  'responsibility-matrix.md.hbs',
  'technical-documentation.md.hbs',
  'test-request.md.hbs',
] as const;

export type EvidenceTemplateName = (typeof evidenceTemplateNames)[number];

// An isolated instance: helpers registered here never leak into another part of the program that uses
// Handlebars, and theirs never reach the evidence.
const hb = Handlebars.create();

/** The single value a helper was called with; a template typo such as `{{md}}` fails loudly. */
function oneArgument(name: string, args: unknown[]): unknown {
  if (args.length !== 2) throw new Error(`helper "${name}" takes exactly one value, got ${args.length - 1}`);
  return args[0];
}

/** A data value as inline Markdown: escaped, never a link, image, HTML tag or mention. */
function markdownText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' || typeof value === 'string')
    return escapeMarkdown(String(value), evidenceMarkdown);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(markdownText).join(', ');
  throw new Error(`helper "md" cannot print an object; name one of its fields`);
}

hb.registerHelper('md', (...args: unknown[]) => new hb.SafeString(markdownText(oneArgument('md', args))));
hb.registerHelper('link', (...args: unknown[]) => {
  const value = oneArgument('link', args);
  return new hb.SafeString(
    typeof value === 'string' && value !== '' ? markdownUrl(value, evidenceMarkdown) : markdownText(value),
  );
});
hb.registerHelper('json', (...args: unknown[]) => new hb.SafeString(jsonValue(oneArgument('json', args))));
hb.registerHelper('eq', (...args: unknown[]) => {
  if (args.length !== 3) throw new Error(`helper "eq" takes exactly two values, got ${args.length - 1}`);
  return args[0] === args[1];
});

// Compiled once per distinct source: a bundle renders each template once, a long-running process
// (a refiling run over many products) renders the same sources again and again.
const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** Render one evidence template with a view model; template errors name the template file. */
export function renderTemplate(
  templates: Record<string, string>,
  name: EvidenceTemplateName,
  model: object,
): string {
  const source = templates[name];
  if (source === undefined) {
    throw new EvidenceError(
      `Template ${name} is missing from the templates given to the evidence generator.`,
      `Load every file named in evidenceTemplateNames from templates/ (dist/templates/ in the bundle).`,
    );
  }
  try {
    let template = compiled.get(source);
    if (!template) {
      // strict: a field the model does not have is an error, not an empty string on a legal document.
      template = hb.compile(source, { strict: true, noEscape: false });
      compiled.set(source, template);
    }
    return template(model);
  } catch (error) {
    if (error instanceof EvidenceError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new EvidenceError(
      `templates/${name}: ${message}.`,
      'Fix the template: it uses a field or helper the evidence model does not provide (see src/evidence/).',
    );
  }
}
