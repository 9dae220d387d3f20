import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { MAX_IMPORT_CHARS } from '@/lib/messaging/page-requests';
import { askBackground, errorText } from '../shared/ask-background';

type Outcome = { error: boolean; text: string };

/** Export of own entities and notes as a JSON file, and import of such a file (a bad one changes nothing). */
export function DataSection({ onImported }: { onImported: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const exportFile = async () => {
    try {
      const json = await askBackground({ type: 'export-own-data' });
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `source-context-own-data-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      URL.revokeObjectURL(url);
      setOutcome(undefined);
    } catch (error) {
      setOutcome({ error: true, text: t('loadFailed', errorText(error)) });
    }
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      if (file.size > MAX_IMPORT_CHARS) throw new Error(`${file.name}: file too large`);
      const result = await askBackground({ type: 'import-own-data', json: await file.text() });
      setOutcome({ error: false, text: t('importDone', [result.entities, result.notes]) });
      onImported();
    } catch (error) {
      setOutcome({ error: true, text: t('importFailed', errorText(error)) });
    }
  };
  return (
    <section aria-labelledby="sc-data-heading">
      <h2 id="sc-data-heading">{t('optionsData')}</h2>
      <p class="sc-actions">
        <button type="button" onClick={exportFile}>
          {t('optionsExport')}
        </button>
        <label for="sc-import-file">{t('optionsImport')}</label>
        <input
          id="sc-import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </p>
      {outcome && (
        <p role={outcome.error ? 'alert' : 'status'} class={outcome.error ? 'sc-error' : 'sc-muted'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
