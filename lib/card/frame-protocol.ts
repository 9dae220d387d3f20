import { z } from '../schema/zod';
import type { CardRequest as CardRequestType } from './contract';

/**
 * What the card host in the page (`card.js`, in the content script's isolated world) and the card
 * itself (`card-view.html`, an extension page in a frame) say to each other. They talk through two
 * runtime ports the background pairs by a random token, never through `window.postMessage`,
 * which a page could forge or read; each side parses what it gets with these schemas (the host,
 * injected into pages, with the zod-free `parseViewMessage` of ports.ts).
 */

const Coordinate = z.number();

export const CardRequest = z.strictObject({
  kind: z.enum(['entity', 'claim']),
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  anchor: z.strictObject({ left: Coordinate, top: Coordinate, right: Coordinate, bottom: Coordinate }),
  mentionCount: z.int().check(z.gte(0)),
  alias: z.optional(z.string().check(z.maxLength(500))),
  evidence: z.optional(z.string().check(z.maxLength(500))),
  viaKeyboard: z.boolean(),
}) satisfies z.ZodMiniType<CardRequestType>;

/** From the host to the card: show this request (`seq` numbers the opens), or nothing. */
export const HostMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('open'), seq: z.int().check(z.gte(0)), request: CardRequest }),
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
    seq: z.int().check(z.gte(0)),
    height: z.number().check(z.gte(0), z.lte(100_000)),
  }),
  z.strictObject({ type: z.literal('closed') }),
]);
export type ViewMessage = z.infer<typeof ViewMessage>;
