import { Slug } from './primitives';
import { z } from './zod';

/**
 * The reader's note on an entity or claim: the one schema the store, the messages, the export and
 * the editors share. (Two schemas with different limits let the card save notes the import then
 * refused: the store took 10,000 characters, the messages 5,000.)
 */
export const MAX_NOTE_CHARS = 10_000;

export const NoteKind = z.enum(['entity', 'claim']);

export const Note = z.strictObject({
  kind: NoteKind,
  /** The entity or claim the note is about. */
  id: Slug,
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NOTE_CHARS)),
  /** ISO timestamp of the last edit. */
  updated: z.iso.datetime({ offset: true }),
});
export type Note = z.infer<typeof Note>;
