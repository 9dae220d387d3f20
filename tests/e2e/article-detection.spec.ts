import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Browser, expect, test } from '@playwright/test';
import { type StaticServer, serveDirectory } from '../../tools/static-server';
import {
  CORPUS_DIR,
  corpusPages,
  detectorScript,
  expectedHtml,
  launchPlainChromium,
  openSavedPage,
  overlap,
  runDetection,
} from '../article/corpus';

/**
 * The article detector (lib/article) on real pages saved from news sites and on pages that are
 * not news articles, in Chromium. For news pages, the text it would read is compared with
 * Mozilla Readability's expected extraction: recall is the share of Readability's words found
 * in it, precision the share of its words that Readability also kept. The floors per page are
 * in tests/article/corpus-expected.json.
 */

interface Expected {
  isArticle: boolean;
  minRecall?: number;
  minPrecision?: number;
}

const expectations = JSON.parse(
  await readFile(resolve(import.meta.dirname, '../article/corpus-expected.json'), 'utf8'),
) as Record<string, Expected>;
const pages = await corpusPages();

let browser: Browser;
let server: StaticServer;
let script: string;

test.beforeAll(async () => {
  [browser, server, script] = await Promise.all([
    launchPlainChromium(),
    serveDirectory(CORPUS_DIR),
    detectorScript(),
  ]);
});
test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('every corpus page has an expectation', () => {
  expect(Object.keys(expectations).sort()).toEqual(pages.map((page) => page.name).sort());
});

for (const corpusPage of pages) {
  test(`${corpusPage.name}: ${corpusPage.isNews ? 'an article, with its body' : 'not an article'}`, async () => {
    const expected = expectations[corpusPage.name];
    if (!expected) throw new Error(`no expectation for ${corpusPage.name}`);
    const page = await browser.newPage();
    await openSavedPage(page, `${server.url}/${corpusPage.name}/source.html`);
    const result = await runDetection(page, script);
    expect(result.isArticle, result.reason).toBe(expected.isArticle);
    expect(result.reason.length).toBeGreaterThan(0);
    // Going on from what detection learnt about page chrome reads exactly what reading afresh does.
    expect(result.text).toBe(result.textAfresh);
    if (expected.isArticle) {
      const readability = await page.evaluate(
        (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '',
        await expectedHtml(corpusPage),
      );
      const { recall, precision } = overlap(readability, result.text);
      expect(recall).toBeGreaterThanOrEqual(expected.minRecall ?? 0.9);
      expect(precision).toBeGreaterThanOrEqual(expected.minPrecision ?? 0.9);
    }
    await page.close();
  });
}
