/**
 * The prose of `<cookie-policy>`. Unlike the banner's `Messages`, these are not overridable
 * from JSON, so parameterised texts are functions (Web Awesome's pattern): their values
 * cannot be mistyped as placeholders, and a translation must fill them all.
 * Every text is rendered through Lit bindings, as text, never as markup.
 */
export interface PolicyMessages {
  /** First paragraph: what cookies do on this platform. */
  intro: (platform: string) => string;
  whatHeading: string;
  what: string;
  kindsHeading: string;
  necessaryTerm: string;
  necessary: string;
  statisticsTerm: string;
  statistics: string;
  firstPartyTerm: string;
  firstParty: string;
  thirdPartyTerm: string;
  thirdParty: string;
  usedHeading: (platform: string) => string;
  usedIntro: string;
  /** Caption of one category's table. */
  caption: (category: string) => string;
  choiceHeading: string;
  noChoice: string;
  /** Followed by the date of the choice (a `<time>`) and a full stop. */
  choiceSaved: string;
  /** One category of the stored choice: `on` accepted, `off` refused, `always` the necessary ones. */
  choice: (category: string, state: 'on' | 'off' | 'always') => string;
  manage: string;
  changeHeading: string;
  change: string;
  browser: string;
}
