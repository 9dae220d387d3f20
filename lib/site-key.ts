/**
 * Where the settings live and how a site is named in them. Free of zod, so the content script
 * on every page can use the same rule as the options page and the popup.
 */
export const SETTINGS_KEY = 'settings';

/** The form a hostname is stored in: lower case, without a leading `www.`. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** A listed site covers its subdomains. */
export function isSiteDisabled(settings: { disabledSites: readonly string[] }, hostname: string): boolean {
  const key = siteKey(hostname);
  return settings.disabledSites.some((site) => key === site || key.endsWith(`.${site}`));
}
