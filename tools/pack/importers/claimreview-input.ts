import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { z } from '../../../lib/schema/zod';
import { JsonStreamError, JsonValueStream, type PickedValue } from './json-stream';
import { warnSkipped } from './record-writer';

/** Something found in a ClaimReview input, with where it was (a JSON path) for warnings. */
export type FoundReview =
  | { shape: 'schema.org'; json: unknown; pageLanguage: string | undefined; position: string }
  | { shape: 'fact-check-api'; json: unknown; position: string };

const LD_JSON_SCRIPT =
  /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const HTML_LANG = /<html\b[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-]*)?["']?/i;

const Typed = z.looseObject({ '@type': z.union([z.string(), z.array(z.string())]) });
const FactCheckApiClaim = z.looseObject({ text: z.string(), claimReview: z.array(z.unknown()) });

function isClaimReview(value: unknown): boolean {
  const typed = Typed.safeParse(value);
  if (!typed.success) return false;
  const types = Array.isArray(typed.data['@type']) ? typed.data['@type'] : [typed.data['@type']];
  return types.some((type) => type === 'ClaimReview' || type.endsWith('/ClaimReview'));
}

/** What the streaming reader hands to `findClaimReviews` instead of keeping it in the document. */
function holdsClaimReviews(value: unknown): boolean {
  if (typeof value === 'string') return /application\/ld\+json/i.test(value);
  if (typeof value !== 'object' || value === null) return false;
  return (
    ('@type' in value && isClaimReview(value)) ||
    ('claimReview' in value && FactCheckApiClaim.safeParse(value).success)
  );
}

function* reviewsIn(values: readonly PickedValue[], name: string): Generator<FoundReview> {
  for (const { value, line, path } of values) yield* findClaimReviews(value, `${name}:${line}: ${path}`);
}

/**
 * Every ClaimReview in a file, read as a stream: a DataFeed of 100,000 reviews or a JSON-lines file
 * (one document per line) is never held whole, only one review at a time. An HTML page is read
 * whole (pages are small). Positions name the file, the line a review starts on and its JSON path.
 */
export async function* readClaimReviews(inputPath: string): AsyncGenerator<FoundReview> {
  const name = basename(inputPath);
  const json = new JsonValueStream(holdsClaimReviews);
  let html: string[] | undefined;
  let started = false;
  try {
    for await (const chunk of createReadStream(inputPath, { encoding: 'utf8' })) {
      let text = chunk as string;
      if (!started) {
        text = text.replace(/^\uFEFF/, '');
        if (text.trim() === '') continue;
        started = true;
        if (text.trimStart().startsWith('<')) html = [];
      }
      if (html) {
        html.push(text);
        continue;
      }
      yield* reviewsIn(json.push(text), name);
    }
    if (html) yield* findInHtml(html.join(''), name);
    else yield* reviewsIn(json.end(), name);
  } catch (error) {
    if (!(error instanceof JsonStreamError)) throw error;
    throw new Error(`${name}:${error.line}: neither JSON nor an HTML page (${error.message})`);
  }
}

/**
 * Every ClaimReview in a document, wherever it sits: JSON-LD objects or arrays, `@graph`, DataFeed
 * `dataFeedElement` → `item`, wrappers such as an API's `{ "data": [...] }`, HTML pages (the
 * `application/ld+json` scripts, with the page's `<html lang>`), HTML held in a JSON string (a
 * saved `{ "page": "<html>…" }`), and the Fact Check Tools API's `{ "claims": [...] }`.
 */
export function* findClaimReviews(
  value: unknown,
  position: string,
  pageLanguage?: string,
): Generator<FoundReview> {
  if (typeof value === 'string') {
    if (/application\/ld\+json/i.test(value)) yield* findInHtml(value, position);
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries())
      yield* findClaimReviews(item, `${position}[${index}]`, pageLanguage);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (isClaimReview(value)) {
    yield { shape: 'schema.org', json: value, pageLanguage, position };
    return;
  }
  if (FactCheckApiClaim.safeParse(value).success) {
    yield { shape: 'fact-check-api', json: value, position };
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    yield* findClaimReviews(child, `${position}.${key}`, pageLanguage);
  }
}

/** The JSON-LD scripts of an HTML page; a script that is not JSON is skipped with a warning. */
export function* findInHtml(html: string, position: string): Generator<FoundReview> {
  const pageLanguage = HTML_LANG.exec(html)?.[1]?.toLowerCase();
  let index = 0;
  for (const match of html.matchAll(LD_JSON_SCRIPT)) {
    index++;
    // Some CMSs wrap the JSON in an HTML comment or CDATA section for old browsers.
    const text = (match[1] ?? '')
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '')
      .trim();
    if (!text.includes('ClaimReview')) continue;
    const where = `${position} <script ld+json #${index}>`;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      warnSkipped(where, `not JSON (${(error as Error).message})`);
      continue;
    }
    yield* findClaimReviews(json, where, pageLanguage);
  }
}
