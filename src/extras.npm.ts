// An app's one chunk for the two small on-demand parts (internal/load-lazy.ts): what runs an
// accepted gated script, and the wording of reports. The drop-in file fetches each on its own
// (cookie-consent.scripts.js, cookie-consent.words.js); in an app, one dynamic import fewer in
// the entry chunk is worth more than the ~1 kB the rarer of the two costs the other.
export { runScript } from './effects/run-script.js';
export { phrases } from './internal/phrases.js';
