// The npm entry's way to the on-demand parts: plain dynamic imports, which the app's bundler
// turns into chunks of their own; each fetched once per page. The drop-in file replaces this
// module (see load-lazy.cdn.ts).
import { loadFailed, once } from './once.js';

export { loadFailed };

type Lazy = typeof import('../lazy.js');
type Embeds = typeof import('../embeds.js');

export const loadLazy = once<Lazy>(() => import('../lazy.js'));
export const loadEmbeds = once<Embeds>(() => import('../embeds.js'));
export const loadChoice = once<typeof import('../choice.js')>(() => import('../choice.js'));
export const loadServices = once<typeof import('../services.js')>(() => import('../services.js'));
const loadExtras = once<typeof import('../extras.npm.js')>(() => import('../extras.npm.js'));
export const loadWords = loadExtras;
export const loadScripts = loadExtras;
