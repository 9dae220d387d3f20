/** One entry of a `_locales/<lang>/messages.json` file. */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * Fills a message's named placeholders (`$FILE$` → its `content`, `$1`) with `substitutions` the
 * way `browser.i18n.getMessage` does, for code that must render a message without the browser:
 * the English text the sync engine stores beside a message key, and component tests.
 */
export function fillMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const position = Number(entry.placeholders?.[name.toLowerCase()]?.content.slice(1));
    return substitutions[position - 1] ?? '';
  });
}
