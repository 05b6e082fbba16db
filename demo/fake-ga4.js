// Stands in for Google Analytics 4's gtag.js in the demo (demo/services.html): it sends
// nothing anywhere, it only sets two cookies named like GA4's (container G-DEMO123) on this
// host and tells the page it ran. The element runs it only once the "ga4" service is
// accepted, and deletes `_ga` and `_ga_*` when that consent is withdrawn.
(function () {
  'use strict';
  var attributes = '; Path=/; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');
  var twoYears = '; Max-Age=' + 730 * 86400;
  var now = Math.floor(Date.now() / 1000);
  var id = Math.floor(Math.random() * 1e9) + '.' + now;
  document.cookie = '_ga=GA1.1.' + id + attributes + twoYears;
  document.cookie = '_ga_DEMO123=GS1.1.' + now + '.1.0.' + now + '.0.0.0' + attributes + twoYears;
  document.dispatchEvent(new CustomEvent('demo-ga4-tag'));
})();
