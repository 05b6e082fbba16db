import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enBanner } from '../../src/i18n/en.banner.js';
import { enDialog } from '../../src/i18n/en.dialog.js';
import { exemptTexts } from '../../src/config/services.js';
import { loadedLanguages } from '../../src/i18n/languages.js';
import type { LanguagePack } from '../../src/i18n/messages.js';
import { placeholderMessages } from '../../src/i18n/placeholder.js';
import { policyEn } from '../../src/i18n/policy-en.js';
import { presets } from '../../src/presets/index.js';
import { withBuiltInTexts } from '../../src/config/default-texts.js';
import { defaultCategories, withPreferencesRow } from '../../src/config/defaults.js';

/** The language files under src/lang, each checked against the English texts. */
const CODES = ['de', 'es', 'it', 'nl', 'pt'] as const;

const english: LanguagePack = {
  // The exempt texts' English comes with the services chunk; a language file carries its own.
  banner: { ...enBanner, exemptNotice: exemptTexts.en!.exemptNotice },
  dialog: { ...enDialog, exemptNote: exemptTexts.en!.exemptNote },
  placeholder: placeholderMessages.en!,
  policy: policyEn,
  // The built-in inventory's and the presets' texts beyond English and French, keyed by their English text.
  inventory: Object.fromEntries(
    [
      ...withBuiltInTexts(withPreferencesRow(defaultCategories, 'cookies_preferences', 180)).flatMap((c) => [c.title, c.description]),
      ...[...withBuiltInTexts(withPreferencesRow(defaultCategories, 'cookies_preferences', 180)), ...Object.values(presets)]
        .flatMap((table) => table.cookies ?? [])
        .flatMap((row) => [row.function, row.purpose, row.duration]),
    ].flatMap((text) => (typeof text == 'object' ? [[text.en!, text.en!]] : [])),
  ),
};
const PARTS = Object.keys(english) as (keyof LanguagePack)[];

/**
 * Whole texts that may equal the English one because they are proper names (none so far).
 * Keyed `part.key`, e.g. 'banner.policyLink'.
 */
const PROPER_NAMES: ReadonlySet<string> = new Set();

/** The `{name}` placeholders of a text, sorted, as `format()` finds them. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('language files (src/lang)', () => {
  beforeAll(async () => {
    // registerLanguage asks the page's elements to render again: no DOM in the unit project.
    vi.stubGlobal('document', { querySelectorAll: () => [] });
    await Promise.all(CODES.map((code) => import(`../../src/lang/${code}.ts`)));
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  describe.each(CODES)('%s', (code) => {
    const pack = () => {
      expect(Object.hasOwn(loadedLanguages, code), `${code} is registered`).toBe(true);
      return loadedLanguages[code]!;
    };

    it('registers its pack in loadedLanguages, with the four parts', () => {
      expect(Object.keys(pack()).sort()).toEqual([...PARTS].sort());
    });

    it.each(PARTS)('%s: the same keys as the English texts', (part) => {
      expect(Object.keys(pack()[part]!).sort()).toEqual(Object.keys(english[part]!).sort());
    });

    it.each(PARTS)('%s: no empty text, the English placeholders exactly, no copied English text', (part) => {
      const texts = pack()[part] as unknown as Record<string, unknown>;
      for (const [key, en] of Object.entries(english[part]!) as [string, string][]) {
        const text = texts[key];
        const where = `${code} ${part}.${key}`;
        expect(typeof text, where).toBe('string');
        const value = text as string;
        expect(value.trim(), `${where} is empty`).not.toBe('');
        expect(placeholders(value), `${where} placeholders`).toEqual(placeholders(en));
        // No stray brace: a mistyped placeholder would be shown as it is.
        expect(value.replace(/\{\w+\}/g, ''), `${where} stray brace`).not.toMatch(/[{}]/);
        if (!PROPER_NAMES.has(`${part}.${key}`)) expect(value, `${where} is the English text`).not.toBe(en);
      }
    });
  });
});
