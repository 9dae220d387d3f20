import type { z } from 'zod';
import { request } from '@/lib/messaging/client';
import type { ExtensionPageRequest } from '@/lib/messaging/requests';

/** Asks the background one of the page requests and parses the reply. */
export function askBackground<T extends z.ZodType>(
  message: ExtensionPageRequest,
  valueSchema: T,
): Promise<z.infer<T>> {
  return request((payload) => browser.runtime.sendMessage(payload), message, valueSchema);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
