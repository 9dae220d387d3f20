/** Interface strings from `_locales`; the browser's language decides, English is the fallback. */
export type MessageKey =
  | 'extName'
  | 'popupNoArticle'
  | 'popupNothingKnown'
  | 'popupMentions'
  | 'optionsTitle'
  | 'optionsPacks'
  | 'optionsStarterPack';

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
