/**
 * The prose of `<cookie-policy>`, in the same shape as the banner's `Messages`: plain texts
 * whose `{name}` placeholders are filled in by `format()`. It lives in the policy's own
 * entry, so that a banner page never downloads it. Every text is rendered through Lit
 * bindings, as text, never as markup.
 */
export interface PolicyMessages {
  /** First paragraph: what cookies do on the `{platform}` platform. */
  intro: string;
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
  usedHeading: string;
  usedIntro: string;
  /** Caption of one category's table. */
  caption: string;
  choiceHeading: string;
  noChoice: string;
  /** Followed by the date of the choice (a `<time>`) and a full stop. */
  choiceSaved: string;
  /** One category of the stored choice: the necessary ones, accepted, refused. */
  choiceAlways: string;
  choiceOn: string;
  choiceOff: string;
  manage: string;
  changeHeading: string;
  change: string;
  browser: string;
}
