import { z } from './zod';

/** Stable lowercase ASCII slug: `antony-blinken` (contract 3 of DESIGN.md). */
export const Slug = z
  .string()
  .check(z.maxLength(120))
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug like "antony-blinken"'));

/** BCP-47 primary language subtag: `en`, `de`, `fr`, `uk`, `ru`. */
export const LanguageCode = z.string().check(z.regex(/^[a-z]{2,3}$/, 'must be a language code like "en"'));

/**
 * A date as precise as it is known: `2022`, `2022-03` or `2022-03-29`. A record never claims
 * more precision than its source gives.
 */
export const PartialDate = z
  .string()
  .check(
    z.regex(
      /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
      'must be YYYY, YYYY-MM or YYYY-MM-DD',
    ),
  );

/** Links shown to readers: http(s) only, so a pack can never smuggle `javascript:` into a card. */
export const HttpUrl = z
  .string()
  .check(z.maxLength(2048))
  .check(
    z.refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    }, 'must be an http(s) URL'),
  );

/** Text in several languages: `{ en: "…", de: "…" }`; at least one language. */
export const LocalizedText = (max: number) =>
  z
    .record(LanguageCode, z.string().check(z.trim(), z.minLength(1), z.maxLength(max)))
    .check(z.refine((value) => Object.keys(value).length > 0, 'needs at least one language'));

/** Lists of names per language: `{ de: ["Selenskyj"], uk: ["Зеленський"] }`. */
export const LocalizedNames = z.record(
  LanguageCode,
  z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(500)),
);

export type LocalizedText = Record<string, string>;
export type LocalizedNames = z.infer<typeof LocalizedNames>;
