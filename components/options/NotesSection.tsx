import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { NoteListItem } from '@/lib/messaging/page-requests';
import { MAX_NOTE_CHARS } from '@/lib/schema/note';
import { formatPartialDate } from '@/lib/view/dates';
import { askBackground, errorText } from '../shared/ask-background';

/** The reader's notes from the cards, editable and removable here too. */
export function NotesSection({ locale, revision }: { locale: string; revision: number }) {
  const [notes, setNotes] = useState<NoteListItem[]>([]);
  const [error, setError] = useState<string>();
  const reload = () =>
    askBackground({ type: 'list-notes' })
      .then(setNotes)
      .catch((reason: unknown) => setError(t('loadFailed', errorText(reason))));
  useEffect(() => void reload(), [revision]);

  const save = async (note: NoteListItem, text: string) => {
    try {
      await askBackground({ type: 'save-note', kind: note.kind, id: note.id, text });
      setError(undefined);
      await reload();
    } catch (reason) {
      setError(t('saveFailed', errorText(reason)));
    }
  };
  return (
    <section aria-labelledby="sc-notes-heading">
      <h2 id="sc-notes-heading">{t('optionsNotes')}</h2>
      {error !== undefined && (
        <p role="alert" class="sc-error">
          {error}
        </p>
      )}
      {notes.length === 0 ? (
        <p class="sc-muted">{t('notesEmpty')}</p>
      ) : (
        <ul class="sc-notes">
          {notes.map((note) => (
            <NoteItem
              key={`${note.kind}:${note.id}`}
              note={note}
              locale={locale}
              onSave={(text) => save(note, text)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function NoteItem({
  note,
  locale,
  onSave,
}: {
  note: NoteListItem;
  locale: string;
  onSave: (text: string) => Promise<void>;
}) {
  const [text, setText] = useState(note.text);
  const name = note.name ?? note.id;
  const fieldId = `sc-note-${note.kind}-${note.id}`;
  return (
    <li data-note={`${note.kind}:${note.id}`}>
      <form
        class="sc-form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave(text);
        }}
      >
        <label for={fieldId}>
          {t('noteLabel', name)} <span class="sc-muted">({formatPartialDate(note.updated, locale)})</span>
        </label>
        <textarea
          id={fieldId}
          rows={2}
          maxLength={MAX_NOTE_CHARS}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p class="sc-actions">
          <button type="submit">{t('cardNoteSave')}</button>
          <button type="button" onClick={() => void onSave('')}>
            {t('noteDelete', name)}
          </button>
        </p>
      </form>
    </li>
  );
}
