import { MAX_NOTE_CHARS, Note } from '../schema/note';
import { HttpUrl, LocalizedText, PartialDate, Slug } from '../schema/primitives';
import { EntityRecord, EntityType, OutletProfile, Stance } from '../schema/records';
import { z } from '../schema/zod';
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
  text: z.string().check(z.maxLength(MAX_NOTE_CHARS)),
});
export type SaveNoteRequest = z.infer<typeof SaveNoteRequest>;
/** The reply of `save-note`: the note as stored, or null when it was deleted. */
export const SavedNote = z.nullable(Note);

export const ListNotesRequest = z.strictObject({ type: z.literal('list-notes') });
export const NoteListItem = z.extend(Note, { name: z.optional(z.string()) });
export type NoteListItem = z.infer<typeof NoteListItem>;

// ——— Packs ———

export const PackStatus = z.enum(['ok', 'syncing', 'error']);
export const PackSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  source: z.enum(['starter', 'subscribed']),
  version: z.int().check(z.nonnegative()),
  /** The pack's `published` date (ISO). */
  published: z.optional(z.string()),
  records: z.int().check(z.nonnegative()),
  /** When this browser last fetched it (ISO); the starter pack ships with the build and has none. */
  lastSync: z.optional(z.string()),
  status: PackStatus,
  /** The last sync error in plain words, when `status` is `error`. */
  error: z.optional(z.string()),
});
export type PackSummary = z.infer<typeof PackSummary>;
export const ListPacksRequest = z.strictObject({ type: z.literal('list-packs') });

// ——— Own entities ———

/** What the options form sends; the handler turns it into an `EntityRecord` in the own pack. */
export const OwnEntityInput = z.strictObject({
  /** Present when editing an existing own entity; new ones get a slug of their name. */
  id: z.optional(Slug),
  type: z.enum(['person', 'organization', 'other']),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  aliases: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(50)),
  description: z.optional(z.string().check(z.trim(), z.maxLength(300))),
  /** The language the reader wrote in (interface language): names and texts are filed under it. */
  lang: z.string().check(z.regex(/^[a-z]{2,3}$/)),
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
  entities: z.array(EntityRecord).check(z.maxLength(100_000)),
  notes: z.array(Note).check(z.maxLength(100_000)),
});
export type OwnDataFile = z.infer<typeof OwnDataFile>;

export const ExportOwnDataRequest = z.strictObject({ type: z.literal('export-own-data') });
/** The reply of `export-own-data`: the file's text, pretty-printed JSON. */
export const ExportedOwnData = z.string();

export const ImportOwnDataRequest = z.strictObject({
  type: z.literal('import-own-data'),
  json: z.string().check(z.maxLength(MAX_IMPORT_CHARS)),
});
export const ImportResult = z.strictObject({
  entities: z.int().check(z.nonnegative()),
  notes: z.int().check(z.nonnegative()),
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
  url: z.optional(HttpUrl),
  summary: z.optional(LocalizedText(600)),
});

export const PageSummary = z.strictObject({
  url: z.string(),
  articleFound: z.boolean(),
  /** Why no article was found; absent when one was. */
  notArticleReason: z.optional(NotArticleReason),
  /** The outlet whose `outlet.domains` contains the page's domain (or a parent domain of it). */
  outlet: z.optional(
    z.strictObject({ id: Slug, name: z.string(), profile: OutletProfile, provenance: Provenance }),
  ),
  /** People and organisations marked in the article, most mentioned first. */
  entities: z.array(
    z.strictObject({
      id: Slug,
      name: z.string(),
      type: EntityType,
      count: z.int().check(z.positive()),
      description: z.optional(LocalizedText(300)),
    }),
  ),
  /** Claims marked in the article, in order of first appearance. */
  claims: z.array(
    z.strictObject({
      id: Slug,
      title: LocalizedText(400),
      count: z.int().check(z.positive()),
      claimantName: z.optional(z.string()),
      date: z.optional(PartialDate),
      assessment: z.optional(z.strictObject({ rating: z.optional(z.string()), text: LocalizedText(1000) })),
      background: z.optional(LocalizedText(3000)),
      sources: z.array(SummarySource),
    }),
  ),
});
export type PageSummary = z.infer<typeof PageSummary>;

/** The popup's question; the reply is a `PageSummary` or null when the tab was never read. */
export const PageSummaryRequest = z.strictObject({
  type: z.literal('page-summary'),
  tabId: z.int().check(z.nonnegative()),
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
