import { printWith } from './report.js';

/** The registry key of the report phrases (internal/phrases.ts, which comes with the on-demand part). */
export const PHRASES = Symbol.for('portal-cookie-consent:phrases');

type Words = Readonly<Record<string, string>>;
const registry = globalThis as Record<symbol, Words | undefined>;

/** `message` with its `§name` tokens in words; a token without one (or one Object.prototype has) stays as written. */
export const expand = (message: string, words: Words = {}): string =>
  message.replace(/§(\w+)/g, (token, name: string) => (Object.hasOwn(words, name) ? words[name]! : token));

/**
 * Has reports print their `§` tokens in words: at once where the phrases are already on the
 * page, else once `fetch` has brought them (or, should that fail, with the tokens as written).
 */
export function wordsFrom(fetch: () => Promise<Words>): void {
  printWith((say, message) => {
    if (registry[PHRASES] || !message.includes('§')) return say(expand(message, registry[PHRASES]));
    fetch().then(
      (words) => say(expand(message, (registry[PHRASES] ??= words))),
      () => say(message),
    );
  });
}
