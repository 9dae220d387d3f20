import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type Settings, siteKey } from '@/lib/settings';

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

/** Turns what a reader types (`https://www.Example.com/page`) into the stored form (`example.com`). */
export function siteFromInput(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  let host = trimmed;
  try {
    if (/^[a-z]+:\/\//.test(trimmed)) host = new URL(trimmed).hostname;
  } catch {
    return undefined;
  }
  const key = siteKey(host.replace(/\/.*$/, ''));
  return DOMAIN.test(key) ? key : undefined;
}

/** The sites where the extension stays off: add and remove. */
export function SitesSection({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<void>;
}) {
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = async (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(input);
    if (site === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setInput('');
    if (!settings.disabledSites.includes(site))
      await save({ disabledSites: [...settings.disabledSites, site].sort() });
  };
  return (
    <section aria-labelledby="sc-sites-heading">
      <h2 id="sc-sites-heading">{t('optionsSites')}</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="sc-muted">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="sc-list">
          {settings.disabledSites.map((site) => (
            <li key={site} data-site={site}>
              <span>{site}</span>
              <button
                type="button"
                onClick={() =>
                  save({ disabledSites: settings.disabledSites.filter((other) => other !== site) })
                }
              >
                {t('optionsSiteRemove', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="sc-inline-form" onSubmit={add}>
        <label for="sc-site-input">{t('optionsSiteLabel')}</label>
        <input
          id="sc-site-input"
          value={input}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'sc-site-error' : undefined}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit">{t('optionsSiteAdd')}</button>
        {invalid && (
          <p id="sc-site-error" role="alert" class="sc-error">
            {t('optionsSiteInvalid')}
          </p>
        )}
      </form>
    </section>
  );
}
