// `vue/dist/vue.esm-bundler.js` (runtime + template compiler) has the API and types of `vue`.
declare module 'vue/dist/vue.esm-bundler.js' {
  export * from 'vue';
}
