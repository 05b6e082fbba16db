// The drop-in file's services chunk finds the presets (dist/cookie-consent.presets.js) and the
// `debug` checks (dist/cookie-consent.debug.js) beside itself.
const beside = <T>(file: string) => (): Promise<T> => import(/* @vite-ignore */ new URL(file, import.meta.url).href);

export const loadPresets = beside<typeof import('../presets/complete.js')>('cookie-consent.presets.js');
export const loadDebug = beside<typeof import('../consent/inventory-check.js')>('cookie-consent.debug.js');
