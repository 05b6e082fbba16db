// The analyzer sees `dispatchEvent(new CookieConsentReadyEvent(…))` but cannot know the
// event's name, and lists a nameless event beside the documented `@fires` ones; this
// plugin drops such entries and gives the named ones their event class.
const eventTypes = {
  'cookie-consent-ready': 'CookieConsentReadyEvent',
  'cookie-consent-change': 'CookieConsentChangeEvent',
};

const nameEvents = () => ({
  name: 'name-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.events) continue;
        declaration.events = declaration.events
          .filter((event) => event.name)
          .map((event) => (eventTypes[event.name] ? { ...event, type: { text: eventTypes[event.name] } } : event));
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json declares "customElements" itself; without this the analyzer rewrites it.
  packagejson: false,
  plugins: [nameEvents()],
};
