/** `fr-FR`, `fr_fr` and ` FR ` all mean `fr`; anything that is not a language tag means nothing. */
export const primaryLanguage = (tag: string | null | undefined): string | undefined =>
  /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag ?? '')?.[1]!.toLowerCase();

/**
 * First match wins: the element's `lang`, the `django_language` cookie, `<html lang>`
 * (`fixed`, in that order), then the first of `navigator.languages` that has a
 * translation, then English. A fixed source naming a language we cannot show gives
 * English, not the next source: the page chose that language, the browser comes after.
 */
export function resolveLanguage(
  fixed: readonly (string | null | undefined)[],
  preferred: readonly string[],
  available: ReadonlySet<string>,
): string {
  for (const tag of fixed) {
    const lang = primaryLanguage(tag);
    if (lang) return available.has(lang) ? lang : 'en';
  }
  return preferred.map(primaryLanguage).find((lang) => lang && available.has(lang)) ?? 'en';
}
