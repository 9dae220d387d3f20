import { t } from '@/lib/i18n';

export function Options() {
  return (
    <main class="sc-options">
      <h1>{t('optionsTitle')}</h1>
      <section>
        <h2>{t('optionsPacks')}</h2>
        <ul class="sc-list">
          <li>{t('optionsStarterPack')}</li>
        </ul>
      </section>
    </main>
  );
}
