// The npm entry's way to the on-demand part: a plain dynamic import, which the app's bundler
// turns into a chunk of its own; fetched once per page. The drop-in file replaces this module
// (see load-lazy.cdn.ts).
type Lazy = typeof import('../lazy.js');

let lazy: Promise<Lazy> | undefined;

export const loadLazy = (): Promise<Lazy> =>
  // async: whatever goes wrong, even synchronously, is a rejection the callers handle.
  (lazy ??= (async () => import('../lazy.js'))().catch((error) => {
    lazy = undefined; // a later try may succeed (a network blip)
    throw error;
  }));
