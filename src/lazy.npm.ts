// The on-demand part as an app's bundler gets it (internal/load-lazy.ts): the drop-in file's
// (lazy.ts), and the wording of reports, which the drop-in file fetches on its own
// (cookie-consent.words.js) but an app is spared a chunk for.
export * from './lazy.js';
export { phrases } from './internal/phrases.js';
