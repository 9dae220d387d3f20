import { z } from 'zod';
import { PageRequest, SaveNoteRequest } from './page-requests';
import { AnalyzeRequest, DetailsRequest, LoadCardRequest, NoArticleRequest } from './protocol';
import { SyncRequest } from './sync-requests';

/**
 * Which requests each kind of sender may make. Content scripts share a process with untrusted
 * pages, so they may only ask about the text they hold, load the card and save the note the
 * reader typed into it; everything else is for the extension's own pages.
 */
export const ContentRequest = z.discriminatedUnion('type', [
  AnalyzeRequest,
  NoArticleRequest,
  DetailsRequest,
  LoadCardRequest,
  SaveNoteRequest,
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

export const ExtensionPageRequest = z.discriminatedUnion('type', [
  ...PageRequest.options,
  ...SyncRequest.options,
  DetailsRequest,
]);
export type ExtensionPageRequest = z.infer<typeof ExtensionPageRequest>;
