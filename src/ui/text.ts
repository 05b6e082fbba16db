import { html } from 'lit/html.js';

/**
 * Fills the `{name}` placeholders of a text with values that may be templates (a host name
 * with its break points); unknown ones stay as written. Returns parts for a Lit binding, so
 * that every text is still rendered as text, never parsed as markup.
 */
export const fill = (template: string, values: Readonly<Record<string, unknown>>): unknown[] =>
  template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (Object.hasOwn(values, part) ? values[part] : `{${part}}`) : part));

/** A host name that a narrow screen may wrap after a dot, and nowhere else ("gpseo.|opendatasoft.|com"). */
export const breakAtDots = (name: string): unknown[] => name.split('.').map((label, i) => (i ? html`.<wbr />${label}` : label));
