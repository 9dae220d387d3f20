import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Note } from '@/lib/messaging/page-requests';

type Status =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; error: string };

/** The reader's own note on an entity or claim; saving an empty note deletes it. */
export function NoteEditor({
  note,
  onSave,
  fieldId,
}: {
  note: { text: string } | undefined;
  onSave: (text: string) => Promise<Note | null>;
  fieldId: string;
}) {
  const [text, setText] = useState(note?.text ?? '');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const save = async (event: Event) => {
    event.preventDefault();
    setStatus({ state: 'saving' });
    try {
      await onSave(text);
      setStatus({ state: 'saved' });
    } catch (error) {
      setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <form class="sc-note" onSubmit={save}>
      <label for={fieldId} class="sc-label">
        {t('cardNote')}
      </label>
      <textarea
        id={fieldId}
        rows={2}
        maxLength={5000}
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setStatus({ state: 'idle' });
        }}
      />
      <div class="sc-note-actions">
        <button type="submit" disabled={status.state === 'saving'}>
          {t('cardNoteSave')}
        </button>
        <span role="status" class="sc-muted">
          {status.state === 'saved' && t('saved')}
          {status.state === 'failed' && t('saveFailed', status.error)}
        </span>
      </div>
    </form>
  );
}
