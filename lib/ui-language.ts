/** The interface language (`de`, `en`): it decides the language of record texts and dates too. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage().split('-')[0] || 'en';
}

/** Sets the page's `lang` to the interface language, so screen readers pronounce it right. */
export function applyUiLanguage(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
}

/** The full interface locale (`en-GB`, `de-DE`) for formatting dates and numbers. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}
