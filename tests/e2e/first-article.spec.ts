import { FIRST_ARTICLE_PEOPLE, REQUIRED_CLAIMS } from '../fixtures/starter-required';
import { expect, test } from './fixtures';
import { type PageMark, readMarks, waitForMarks } from './pages/article';

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

  // For the record of the run, not the README (`npm run screenshots` writes that): a test run leaves
  // the working tree as it was.
  await page.screenshot({ path: test.info().outputPath('first-article.png') });
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

/** Marks arrive in one paint after the analysis; wait until every expected id is there. */
async function marksIncluding(page: import('@playwright/test').Page, ids: string[]): Promise<PageMark[]> {
  await expect
    .poll(async () => {
      const found = new Set((await readMarks(page)).map((mark) => mark.id));
      return ids.filter((id) => !found.has(id));
    })
    .toEqual([]);
  return readMarks(page);
}

test('with the starter pack, every person and all nine claims of the first article are marked', async ({
  context,
  siteURL,
}) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/first-article.html`);
  const people = FIRST_ARTICLE_PEOPLE;
  const claims = REQUIRED_CLAIMS;
  const marks = await marksIncluding(page, [...people, ...claims]);
  const surfaces = (id: string) => marks.filter((mark) => mark.id === id).map((mark) => mark.text);
  // The forms as written: German genitive inside, titles outside, hyphen parts alone.
  expect(surfaces('volodymyr-zelensky')).toContain('Selenskyj');
  expect(surfaces('joe-biden')).toContain('Biden');
  expect(surfaces('us-department-of-defense')).toEqual(['Pentagon']);
  expect(surfaces('council-on-foreign-relations')).toEqual(['Council on Foreign Relations']);
  for (const claim of claims) expect(marks.find((mark) => mark.id === claim)?.kind).toBe('claim');
  for (const mark of marks) expect(mark.inside, mark.text).toMatch(/^(article|header)\b/);
});
