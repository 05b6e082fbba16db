// The npm entry's way to the on-demand part: a plain dynamic import, which the app's bundler
// turns into a chunk of its own. The drop-in file replaces this module (see load-lazy.cdn.ts).
export const loadLazy = (): Promise<typeof import('../lazy.js')> => import('../lazy.js');
