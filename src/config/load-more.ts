// How the services chunk reaches the parts it may need in turn: in an app, dynamic imports its
// bundler turns into chunks; beside the drop-in file, load-more.cdn.ts (by URL, from beside
// the services chunk itself).
export const loadPresets = (): Promise<typeof import('../presets/complete.js')> => import('../presets/complete.js');
export const loadDebug = (): Promise<typeof import('../consent/inventory-check.js')> => import('../consent/inventory-check.js');
