import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fillMessage, type MessageEntry } from '../../i18n-format';

/**
 * Makes `browser.i18n.getMessage` answer from the real `_locales/<lang>/messages.json`, with
 * placeholders filled as the browser fills them, so component tests see what a reader sees.
 * Undo with `vi.restoreAllMocks()`.
 */
export function useLocale(lang: 'en' | 'de'): void {
  const table: Record<string, MessageEntry> = JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'),
  );
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((
    key: string,
    substitutions?: string | string[],
  ) => {
    const entry = table[key];
    if (!entry) return '';
    return fillMessage(entry, [substitutions ?? []].flat());
  }) as typeof browser.i18n.getMessage);
}
