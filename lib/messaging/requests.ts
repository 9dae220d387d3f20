import { z } from '../schema/zod';
import { PageRequest } from './page-requests';
import { AnalyzeRequest, DetailsRequest, LoadCardRequest, NoArticleRequest } from './protocol';
import { SyncRequest } from './sync-requests';

/**
 * Which requests each kind of sender may make. Content scripts share a process with untrusted
 * pages, so they may only ask about the text they hold and load the card's host; the card itself
 * is an extension page in a frame (card-view.html), which reads details and saves the reader's
 * note as one. Everything else is for the extension's own pages.
 */
export const ContentRequest = z.discriminatedUnion('type', [
  AnalyzeRequest,
  NoArticleRequest,
  LoadCardRequest,
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

export const ExtensionPageRequest = z.discriminatedUnion('type', [
  ...PageRequest.def.options,
  ...SyncRequest.def.options,
  DetailsRequest,
]);
export type ExtensionPageRequest = z.infer<typeof ExtensionPageRequest>;
