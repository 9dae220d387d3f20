/** Sets the page's `lang` to the interface language, so screen readers pronounce it right. */
export function applyUiLanguage(doc: Document): void {
  doc.documentElement.lang = browser.i18n.getUILanguage().split('-')[0] || 'en';
}
