// Builds the screenshot page from its query string: ?lang=fr&theme=dark&layout=bar&position=top&css=dsfr
import '../src/index.js';

const query = new URLSearchParams(location.search);
const css = query.get('css');
if (css) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/themes/${css}.css`;
  document.head.append(link);
}
document.documentElement.lang = query.get('lang') ?? 'en';
const el = document.createElement('cookie-consent');
el.setAttribute('platform', 'https://inai.opendatasoft.com');
el.setAttribute('policy-url', '/policy');
for (const name of ['theme', 'layout', 'position']) {
  const value = query.get(name);
  if (value) el.setAttribute(name, value);
}
document.body.append(el);
if (query.has('dialog')) void el.updateComplete.then(() => el.showPreferences());
