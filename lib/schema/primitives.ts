import { z } from './zod';

/** Stable lowercase ASCII slug: `antony-blinken` (contract 3 of DESIGN.md). */
export const Slug = z
  .string()
  .check(z.maxLength(120))
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug like "antony-blinken"'));

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

const LANGUAGE = /^[a-z]{2,3}$/;

/** BCP-47 primary language subtag: `en`, `de`, `fr`, `uk`, `ru`. */
export const LanguageCode = z.string().check(z.regex(LANGUAGE, 'must be a language code like "en"'));

/**
 * A text as the name and text schemas below return it: trimming changes nothing and it has 1 to
 * `max` characters. `trim` returns the string itself when there is nothing to trim.
 */
const isPlainText = (value: unknown, max: number): boolean =>
  typeof value === 'string' && value.length >= 1 && value.length <= max && value.trim() === value;

/**
 * An object as JSON reads it: no prototype of its own and no symbol keys, which zod's records
 * read (and refuse) but `for…in` passes over.
 */
const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  Object.getPrototypeOf(value) === Object.prototype &&
  Object.getOwnPropertySymbols(value).length === 0;

/**
 * `schema` answering a value that is already its own result, as `plain` tells, with the value
 * itself; any other value takes `schema`'s own way, so what it fills in, trims and reports stays
 * the same. zod/mini parses a record key by key and a list item by item, each with a fresh
 * result: 8 kB allocated per generated entity of a 100,000-entity pack, 8.8 kB per person of the
 * million-alias pack, half of all a 100,000-entity install allocates in Chromium's worker (issue
 * 16). `plain` must hold only for values `schema` accepts unchanged (lib/schema/primitives.test.ts
 * holds the outcomes an author meets). Unlike zod's own result, the value is not a copy: the
 * parsed record shares it with what was parsed, a line's JSON or a message's clone.
 */
function withPlainPath<S extends z.ZodMiniType>(schema: S, plain: (value: unknown) => boolean): S {
  const run = schema._zod.run;
  schema._zod.run = (payload, ctx) => (plain(payload.value) ? payload : run(payload, ctx));
  return schema;
}

/** Whether `value` is a `LocalizedText(max)` that parses to itself. */
function isPlainLocalizedText(value: unknown, max: number): boolean {
  if (!isJsonObject(value)) return false;
  let languages = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !LANGUAGE.test(key) || !isPlainText(value[key], max)) return false;
    languages += 1;
  }
  return languages > 0;
}

/** Text in several languages: `{ en: "…", de: "…" }`; at least one language. */
export const LocalizedText = (max: number) =>
  withPlainPath(
    z
      .record(LanguageCode, z.string().check(z.trim(), z.minLength(1), z.maxLength(max)))
      .check(z.refine((value) => Object.keys(value).length > 0, 'needs at least one language')),
    (value) => isPlainLocalizedText(value, max),
  );

/** Whether `value` is a `LocalizedLists(chars, items)` that parses to itself. */
function isPlainLocalizedLists(value: unknown, chars: number, items: number): boolean {
  if (!isJsonObject(value)) return false;
  for (const key in value) {
    const list = value[key];
    if (!Object.hasOwn(value, key) || !LANGUAGE.test(key)) return false;
    if (!Array.isArray(list) || list.length > items) return false;
    for (const text of list) if (!isPlainText(text, chars)) return false;
  }
  return true;
}

/** Lists of texts per language, at most `items` of `chars` characters each. */
export const LocalizedLists = (chars: number, items: number) =>
  withPlainPath(
    z.record(
      LanguageCode,
      z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(chars))).check(z.maxLength(items)),
    ),
    (value) => isPlainLocalizedLists(value, chars, items),
  );

/** Lists of names per language: `{ de: ["Selenskyj"], uk: ["Зеленський"] }`. */
export const LocalizedNames = LocalizedLists(200, 500);

export type LocalizedText = Record<string, string>;
export type LocalizedNames = z.infer<typeof LocalizedNames>;
