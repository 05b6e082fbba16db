// The npm entry's way to the on-demand parts: plain dynamic imports, which the app's bundler
// turns into chunks of their own; each fetched once per page. The drop-in file replaces this
// module (see load-lazy.cdn.ts).
import { loadFailed, once } from './once.js';

export { loadFailed };

type Lazy = typeof import('../lazy.npm.js');
type Embeds = typeof import('../embeds.js');

export const loadLazy = once<Lazy>(() => import('../lazy.npm.js'));
// In an app, the wording of reports comes with the on-demand part (one chunk fewer to name in the entry).
export const loadWords = loadLazy;
export const loadEmbeds = once<Embeds>(() => import('../embeds.js'));
export const loadScripts = once<typeof import('../effects/run-script.js')>(() => import('../effects/run-script.js'));
