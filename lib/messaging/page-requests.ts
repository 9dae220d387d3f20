import { z } from 'zod';
import { MAX_NOTE_CHARS, Note } from '../schema/note';
import { HttpUrl, LocalizedText, PartialDate, Slug } from '../schema/primitives';
import { EntityRecord, EntityType, OutletProfile, Stance } from '../schema/records';
import { MatchKind, NotArticleReason, Provenance } from './protocol';

/**
 * Requests of the hover card, the popup and the options page, beside the skeleton's
 * `protocol.ts`. Same rules: zod schema per message, parsed on receipt, replies `Reply<T>`.
 * Only `save-note` may come from a content script (the card runs in the content script's world);
 * everything else only from the extension's own pages.
 */

/** An export of own data is small; the cap keeps a wrong file from filling memory. */
export const MAX_IMPORT_CHARS = 5_000_000;

// ——— Notes ———

/** Saves the reader's note on an entity or claim; an empty text deletes it. Content scripts may send it. */
export const SaveNoteRequest = z.strictObject({
  type: z.literal('save-note'),
  kind: MatchKind,
  id: Slug,
  text: z.string().max(MAX_NOTE_CHARS),
});
export type SaveNoteRequest = z.infer<typeof SaveNoteRequest>;
/** The reply of `save-note`: the note as stored, or null when it was deleted. */
export const SavedNote = Note.nullable();

export const ListNotesRequest = z.strictObject({ type: z.literal('list-notes') });
export const NoteListItem = Note.extend({ name: z.string().optional() });
export type NoteListItem = z.infer<typeof NoteListItem>;

// ——— Packs ———

export const PackStatus = z.enum(['ok', 'syncing', 'error']);
export const PackSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  source: z.enum(['starter', 'subscribed']),
  version: z.number().int().nonnegative(),
  /** The pack's `published` date (ISO). */
  published: z.string().optional(),
  records: z.number().int().nonnegative(),
  /** When this browser last fetched it (ISO); the starter pack ships with the build and has none. */
  lastSync: z.string().optional(),
  status: PackStatus,
  /** The last sync error in plain words, when `status` is `error`. */
  error: z.string().optional(),
});
export type PackSummary = z.infer<typeof PackSummary>;
export const ListPacksRequest = z.strictObject({ type: z.literal('list-packs') });

// ——— Own entities ———

/** What the options form sends; the handler turns it into an `EntityRecord` in the own pack. */
export const OwnEntityInput = z.strictObject({
  /** Present when editing an existing own entity; new ones get a slug of their name. */
  id: Slug.optional(),
  type: z.enum(['person', 'organization', 'other']),
  name: z.string().trim().min(1).max(200),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50),
  description: z.string().trim().max(300).optional(),
  /** The language the reader wrote in (interface language): names and texts are filed under it. */
  lang: z.string().regex(/^[a-z]{2,3}$/),
});
export type OwnEntityInput = z.infer<typeof OwnEntityInput>;

export const ListOwnEntitiesRequest = z.strictObject({ type: z.literal('list-own-entities') });
export const SaveOwnEntityRequest = z.strictObject({
  type: z.literal('save-own-entity'),
  entity: OwnEntityInput,
});
export const DeleteOwnEntityRequest = z.strictObject({ type: z.literal('delete-own-entity'), id: Slug });

// ——— Export / import ———

export const OWN_DATA_FORMAT = 'source-context-own-data/1';
export const OwnDataFile = z.strictObject({
  format: z.literal(OWN_DATA_FORMAT),
  exported: z.iso.datetime({ offset: true }),
  entities: z.array(EntityRecord).max(100_000),
  notes: z.array(Note).max(100_000),
});
export type OwnDataFile = z.infer<typeof OwnDataFile>;

export const ExportOwnDataRequest = z.strictObject({ type: z.literal('export-own-data') });
/** The reply of `export-own-data`: the file's text, pretty-printed JSON. */
export const ExportedOwnData = z.string();

export const ImportOwnDataRequest = z.strictObject({
  type: z.literal('import-own-data'),
  json: z.string().max(MAX_IMPORT_CHARS),
});
export const ImportResult = z.strictObject({
  entities: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof ImportResult>;

// ——— Popup: the summary of a tab ———

export { NotArticleReason };

/** A claim's source, already resolved from shared source records (see `resolveClaimSources`). */
export const SummarySource = z.strictObject({
  stance: Stance,
  publisher: z.string(),
  title: z.string(),
  date: PartialDate,
  url: HttpUrl.optional(),
  summary: LocalizedText(600).optional(),
});

export const PageSummary = z.strictObject({
  url: z.string(),
  articleFound: z.boolean(),
  /** Why no article was found; absent when one was. */
  notArticleReason: NotArticleReason.optional(),
  /** The outlet whose `outlet.domains` contains the page's domain (or a parent domain of it). */
  outlet: z
    .strictObject({ id: Slug, name: z.string(), profile: OutletProfile, provenance: Provenance })
    .optional(),
  /** People and organisations marked in the article, most mentioned first. */
  entities: z.array(
    z.strictObject({
      id: Slug,
      name: z.string(),
      type: EntityType,
      count: z.number().int().positive(),
      description: LocalizedText(300).optional(),
    }),
  ),
  /** Claims marked in the article, in order of first appearance. */
  claims: z.array(
    z.strictObject({
      id: Slug,
      title: LocalizedText(400),
      count: z.number().int().positive(),
      claimantName: z.string().optional(),
      date: PartialDate.optional(),
      assessment: z.strictObject({ rating: z.string().optional(), text: LocalizedText(1000) }).optional(),
      background: LocalizedText(3000).optional(),
      sources: z.array(SummarySource),
    }),
  ),
});
export type PageSummary = z.infer<typeof PageSummary>;

/** The popup's question; the reply is a `PageSummary` or null when the tab was never read. */
export const PageSummaryRequest = z.strictObject({
  type: z.literal('page-summary'),
  tabId: z.number().int().nonnegative(),
});

// ——— Popup → content script of a tab ———

/** Sent with `tabs.sendMessage` to the tab's content script: scroll to the first mark and flash it. */
export const RevealMarkRequest = z.strictObject({
  type: z.literal('reveal-mark'),
  kind: MatchKind,
  id: Slug,
});
export type RevealMarkRequest = z.infer<typeof RevealMarkRequest>;

// ——— Unions by sender ———

/** Everything this file defines that goes to the background. */
export const PageRequest = z.discriminatedUnion('type', [
  SaveNoteRequest,
  ListNotesRequest,
  ListPacksRequest,
  ListOwnEntitiesRequest,
  SaveOwnEntityRequest,
  DeleteOwnEntityRequest,
  ExportOwnDataRequest,
  ImportOwnDataRequest,
  PageSummaryRequest,
]);
export type PageRequest = z.infer<typeof PageRequest>;
