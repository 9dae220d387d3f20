import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { DataSection } from './DataSection';
import { NotesSection } from './NotesSection';
import { OwnEntitiesSection } from './OwnEntitiesSection';
import { PacksSection } from './PacksSection';
import { ReadingSection } from './ReadingSection';
import { SitesSection } from './SitesSection';
import { useSettings } from './use-settings';

/** The options page: packs, where the extension stays off, how it reads, and the reader's own data. */
export function Options({ language, locale }: { language: string; locale: string }) {
  const [settings, save] = useSettings();
  // Bumped after an import so the lists of own data load again.
  const [revision, setRevision] = useState(0);
  return (
    <main class="sc-options">
      <h1>{t('optionsTitle')}</h1>
      <PacksSection locale={locale} />
      {settings && <SitesSection settings={settings} save={save} />}
      {settings && <ReadingSection settings={settings} save={save} />}
      <OwnEntitiesSection language={language} revision={revision} />
      <NotesSection locale={locale} revision={revision} />
      <DataSection onImported={() => setRevision((value) => value + 1)} />
    </main>
  );
}
