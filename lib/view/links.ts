/**
 * The URL a card may link to, or nothing. Records are validated on import, but the check is
 * repeated where a link is rendered: a reader's own data or a future schema change must never put
 * `javascript:` or `data:` into an href.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
