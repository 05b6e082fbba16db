import type { PolicyMessages } from './policy-messages.js';

export const policyEn = {
  intro:
    'The {platform} platform uses cookies. Some keep it working, for example to keep you signed in; ' +
    'others measure its audience, so that it can be improved. This page explains what cookies are, ' +
    'which ones the platform uses, and how to accept or refuse them.',
  whatHeading: 'What is a cookie?',
  what:
    'A cookie is a small text file that a website stores in your browser. The site reads it back on the ' +
    'following pages or visits, for example to remember your language. The same rules apply to similar ' +
    'technologies, such as the storage space a site may use in your browser.',
  kindsHeading: 'The kinds of cookies',
  necessaryTerm: 'Necessary cookies',
  necessary:
    'The platform cannot work without them: signing in, remembering your language, securing requests, ' +
    'remembering your cookie choices. They do not need your consent.',
  statisticsTerm: 'Statistical cookies',
  statistics:
    'They measure the audience: how many visits, which pages are read. They are exempt from consent only ' +
    'when the data is anonymised and used for audience measurement alone (the exemption granted by the CNIL, ' +
    'the French data protection authority). Otherwise they are set only if you accept them.',
  firstPartyTerm: 'First-party cookies',
  firstParty: 'They are set by the platform you are visiting, under its own address.',
  thirdPartyTerm: 'Third-party cookies',
  thirdParty: 'They are set by another organisation, such as the provider of a service the platform uses, under that organisation’s address.',
  usedHeading: 'What cookies are used on the {platform} platform?',
  usedIntro:
    'The cookies are grouped by purpose. For each one, the table gives who provides it, what it is for, ' +
    'its name and how long it is kept.',
  caption: 'Cookies: {category}',
  choiceHeading: 'Your current choice',
  noChoice: 'You have not made a choice yet. Until you do, only the necessary cookies are set.',
  choiceSaved: 'Choice saved on',
  choiceAlways: '{category}: always on',
  choiceOn: '{category}: accepted',
  choiceOff: '{category}: refused',
  manage: 'Manage my preferences',
  changeHeading: 'How to change your choice',
  change:
    'You can change your choice at any time, as easily as you made it, in the cookie preferences window: ' +
    'refusing is as simple as accepting. When you withdraw your consent, the platform stops setting those cookies and deletes those it can reach.',
  browser:
    'You can also delete or block cookies in your browser’s settings. Blocking the necessary cookies may ' +
    'stop parts of the platform from working, such as signing in.',
} satisfies PolicyMessages;
