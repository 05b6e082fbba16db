// Vue 3 with its template compiler in the browser (the full build), so that the template
// below is compiled at run time and `isCustomElement` applies. With single-file components
// and @vitejs/plugin-vue, put the same function in
// `vue({ template: { compilerOptions: { isCustomElement } } })` in vite.config.ts instead.
import { createApp, ref, type App } from 'vue/dist/vue.esm-bundler.js';
import 'portal-cookie-consent'; // defines <cookie-consent> before Vue renders it
import type { ConsentConfig, ConsentRecord, CookieConsentChangeEvent, CookieConsentReadyEvent } from 'portal-cookie-consent';

/** Every tag starting with `cookie-` is a custom element, not a Vue component. */
export const isCustomElement = (tag: string): boolean => tag.startsWith('cookie-');

const config: ConsentConfig = {
  categories: [
    {
      id: 'marketing',
      title: { en: 'Marketing', fr: 'Marketing' },
      description: { en: 'Videos embedded from YouTube.', fr: 'Vidéos intégrées depuis YouTube.' },
      cookies: [
        { provider: 'YouTube', function: 'Video player', names: ['VISITOR_INFO1_LIVE'], purpose: 'Play videos', duration: 180 },
      ],
    },
  ],
};

const describe = (consent: ConsentRecord | null): string =>
  consent
    ? Object.entries(consent.categories)
        .map(([id, on]) => `${id}: ${on ? 'on' : 'off'}`)
        .join(', ')
    : 'no choice yet';

// `.config` (short for `:config.prop`) sets the DOM property, an object. A plain `:config`
// would do the same here, since Vue sets a DOM property whenever the element has one of
// that name (it is defined before mounting), else an attribute (`policy-url`); `^name`
// (`:name.attr`) forces an attribute. `@cookie-consent-change` listens to that exact
// kebab-case event.
const template = `
  <p>Cookie choice: <output data-testid="vue-choice">{{ choice }}</output></p>
  <cookie-consent
    ref="banner"
    platform="https://inai.opendatasoft.com"
    policy-url="/pages/cookies"
    .config="config"
    @cookie-consent-ready="onReady"
    @cookie-consent-change="onChange"
  ></cookie-consent>
  <button type="button" @click="$refs.banner.showPreferences()">Cookie settings</button>
`;

/** Mounts the app into `container`; returns what unmounts it. */
export function mount(container: Element): () => void {
  const app: App = createApp({
    template,
    setup() {
      const choice = ref('no choice yet');
      return {
        config,
        choice,
        onReady: (event: CookieConsentReadyEvent) => (choice.value = describe(event.detail.consent)),
        onChange: (event: CookieConsentChangeEvent) => (choice.value = describe(event.detail.consent)),
      };
    },
  });
  app.config.compilerOptions.isCustomElement = isCustomElement;
  app.mount(container);
  return () => app.unmount();
}

const container = document.getElementById('app');
if (container) mount(container);
