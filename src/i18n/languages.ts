import type { LanguagePack } from './messages.js';

/**
 * The languages that language files have loaded (`dist/lang/de.js`, `portal-cookie-consent/lang/de`),
 * by primary subtag. One registry per page, on a global symbol, so that a language file serves
 * the drop-in file and the npm module alike, whichever came first. Read with Object.hasOwn only.
 */
export const loadedLanguages: Record<string, LanguagePack> = ((globalThis as Record<symbol, Record<string, LanguagePack>>)[
  Symbol.for('portal-cookie-consent:languages')
] ??= Object.create(null));

/**
 * What a language file runs: adds its texts, then asks every element already on the page to
 * render again, since a language file may load after the banner showed (an `async` script).
 * On a server, where there is no page, it only adds the texts.
 */
export function registerLanguage(code: string, pack: LanguagePack): void {
  loadedLanguages[code] = pack;
  // No document on a server (portal-cookie-consent/server renders in the languages loaded there).
  for (const element of globalThis.document?.querySelectorAll('cookie-consent, cookie-policy, cookie-consent-placeholder') ?? [])
    (element as Partial<{ requestUpdate(): void }>).requestUpdate?.();
}
