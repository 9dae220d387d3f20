import english from '../../public/_locales/en/messages.json';
import { fillMessage, type MessageEntry } from '../i18n-format';
import { z } from '../schema/zod';

/**
 * A sync message as a message key of `_locales` and its substitutions, which may be messages
 * themselves (a file's place inside a problem). The background stores this, not finished text,
 * so the options page shows it in the reader's language (issue 15, finding 13: every sync message
 * was English in the German interface).
 */
export interface SyncText {
  key: string;
  params: (string | SyncText)[];
}

export const SyncText: z.ZodMiniType<SyncText> = z.lazy(() =>
  z.strictObject({
    key: z.string().check(z.regex(/^sync[A-Z][A-Za-z]+$/)),
    params: z.array(z.union([z.string(), SyncText])).check(z.maxLength(8)),
  }),
);

export function syncText(key: string, ...params: (string | number | SyncText)[]): SyncText {
  return { key, params: params.map((param) => (typeof param === 'number' ? String(param) : param)) };
}

/**
 * Renders `text` with `message`, a lookup that answers '' for a key it does not know; undefined
 * when a key is unknown (a message written by a newer version of the extension).
 */
export function renderSyncText(
  text: SyncText,
  message: (key: string, substitutions: string[]) => string,
): string | undefined {
  const substitutions: string[] = [];
  for (const param of text.params) {
    const rendered = typeof param === 'string' ? param : renderSyncText(param, message);
    if (rendered === undefined) return undefined;
    substitutions.push(rendered);
  }
  return message(text.key, substitutions) || undefined;
}

const englishTable = english as Record<string, MessageEntry>;

/** The English text, kept beside the key for logs, the pack tool's tests and older readers. */
export function englishSyncText(text: SyncText): string {
  const rendered = renderSyncText(text, (key, substitutions) => {
    const entry = englishTable[key];
    return entry ? fillMessage(entry, substitutions) : '';
  });
  return rendered ?? text.key;
}
