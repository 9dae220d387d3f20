import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { MAX_NOTE_CHARS, type Note } from '@/lib/schema/note';

type Status =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; error: string };

/**
 * The reader's own note on an entity or claim; saving an empty note deletes it.
 *
 * Only the reader writes it: the card lives in the page's document, and a page script once
 * filled the box, fired `input` and called `requestSubmit()` to replace or delete a note
 * (issue 15). So the text follows trusted `input` events only, and the note is saved from a
 * trusted click on Save (a mouse click, or Enter/Space on the button) — `requestSubmit()` and
 * `button.click()` from a script give no trusted click. Submitting the form itself never saves.
 */
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
    if (!event.isTrusted) return;
    setStatus({ state: 'saving' });
    try {
      await onSave(text);
      setStatus({ state: 'saved' });
    } catch (error) {
      setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <form class="sc-note" onSubmit={(event) => event.preventDefault()}>
      <label for={fieldId} class="sc-label">
        {t('cardNote')}
      </label>
      <textarea
        id={fieldId}
        rows={2}
        maxLength={MAX_NOTE_CHARS}
        value={text}
        onInput={(event) => {
          if (!event.isTrusted) return;
          setText(event.currentTarget.value);
          setStatus({ state: 'idle' });
        }}
      />
      <div class="sc-note-actions">
        <button type="submit" disabled={status.state === 'saving'} onClick={save}>
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
