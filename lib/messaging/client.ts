import { z } from '../schema/zod';
import { BACKGROUND_REPLIES, type BackgroundRequest, type ReplyTo } from './calls';

type SendMessage = (message: unknown) => Promise<unknown>;

const ReplyEnvelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: z.string() }),
]);

/**
 * Sends a request to the background and parses its reply with the schema the call map gives for
 * it; a reply of the wrong shape is an error, not data.
 */
export async function request<M extends BackgroundRequest>(
  send: SendMessage,
  message: M,
): Promise<ReplyTo<M['type']>> {
  const reply = ReplyEnvelope.parse(await send(message));
  if (!reply.ok) throw new Error(reply.error);
  const schema: z.ZodMiniType = BACKGROUND_REPLIES[message.type];
  return schema.parse(reply.value) as ReplyTo<M['type']>;
}
