// The Google tag's own snippet, as a portal pastes it above gtag.js (demo/services.html): a
// classic script, run before the element, so that `gtag` exists when it sends Consent Mode's
// `default` and every later `update` lands in `dataLayer`, where the page's panel reads them.
// No gtag.js follows: the demo sends nothing to Google.
window.dataLayer = window.dataLayer || [];
window.gtag = function () {
  // As Google's snippet does: the `arguments` object itself, which gtag.js reads.
  window.dataLayer.push(arguments);
};
