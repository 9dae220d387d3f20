import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * Makes `browser.i18n.getMessage` answer from the real `_locales/<lang>/messages.json`, with
 * placeholders filled as the browser fills them, so component tests see what a reader sees.
 * Undo with `vi.restoreAllMocks()`.
 */
export function useLocale(lang: 'en' | 'de'): void {
  const table: Messages = JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'),
  );
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((
    key: string,
    substitutions?: string | string[],
  ) => {
    const entry = table[key];
    if (!entry) return '';
    const values = [substitutions ?? []].flat();
    return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
      const position = Number(entry.placeholders?.[name.toLowerCase()]?.content.slice(1));
      return values[position - 1] ?? '';
    });
  }) as typeof browser.i18n.getMessage);
}
