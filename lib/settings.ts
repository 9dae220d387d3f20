import { z } from './schema/zod';

/**
 * The reader's settings, kept in `browser.storage.local` under `SETTINGS_KEY`. Extension pages
 * write them; the content script reads them and follows `storage.onChanged`, so switching a site
 * off removes its marks at once without a reload.
 */
export { isSiteDisabled, SETTINGS_KEY, siteKey } from './site-key';

export const MarkStyle = z.enum(['underline', 'background', 'off']);
export type MarkStyle = z.infer<typeof MarkStyle>;

export const Settings = z.strictObject({
  /** Hostnames (`www.example.com` → stored as `example.com`) where the extension stays off. */
  disabledSites: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(10_000)), []),
  /** How long the pointer rests on a mark before its card opens (Wikipedia's previews: ~500 ms). */
  hoverDelayMs: z._default(z.int().check(z.gte(0), z.lte(5_000)), 500),
  markStyle: z._default(MarkStyle, 'underline'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Parses whatever storage holds; anything unreadable falls back to the defaults, field by field. */
export function readSettings(stored: unknown): Settings {
  const parsed = Settings.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  const partial = (stored ?? {}) as Record<string, unknown>;
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const one = Settings.shape[key].safeParse(partial[key]);
    return (one.success ? one.data : DEFAULT_SETTINGS[key]) as Settings[K];
  };
  return {
    disabledSites: field('disabledSites'),
    hoverDelayMs: field('hoverDelayMs'),
    markStyle: field('markStyle'),
  };
}
