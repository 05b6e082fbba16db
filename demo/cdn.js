// The page script of cdn.html: a classic script, no module, as on a portal that does not
// use modules. It translates the page from ?lang=, logs the element's events and shows
// which cookies the page can read. It runs in <head>, before the element exists. The
// portal, the element's attributes and the links are the demo settings' (settings.ts).
(function () {
  'use strict';

  var fr = {
    title: 'Version CDN – démo de <cookie-consent>',
    skip: 'Aller au contenu principal',
    navMain: 'Menu principal',
    navDatasets: 'Jeux de données',
    navPolicy: 'Politique de cookies',
    navCdn: 'Version CDN',
    navFooter: 'Pied de page',
    h1: 'La version CDN sur une page de portail classique',
    lead:
      'Cette page charge le fichier construit par une balise script classique, comme le fait un gabarit de portail, ' +
      'et ajoute une catégorie Statistiques (Matomo) par un enfant JSON de l’élément. Ni module, ni étape de construction.',
    tagH: 'Un marqueur qui attend le consentement',
    tagP:
      'La page contient un script de type text/plain rattaché à la catégorie Statistiques. L’élément ne l’exécute qu’une ' +
      'fois les statistiques acceptées ; il dépose alors deux cookies imitant ceux de Matomo, supprimés quand le ' +
      'consentement est retiré.',
    tagStatus: 'Marqueur de statistiques',
    tagWaiting: 'non exécuté',
    tagRan: 'exécuté à',
    cookiesNow: 'Cookies lisibles par la page',
    manage: 'Gérer mes préférences',
    events: 'Événements',
    noEvent: 'Aucun événement pour l’instant.',
    footerNote: '– un portail fictif pour la démo de <cookie-consent>.',
    cookieSettings: 'Gestion des cookies',
  };
  var english = { tagRan: 'ran at' };

  var lang = new URLSearchParams(location.search).get('lang') === 'fr' ? 'fr' : 'en';
  // Before the element starts, so that it reads the page's language (SPEC "lang").
  document.documentElement.lang = lang;

  function text(key) {
    return (lang === 'fr' ? fr : english)[key];
  }

  function time() {
    return new Date().toLocaleTimeString(lang);
  }

  function log(name, detail) {
    var list = document.getElementById('event-log');
    if (!list) return;
    var empty = list.querySelector('.empty');
    if (empty) empty.remove();
    var item = document.createElement('li');
    var when = document.createElement('time');
    when.textContent = time();
    var label = document.createElement('span');
    label.className = 'name';
    label.textContent = name;
    item.append(when, ' ', label, '\n', detail);
    list.prepend(item);
    while (list.children.length > 6) list.lastElementChild.remove();
  }

  function summary(consent) {
    return consent ? 'detail.consent.categories = ' + JSON.stringify(consent.categories) : 'detail.consent = null';
  }

  function showCookies() {
    var out = document.getElementById('cookie-names');
    if (!out) return;
    var names = document.cookie
      .split(';')
      .map(function (pair) {
        return pair.split('=')[0].trim();
      })
      .filter(Boolean);
    out.textContent = names.length ? names.join(', ') : '–';
  }

  document.addEventListener('cookie-consent-ready', function (event) {
    log('cookie-consent-ready', summary(event.detail.consent));
    showCookies();
  });

  document.addEventListener('cookie-consent-change', function (event) {
    log('cookie-consent-change', 'detail.changed = ' + JSON.stringify(event.detail.changed) + '\n' + summary(event.detail.consent));
    showCookies();
  });

  // Sent by fake-matomo.js once the element has let it run.
  document.addEventListener('demo-statistics-tag', function () {
    var status = document.getElementById('tag-status');
    if (status) status.textContent = text('tagRan') + ' ' + time();
    showCookies();
  });

  document.addEventListener('DOMContentLoaded', function () {
    if (lang === 'fr') {
      document.querySelectorAll('[data-i18n]').forEach(function (el) {
        var t = fr[el.getAttribute('data-i18n')];
        if (t) el.textContent = t;
        else console.warn('cdn demo: no French text for "' + el.getAttribute('data-i18n') + '"');
      });
      document.querySelectorAll('[data-i18n-label]').forEach(function (el) {
        el.setAttribute('aria-label', fr[el.getAttribute('data-i18n-label')]);
      });
    }
    showCookies();
  });
})();
