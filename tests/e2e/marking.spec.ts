import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CORPUS_DIR, withKnownName } from '../article/corpus';
import { expect, test } from './fixtures';
import {
  markCenter,
  pageState,
  readMarks,
  recordedMessages,
  recordMessages,
  sendToPage,
  storeSettings,
  waitForMarkOf,
  waitForMarks,
} from './pages/article';

/** Range text without soft hyphens: the mark covers them, the reader does not see them. */
const visible = (text: string) => text.replace(/\u00ad/g, '');

test('marks names split by tags, soft hyphens and character references, and nothing in fields, code or SVG', async ({
  context,
  siteURL,
}) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/hard-cases/split-names.html`);
  const marks = await waitForMarkOf(page, 'mark-milley');
  const texts = marks.map((mark) => visible(mark.text));
  expect(texts.filter((text) => text === 'Antony Blinken')).toHaveLength(3);
  expect(texts.filter((text) => text === 'Mark Milley')).toHaveLength(3);
  const inside = await page.evaluate(() =>
    [...CSS.highlights.values()].flatMap((highlight) =>
      [...highlight].map((range) => {
        const start = range.startContainer;
        return (start instanceof Element ? start : start.parentElement)?.closest('[id]')?.id ?? '';
      }),
    ),
  );
  for (const forbidden of ['editor', 'comment', 'code', 'svg-text']) expect(inside).not.toContain(forbidden);
  // The page's DOM is untouched: the marks are CSS highlights, not elements.
  expect(await page.locator('source-context-mark').count()).toBe(0);
});

test('a click on a mark inside a link still follows the link', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/hard-cases/links.html`);
  await waitForMarkOf(page, 'antony-blinken');
  const point = await markCenter(page, 'antony-blinken', '#link');
  await page.mouse.click(point.x, point.y);
  await expect(page.locator('#arrived')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/hard-cases/target.html');
});

test('page CSS that styles every span and mark neither hides the marks nor is changed by them', async ({
  context,
  siteURL,
}) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/hard-cases/styled-spans.html`);
  const marks = await waitForMarkOf(page, 'mark-milley');
  expect(marks.map((mark) => mark.text).sort()).toEqual(['Antony Blinken', 'Mark Milley']);
  const counts = await page.evaluate(() => ({
    atLoad: Number(document.documentElement.dataset.elementsAtLoad),
    now: document.querySelectorAll('*').length,
  }));
  expect(counts.now).toBe(counts.atLoad);
});

test('marks an article whose body arrives after the page loaded', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/hard-cases/late-body.html`);
  const marks = await waitForMarkOf(page, 'antony-blinken');
  expect(marks.map((mark) => mark.text)).toContain('Antony Blinken');
});

test('reads an article rendered on the client right after the DOM is complete as one article', async ({
  context,
  siteURL,
}) => {
  // The first reading starts as the DOM completes (ttm, 2026-12-08): a page that renders its
  // article there and in the task after must still be read as an article, not said to be none.
  await recordMessages(context);
  const page = await context.newPage();
  await page.route('**/client-rendered-late.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.fulfill({ body: '', contentType: 'text/javascript' });
  });
  await page.goto(`${siteURL}/hard-cases/client-rendered.html`);
  const marks = await waitForMarkOf(page, 'antony-blinken');
  expect(marks.map((mark) => mark.text)).toContain('Antony Blinken');
  expect(await recordedMessages(context)).toEqual(['analyze']);
});

test('follows single-page navigation: new article, new marks; back, old marks', async ({
  context,
  siteURL,
}) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/hard-cases/spa.html`);
  await waitForMarkOf(page, 'antony-blinken');
  await page.click('#next');
  const markedIds = async () => [...new Set((await readMarks(page)).map((mark) => mark.id))];
  await expect.poll(markedIds).toEqual(['mark-milley']);
  await page.goBack();
  await expect.poll(markedIds).toEqual(['antony-blinken']);
});

test('keeps marks on an article that a framework re-renders', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/hard-cases/rerender.html`);
  await page.waitForFunction(() => document.documentElement.dataset.renders === '3');
  await expect
    .poll(async () =>
      page.evaluate(() =>
        [...CSS.highlights.values()].flatMap((highlight) =>
          [...highlight].filter((range) => range.startContainer.isConnected).map((range) => range.toString()),
        ),
      ),
    )
    .toEqual(expect.arrayContaining(['Antony Blinken', 'Mark Milley']));
});

test('marks a page of 5 MB of text in bounded time without freezing it', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/hard-cases/huge.html`);
  const textLength = await page.evaluate(() => Number(document.documentElement.dataset.textLength));
  expect(textLength).toBeGreaterThan(5_000_000);
  // Watch the main thread from the moment the page has built itself: long tasks from here on
  // are the extension's (and the highlight paint's).
  await page.evaluate(() => {
    const scope = window as unknown as { longTasks: number[] };
    scope.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  const marks = await waitForMarkOf(page, 'antony-blinken', 20_000);
  expect(Date.now() - started).toBeLessThan(15_000);
  await expect.poll(async () => (await readMarks(page)).length, { timeout: 20_000 }).toBe(2);
  expect(marks.every((mark) => mark.text === 'Antony Blinken')).toBe(true);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  test.info().annotations.push({
    type: 'measured',
    description: `first mark after ${Date.now() - started} ms; long tasks: ${longTasks.join(', ') || 'none'}`,
  });
  expect(Math.max(0, ...longTasks), `long tasks: ${longTasks.join(', ')}`).toBeLessThan(200);
});

test('switching the site off removes every mark at once and leaves the page as it was; on marks again', async ({
  context,
  siteURL,
}) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/first-article.html`);
  await page.waitForLoadState('load');
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await waitForMarks(page);

  await storeSettings(context, { disabledSites: ['127.0.0.1'] });
  await expect.poll(async () => (await pageState(page)).highlights).toEqual([]);
  expect(await pageState(page)).toEqual({ html: before, adoptedSheets: 0, highlights: [] });

  await storeSettings(context, { disabledSites: [] });
  const marks = await waitForMarks(page);
  expect(marks.map((mark) => mark.id)).toContain('antony-blinken');
});

test('the mark style follows the settings', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/first-article.html`);
  await waitForMarks(page);
  const rules = () =>
    page.evaluate(() =>
      document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n'),
    );
  expect(await rules()).toContain('text-decoration');
  await storeSettings(context, { markStyle: 'background' });
  await expect.poll(rules).toContain('background-color');
  await storeSettings(context, { markStyle: 'off' });
  await expect.poll(rules).toBe('');
  // Off is a look, not a switch: the marks stay for the keyboard and the popup.
  expect((await readMarks(page)).length).toBeGreaterThan(0);
});

test('resting the pointer on a mark asks for the card; the keyboard steps to the next mark', async ({
  context,
  siteURL,
}) => {
  await recordMessages(context);
  await storeSettings(context, { hoverDelayMs: 100 });
  const page = await context.newPage();
  await page.goto(`${siteURL}/hard-cases/split-names.html`);
  await waitForMarkOf(page, 'mark-milley');
  expect(await recordedMessages(context)).not.toContain('load-card');

  const point = await markCenter(page, 'antony-blinken');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => recordedMessages(context)).toContain('load-card');

  // The last mark is far below the fold; stepping backwards from the start wraps to it.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await sendToPage(context, page, { type: 'step-marks', direction: 'previous' });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1_000);
});

/**
 * Serves a real corpus page at `/corpus/<name>` with the given HTML; nothing leaves 127.0.0.1.
 */
async function serveCorpusPage(page: Page, siteURL: string, name: string, html: string): Promise<string> {
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') return route.abort();
    if (url.pathname === `/corpus/${name}`)
      return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    return route.continue();
  });
  return `${siteURL}/corpus/${name}`;
}

const corpusSource = (name: string) => readFile(resolve(CORPUS_DIR, name, 'source.html'), 'utf8');
/** A "most read" box naming Blinken, added at the end of the page: never part of the article. */
const mostRead = '<aside class="most-read"><p>Most read: Antony Blinken in Kyiv</p></aside>';

for (const name of ['news/bbc-1', 'news/lemonde-1', 'news/nytimes-1']) {
  test(`real news page ${name}: a name in the body is marked, the same name in a box beside it is not`, async ({
    context,
    siteURL,
  }) => {
    const named = await withKnownName({ name, isNews: true }, await corpusSource(name));
    if (!named) throw new Error(`no body paragraph found in ${name}`);
    const page = await context.newPage();
    await page.goto(
      await serveCorpusPage(page, siteURL, name, named.replace('</body>', `${mostRead}</body>`)),
    );
    const marks = await waitForMarkOf(page, 'antony-blinken');
    // Other names the store knows may be marked too; this test is about the one written in.
    const blinken = marks.filter((mark) => mark.id === 'antony-blinken');
    expect(blinken.map((mark) => mark.text)).toEqual(['Antony Blinken']);
  });
}

for (const name of ['non-articles/wikipedia-3', 'non-articles/yahoo-2', 'non-articles/mozilla-1']) {
  test(`real page ${name} is not a news article: nothing is marked`, async ({ context, siteURL }) => {
    const source = await corpusSource(name);
    const firstParagraph = source.indexOf('>', source.indexOf('<p', source.search(/<body[\s>]/i))) + 1;
    const named = `${source.slice(0, firstParagraph)}Antony Blinken said. ${source.slice(firstParagraph)}`;
    const page = await context.newPage();
    await page.goto(await serveCorpusPage(page, siteURL, name, named));
    await page.waitForLoadState('load');
    // The time the content script takes on an article page, and then some.
    await page.waitForTimeout(1_500);
    expect(await readMarks(page)).toEqual([]);
  });
}
