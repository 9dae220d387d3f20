import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { readMarks, waitForMarks } from './pages/article';

test('marks Blinken and Milley in the body of the first article, and nothing outside it', async ({
  context,
  siteURL,
}) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/first-article.html`);
  const marks = await waitForMarks(page);

  const texts = (id: string) => marks.filter((mark) => mark.id === id).map((mark) => mark.text);
  expect(texts('antony-blinken')).toContain('Antony Blinken');
  expect(texts('antony-blinken')).toContain('Blinken');
  expect(texts('mark-milley')).toContain('Mark Milley');
  for (const mark of marks) {
    expect(mark.inside, `${mark.text} is marked outside the article`).toMatch(/^(article|header)\b/);
  }
  // The navigation, the "most read" box and the footer name both men too; none of it is marked.
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll('nav, aside.most-read, footer')]
      .map((element) => element.textContent)
      .join(' '),
  );
  expect(outside).toContain('Blinken');
  expect(outside).toContain('Milley');
  expect(marks.every((mark) => mark.inside !== 'nav' && !mark.inside.startsWith('aside'))).toBe(true);

  await page.screenshot({ path: resolve(import.meta.dirname, '../../docs/screenshots/first-article.png') });
});

test('leaves a page that is not an article unmarked', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/front-page.html`);
  await page.waitForLoadState('load');
  // Give the content script the time it takes on an article page before concluding.
  await page.waitForTimeout(1_000);
  expect(await readMarks(page)).toEqual([]);
});

test('the popup renders the summary of the article tab', async ({ context, siteURL, extensionId }) => {
  const article = await context.newPage();
  await article.goto(`${siteURL}/first-article.html`);
  await waitForMarks(article);
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  // Without the `tabs` permission (which the extension does not need) tabs cannot be queried by
  // URL, so the test asks for the active tab while the article is in front.
  await article.bringToFront();
  const tabId = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof browser };
    return (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('heading', { name: 'Source Context' })).toBeVisible();
  await expect(popup.locator('[data-entity="antony-blinken"]')).toContainText('Antony Blinken');
  await expect(popup.locator('[data-entity="mark-milley"]')).toContainText('Mark Milley');
});
