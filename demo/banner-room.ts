/**
 * Room for the banner. It is `position: fixed`, so it moves nothing when it appears (no
 * layout shift), but at the top of the page it covers what is there, here the demo
 * settings one uses to move it, and the page cannot be scrolled out from under it. Like a
 * careful portal, the demo leaves room at the top or the bottom of the page as tall as the
 * banner while it shows (demo.css reads --demo-banner-top and --demo-banner-bottom).
 *
 * It measures the banner through the element's open shadow root, which is the demo's
 * business, not a portal's: the element has no API that says where its banner is.
 * The values go into an adopted stylesheet: no style attribute, as a strict CSP wants.
 */

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function watch(el: HTMLElement): void {
  const root = el.shadowRoot;
  if (!root) return;
  let banner: HTMLElement | null = null;
  let last = '';
  const measure = (): void => {
    const found = root.querySelector<HTMLElement>('[part~="banner"]');
    if (found !== banner) {
      resize.disconnect();
      banner = found;
      if (banner) resize.observe(banner);
    }
    let top = 0;
    let bottom = 0;
    if (banner) {
      // Layout values, not the rectangle alone: the entrance animation moves it a little.
      const style = getComputedStyle(banner);
      const rect = banner.getBoundingClientRect();
      if (rect.top + rect.height / 2 < innerHeight / 2) top = (parseFloat(style.top) || 0) + banner.offsetHeight;
      else bottom = (parseFloat(style.bottom) || 0) + banner.offsetHeight;
    }
    const css = `:root { --demo-banner-top: ${Math.ceil(top)}px; --demo-banner-bottom: ${Math.ceil(bottom)}px; }`;
    if (css !== last) sheet.replaceSync((last = css));
  };
  const resize = new ResizeObserver(measure);
  // The banner comes and goes with each render; layout and position are the host's attributes.
  new MutationObserver(measure).observe(root, { childList: true, subtree: true });
  new MutationObserver(measure).observe(el, { attributes: true });
  addEventListener('resize', measure);
  measure();
}

customElements.whenDefined('cookie-consent').then(() => {
  for (const el of document.querySelectorAll('cookie-consent')) watch(el);
});
