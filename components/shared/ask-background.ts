import type { ReplyTo } from '@/lib/messaging/calls';
import { request } from '@/lib/messaging/client';
import type { ExtensionPageRequest } from '@/lib/messaging/requests';

/** Asks the background one of the page requests; the reply is parsed with its schema. */
export function askBackground<M extends ExtensionPageRequest>(message: M): Promise<ReplyTo<M['type']>> {
  return request((payload) => browser.runtime.sendMessage(payload), message);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
