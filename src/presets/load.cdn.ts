// The drop-in file's services chunk finds the presets beside itself: dist/cookie-consent.presets.js.
export const loadPresets = (): Promise<typeof import('./complete.js')> =>
  import(/* @vite-ignore */ new URL('cookie-consent.presets.js', import.meta.url).href);
