// Stands in for a Matomo tag in the demo: it sends nothing anywhere, it only sets two
// cookies named like Matomo's (site 1) on this host and tells the page it ran. The element
// runs it only once "statistics" is accepted, and deletes `_pk_id.*` and `_pk_ses.*` when
// that consent is withdrawn.
(function () {
  'use strict';
  var suffix = '.1.4b2c';
  var attributes = '; Path=/; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');
  document.cookie = '_pk_id' + suffix + '=' + Date.now().toString(16) + '.demo' + attributes + '; Max-Age=' + 395 * 86400;
  document.cookie = '_pk_ses' + suffix + '=1' + attributes + '; Max-Age=1800';
  document.dispatchEvent(new CustomEvent('demo-statistics-tag'));
})();
