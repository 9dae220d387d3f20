import { z } from 'zod';
import type { CardRequest as CardRequestType } from './contract';

/**
 * What the card host in the page (`card.js`, in the content script's isolated world) and the card
 * itself (`card-view.html`, an extension page in a frame) say to each other. They talk through two
 * runtime ports the background pairs by a random token, never through `window.postMessage`,
 * which a page could forge or read; each side parses what it gets with these schemas (the host,
 * injected into pages, with the zod-free `parseViewMessage` of ports.ts).
 */

const Coordinate = z.number().finite();

export const CardRequest = z.strictObject({
  kind: z.enum(['entity', 'claim']),
  id: z.string().min(1).max(200),
  anchor: z.strictObject({ left: Coordinate, top: Coordinate, right: Coordinate, bottom: Coordinate }),
  mentionCount: z.number().int().min(0),
  alias: z.string().max(500).optional(),
  evidence: z.string().max(500).optional(),
  viaKeyboard: z.boolean(),
}) satisfies z.ZodType<CardRequestType>;

/** From the host to the card: show this request (`seq` numbers the opens), or nothing. */
export const HostMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('open'), seq: z.number().int().min(0), request: CardRequest }),
  z.strictObject({ type: z.literal('close') }),
]);
export type HostMessage = z.infer<typeof HostMessage>;

/**
 * From the card to the host: the height the card of open `seq` needs (its width is the frame's),
 * or that the reader closed it inside the frame (× or Escape).
 */
export const ViewMessage = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('size'),
    seq: z.number().int().min(0),
    height: z.number().min(0).max(100_000),
  }),
  z.strictObject({ type: z.literal('closed') }),
]);
export type ViewMessage = z.infer<typeof ViewMessage>;
