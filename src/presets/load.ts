// How the services chunk reaches the presets: in an app, a dynamic import its bundler turns into
// a chunk; beside the drop-in file, load.cdn.ts (dist/cookie-consent.presets.js, by URL).
export const loadPresets = (): Promise<typeof import('./complete.js')> => import('./complete.js');
