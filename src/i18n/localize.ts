import type { LocalizedText } from '../config/types.js';

/**
 * One text in `lang` (else English, else its first language). A number is a duration in
 * days, written by the browser's own `Intl` in any language: "2 weeks", "6 mois", "1 year".
 * Whole years first; then months, where the days are within 3 of a whole number of
 * average months (180 → 6 months, 395 → 13 months, the CNIL maximum); then weeks.
 */
export function localize(text: LocalizedText | number | undefined, lang: string): string {
  if (typeof text === 'number') {
    const months = Math.round(text / 30.44);
    const [n, unit] =
      text % 365 === 0
        ? [text / 365, 'year']
        : text >= 30 && Math.abs(months * 30.44 - text) <= 3
          ? [months, 'month']
          : text % 7 === 0
            ? [text / 7, 'week']
            : [text, 'day'];
    try {
      return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
    } catch {
      // An engine without unit formatting (a RangeError on `style: 'unit'`) or without Intl:
      // plain days, in the two built-in languages, rather than no banner at all.
      return `${text} ${lang == 'fr' ? 'jour' : 'day'}${text > 1 ? 's' : ''}`;
    }
  }
  if (typeof text !== 'object') return text ?? '';
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}
