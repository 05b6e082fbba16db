import { afterEach, describe, expect, it, vi } from 'vitest';
import { printWith, reportOnce, resetReports } from '../../src/internal/report.js';
import { expand, PHRASES, wordsFrom } from '../../src/internal/report-words.js';

const registry = globalThis as Record<symbol, unknown>;

describe('reportOnce and its phrases (the wording comes with the on-demand part)', () => {
  afterEach(() => {
    delete registry[PHRASES];
    printWith((say, message) => say(message));
    resetReports();
    vi.restoreAllMocks();
  });

  it('expands §tokens with own phrases only: an unknown token, or one Object.prototype has, stays as written', () => {
    const words = { store: 'could not be written' };
    expect(expand('the "x" cookie §store', words)).toBe('the "x" cookie could not be written');
    expect(expand('§nothing §constructor §toString §__proto__', words)).toBe('§nothing §constructor §toString §__proto__');
  });

  it('fetches the phrases once a report has a token, prints it in words, and keeps them for the next report', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const loader = vi.fn(async () => ({ empty: 'an empty "data-cookie-category" keeps its element blocked' }));
    wordsFrom(loader);
    reportOnce('a', '§empty');
    expect(errors).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(errors).toHaveBeenCalledWith('cookie-consent: an empty "data-cookie-category" keeps its element blocked'));
    reportOnce('b', 'then §empty');
    expect(errors).toHaveBeenLastCalledWith('cookie-consent: then an empty "data-cookie-category" keeps its element blocked');
    expect(loader).toHaveBeenCalledTimes(1);
    // A report without a token needs no phrases.
    reportOnce('c', 'plain words');
    expect(errors).toHaveBeenLastCalledWith('cookie-consent: plain words');
  });

  it('where the phrases cannot be fetched, still reports, with its tokens, and throws nothing', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    wordsFrom(() => Promise.reject(new Error('offline')));
    expect(() => reportOnce('d', 'the "x" cookie §store', true)).not.toThrow();
    await vi.waitFor(() => expect(warnings).toHaveBeenCalledWith('cookie-consent: the "x" cookie §store'));
  });

  it('a console that throws (replaced by something hostile) throws nothing at the page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {
      throw new Error('hostile console');
    });
    expect(() => reportOnce('e', 'plain words')).not.toThrow();
  });

  it('every token the sources write has its phrase', async () => {
    const { phrases } = await import('../../src/internal/phrases.js');
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !/internal\/(report|report-words|phrases)\.ts$/.test(f));
    const tokens = files.flatMap((f) => [...readFileSync(`src/${f}`, 'utf8').matchAll(/§([a-z]+)/g)].map((m) => m[1]!));
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of tokens) expect(Object.hasOwn(phrases, token), `§${token}`).toBe(true);
  });
});
