import { describe, expect, it } from 'vitest';
import { primaryLanguage, resolveLanguage } from '../../src/i18n/resolve-language.js';

const EN_FR = new Set(['en', 'fr']);

describe('primaryLanguage', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['fr_fr', 'fr'],
    [' EN ', 'en'],
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['de-CH', 'de'],
    ['zh-Hant-TW', 'zh'],
    ['sr_Latn_RS', 'sr'],
    ['ast', 'ast'],
    ['en-US-u-ca-gregory', 'en'],
    ['\tfr-CA\n', 'fr'],
  ])('%j → %j', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    [null],
    [undefined],
    ['x'],
    ['123'],
    ['fr-'],
    ['-fr'],
    ['fr--FR'],
    ['engl'],
    ['english'],
    ['f r'],
    ['fr-FR,en;q=0.8'],
    ['fr-toolongsubtag'],
    ['12-FR'],
  ])('%j → undefined', (tag) => {
    expect(primaryLanguage(tag)).toBeUndefined();
  });
});

describe('resolveLanguage(fixed, preferred, available)', () => {
  it('the first present fixed source wins, even when a later one is supported', () => {
    expect(resolveLanguage(['fr', 'en', 'en'], ['en'], EN_FR)).toBe('fr');
    expect(resolveLanguage(['en-GB', 'fr', 'fr'], ['fr'], EN_FR)).toBe('en');
  });

  it('skips absent or meaningless fixed sources', () => {
    expect(resolveLanguage([null, 'fr_FR', 'en'], ['en'], EN_FR)).toBe('fr');
    expect(resolveLanguage(['', undefined, 'fr-CA'], ['en'], EN_FR)).toBe('fr');
    expect(resolveLanguage(['x', '123', 'fr'], ['en'], EN_FR)).toBe('fr');
  });

  it('an unsupported fixed source gives English, not the next source', () => {
    expect(resolveLanguage(['de', 'fr', 'fr'], ['fr'], EN_FR)).toBe('en');
    expect(resolveLanguage([null, 'es-ES', 'fr'], ['fr-FR'], EN_FR)).toBe('en');
  });

  it('a fixed language is supported when the configuration adds it', () => {
    expect(resolveLanguage(['de-AT'], [], new Set(['en', 'fr', 'de']))).toBe('de');
  });

  it('without a fixed source, the first supported navigator language wins', () => {
    expect(resolveLanguage([null, undefined, ''], ['de-DE', 'es', 'fr-FR', 'en-US'], EN_FR)).toBe('fr');
    expect(resolveLanguage([], ['en-GB', 'fr'], EN_FR)).toBe('en');
    expect(resolveLanguage([], ['garbage', 'FR'], EN_FR)).toBe('fr');
  });

  it('nothing supported, or nothing at all, gives English', () => {
    expect(resolveLanguage([], [], EN_FR)).toBe('en');
    expect(resolveLanguage([null, undefined, ''], ['de', 'es', 'x'], EN_FR)).toBe('en');
    // Even when English is not in the available set.
    expect(resolveLanguage([], ['de'], new Set(['fr']))).toBe('en');
  });
});
