// `npx vite build -c examples/vue/vite.config.ts`: a standalone build of this example, in
// examples/vue/dist/ (git-ignored). The tests serve it from the repository's dev server instead.
// main.ts imports Vue's full build (runtime + template compiler); @vitejs/plugin-vue,
// which an app with .vue files uses, would also define these feature flags.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});
