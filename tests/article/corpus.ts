import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../tools/find-chromium';
import { MissingBrowserError } from '../../tools/missing-browser';
import { READABILITY_PAGES_DIR } from '../fixtures/corpus/paths';

/**
 * The real pages of tests/fixtures/corpus/readability-pages (Mozilla Readability's test pages)
 * and the article detector bundled to run inside them, in real Chromium.
 */

export const CORPUS_DIR = READABILITY_PAGES_DIR;

export interface CorpusPage {
  /** `news/bbc-1`, `non-articles/wikipedia-3`. */
  name: string;
  isNews: boolean;
}

export async function corpusPages(): Promise<CorpusPage[]> {
  const pages: CorpusPage[] = [];
  for (const group of ['news', 'non-articles']) {
    for (const name of (await readdir(resolve(CORPUS_DIR, group))).sort()) {
      pages.push({ name: `${group}/${name}`, isNews: group === 'news' });
    }
  }
  return pages;
}

export async function expectedHtml(page: CorpusPage): Promise<string> {
  return readFile(resolve(CORPUS_DIR, page.name, 'expected.html'), 'utf8');
}

/** Writes "Antony Blinken" into the page at the start of its first body paragraph, when found. */
export async function withKnownName(page: CorpusPage, html: string): Promise<string | undefined> {
  const expected = await expectedHtml(page);
  // Search the body only: the same words often open the page's meta description.
  const body = html.search(/<body[\s>]/i);
  for (const [, text] of expected.matchAll(/<p[^>]*>([^<]{60,})/g)) {
    const snippet = text!.trim().slice(0, 24);
    const at = html.indexOf(snippet, body);
    if (body > 0 && at > 0) return `${html.slice(0, at)}Antony Blinken said. ${html.slice(at)}`;
  }
  return undefined;
}

/** lib/article bundled as a script that defines `globalThis.__sourceContextDetection()`. */
export async function detectorScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { detectArticle } from './lib/article/detect';
        import { collectTextBlocks } from './lib/article/text-blocks';
        globalThis.__sourceContextDetection = () => {
          const detection = detectArticle(document);
          if (!detection.isArticle) return { isArticle: false, reason: detection.reason, text: '', textAfresh: '' };
          // As the content script reads, going on from what detection learnt; and afresh.
          const text = collectTextBlocks(detection.roots, detection.skipped).map((b) => b.text).join('\\n');
          const textAfresh = collectTextBlocks(detection.roots).map((b) => b.text).join('\\n');
          return { isArticle: true, reason: detection.reason, text, textAfresh };
        };`,
      resolveDir: resolve(import.meta.dirname, '../..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}

export interface DetectionResult {
  isArticle: boolean;
  reason: string;
  /** The text the extension would read: its blocks joined by newlines. */
  text: string;
  /** The same, read without the detection's memo of skipped elements. */
  textAfresh: string;
}

export async function launchPlainChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new MissingBrowserError(HOW_TO_GET_CHROMIUM);
  return chromium.launch({ executablePath, args: ['--disable-quic'] });
}

/**
 * Loads a saved page from the local server with no request leaving 127.0.0.1 and, with
 * `withoutScripts`, none of the page's own scripts running (a Content-Security-Policy header):
 * the saved pages' scripts would rewrite them differently on every run.
 */
export async function openSavedPage(page: Page, url: string, withoutScripts = true): Promise<void> {
  await page.route('**/*', async (route) => {
    if (new URL(route.request().url()).hostname !== '127.0.0.1') return route.abort();
    if (!withoutScripts || route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    return route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
    });
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
}

export async function runDetection(page: Page, script: string): Promise<DetectionResult> {
  return page.evaluate(`${script}\n;globalThis.__sourceContextDetection()`) as Promise<DetectionResult>;
}

/** Words, with each Han/kana character a word of its own (Chinese and Japanese have no spaces). */
function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [token] of text
    .toLowerCase()
    .matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu)) {
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

/** How much of the expected text the region holds (recall) and how much of the region it is (precision). */
export function overlap(expected: string, found: string): { recall: number; precision: number } {
  const want = tokens(expected);
  const got = tokens(found);
  let common = 0;
  let wantTotal = 0;
  let gotTotal = 0;
  for (const [token, count] of want) {
    wantTotal += count;
    common += Math.min(count, got.get(token) ?? 0);
  }
  for (const count of got.values()) gotTotal += count;
  return { recall: wantTotal ? common / wantTotal : 0, precision: gotTotal ? common / gotTotal : 0 };
}
