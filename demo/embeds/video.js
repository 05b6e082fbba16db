// The stand-in video player of demo/embeds/video.html: "Video player from {provider}", read
// from ?provider=, and one cookie named like that provider's (YouTube's `YSC`, Vimeo's
// `vuid`), set on this host, the portal's own in the demo, so that the banner's clean-up and
// the tests can see it. Its styles come as a constructed stylesheet: no style attribute or
// <style> element, which a strict CSP would refuse.
(function () {
  'use strict';
  var provider = (new URLSearchParams(location.search).get('provider') || '').trim().slice(0, 40);
  var cookies = { YouTube: 'YSC=1', Vimeo: 'vuid=demo' };
  var label = document.getElementById('player-label');
  if (label) label.textContent = provider ? 'Video player from ' + provider : 'Video player';
  document.title = label ? label.textContent : document.title;
  if (Object.prototype.hasOwnProperty.call(cookies, provider)) {
    document.cookie = cookies[provider] + '; Path=/; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');
  }

  var sheet = new CSSStyleSheet();
  sheet.replaceSync(
    'html, body { height: 100%; margin: 0; }' +
      'body { display: grid; place-items: center; color: #f2f4f7; background: #111820;' +
      ' font: 1rem/1.4 system-ui, sans-serif; text-align: center; }' +
      '.player { display: grid; justify-items: center; gap: 0.75rem; padding: 1rem; }' +
      '.player p { margin: 0; }' +
      '.play { width: 0; height: 0; border-style: solid; border-width: 1.4rem 0 1.4rem 2.4rem;' +
      ' border-color: transparent transparent transparent #f2f4f7; }',
  );
  document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
})();
