import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { CookieRow, LocalizedText } from '../config/types.js';
import { localize } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';

export type TableTexts = Pick<Messages, 'provider' | 'function' | 'names' | 'purpose' | 'duration'>;

/**
 * One category's cookies, for the preferences dialog and the policy page alike: provider,
 * function, names, purposes, and a fifth column, duration, where any row gives one. Each
 * cell carries its column's name in `data-label`, which the phone layout shows beside it
 * when rows become blocks. `label` is a caption (policy page) or the id of the heading that
 * names the table (dialog).
 */
export function cookieTable(rows: readonly CookieRow[], m: TableTexts, lang: string, label: { caption?: string; by?: string }): TemplateResult {
  const withDuration = rows.some((row) => row.duration !== undefined);
  const columns = (['provider', 'function', 'names', 'purpose', 'duration'] as const).slice(0, withDuration ? 5 : 4).map((key) => m[key]);
  const cell = (i: number, text: LocalizedText | number | undefined) => html`<td data-label=${columns[i]!}>${localize(text, lang)}</td>`;
  return html`<table part="cookie-table" aria-labelledby=${label.by ?? nothing}>
    ${label.caption && html`<caption>${label.caption}</caption>`}
    <thead>
      <tr>
        ${columns.map((name) => html`<th scope="col">${name}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        // On one line: no blank text between the cells, thousands of nodes fewer in a long table.
        (row) =>
          html`<tr>${cell(0, row.provider)}${cell(1, row.function)}<td data-label=${columns[2]!}>${row.names.map((name, i) => html`${i ? ', ' : ''}<code>${name}</code>`)}</td>${cell(3, row.purpose)}${withDuration ? cell(4, row.duration) : nothing}</tr>`,
      )}
    </tbody>
  </table>`;
}
