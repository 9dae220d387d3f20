import { z } from 'zod';
import type { ContentRequest, ExtensionPageRequest } from './requests';

type SendMessage = (message: unknown) => Promise<unknown>;

const ReplyEnvelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: z.string() }),
]);

/**
 * Sends a request to the background and parses its reply; a reply of the wrong shape is an
 * error, not data.
 */
export async function request<T extends z.ZodType>(
  send: SendMessage,
  message: ContentRequest | ExtensionPageRequest,
  valueSchema: T,
): Promise<z.infer<T>> {
  const reply = ReplyEnvelope.parse(await send(message));
  if (!reply.ok) throw new Error(reply.error);
  return valueSchema.parse(reply.value);
}
