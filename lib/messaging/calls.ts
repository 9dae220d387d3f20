import { EntityRecord } from '../schema/records';
import { z } from '../schema/zod';
import type { RevealMarkCommand, StepMarksCommand } from './content-parse';
import {
  ExportedOwnData,
  ImportResult,
  NoteListItem,
  PackSummary,
  PageSummary,
  SavedNote,
} from './page-requests';
import { AnalyzeResult, Details } from './protocol';
import type { ContentRequest, ExtensionPageRequest } from './requests';
import { SyncOutcomeReply, SyncStatusReply, UnsubscribeReply } from './sync-requests';

/** Every request the background answers, from a content script or from an extension page. */
export type BackgroundRequest = ContentRequest | ExtensionPageRequest;
export type BackgroundRequestType = BackgroundRequest['type'];

/**
 * The one call map: each request to the reply it gets. Senders take the reply schema from here
 * (they can no longer pair a request with the wrong schema) and the router's handlers must return
 * what it says — both checked at compile time; `satisfies` fails when a request has no entry.
 */
export const BACKGROUND_REPLIES = {
  analyze: AnalyzeResult,
  'no-article': z.null(),
  details: z.nullable(Details),
  'load-card': z.null(),
  'save-note': SavedNote,
  'list-notes': z.array(NoteListItem),
  'list-packs': z.array(PackSummary),
  'list-own-entities': z.array(EntityRecord),
  'save-own-entity': EntityRecord,
  'delete-own-entity': z.null(),
  'export-own-data': ExportedOwnData,
  'import-own-data': ImportResult,
  'page-summary': z.nullable(PageSummary),
  subscribe: SyncOutcomeReply,
  unsubscribe: UnsubscribeReply,
  'sync-now': SyncOutcomeReply,
  'sync-status': SyncStatusReply,
} satisfies { [K in BackgroundRequestType]: z.ZodMiniType };

/** What the sender gets for a request of type `K`. */
export type ReplyTo<K extends BackgroundRequestType> = z.infer<(typeof BACKGROUND_REPLIES)[K]>;

/** What a handler may return for `K`: the reply, or nothing where the reply is null. */
export type HandlerResult<K extends BackgroundRequestType> =
  null extends z.input<(typeof BACKGROUND_REPLIES)[K]>
    ? z.input<(typeof BACKGROUND_REPLIES)[K]> | undefined
    : z.input<(typeof BACKGROUND_REPLIES)[K]>;

/**
 * Commands to a tab's content script (the keyboard shortcut's `step-marks`, the popup's
 * `reveal-mark`); they get no reply. The content script parses them by hand (content-parse.ts).
 */
export type TabCommand = StepMarksCommand | RevealMarkCommand;
