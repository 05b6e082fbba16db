import words from './phrases.json';
import { expand as expandWith, PHRASES } from './report-words.js';
import { printWith } from './report.js';

/**
 * The long phrases of the reports (phrases.json). The element's first view writes a report
 * with `§name` tokens in their place: the wording of a mistake that only an integrator ever
 * sees would otherwise cost every visitor's download. The phrases come with the on-demand
 * part, fetched with the first report that has a token (internal/report-words.ts; cookie-consent.words.js for the drop-in file), and are kept under a
 * registry key, so that a second copy of the package on the page (npm module and CDN file)
 * finds them too. Text only: a page script that changes them changes nothing but the
 * console's wording. The drop-in policy files have them written in at build time (vite.config.ts).
 */
export const phrases: Readonly<Record<string, string>> = words;

/** `message` with its `§name` tokens in these words. */
export const expand = (message: string): string => expandWith(message, phrases);

(globalThis as Record<symbol, unknown>)[PHRASES] = phrases;
// Where they are loaded, reports print in words at once (the npm policy entry, the tests).
printWith((say, message) => say(expand(message)));
