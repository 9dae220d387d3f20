import { FIRST_ARTICLE_PEOPLE, REQUIRED_CLAIMS } from '../fixtures/starter-required';
import { expect, test } from './fixtures';
import { isMarkPainted, readMarks, textOutsideArticle, waitForMarkOf } from './pages/article';
import { CardInPage } from './pages/card';

test('marks the people and claims of the first article in its body, and nothing outside it', async ({
  firefox,
  siteURL,
}) => {
  const page = await firefox.newPage();
  await page.goto(`${siteURL}/first-article.html`);
  await waitForMarkOf(page, 'antony-blinken');
  // Marks arrive in one paint after the analysis; wait until every expected id is there.
  const expected = [...FIRST_ARTICLE_PEOPLE, ...REQUIRED_CLAIMS];
  await expect
    .poll(async () => {
      const found = new Set((await readMarks(page)).map((mark) => mark.id));
      return expected.filter((id) => !found.has(id));
    })
    .toEqual([]);
  const marks = await readMarks(page);

  const texts = (id: string) => marks.filter((mark) => mark.id === id).map((mark) => mark.text);
  expect(texts('antony-blinken')).toContain('Antony Blinken');
  expect(texts('antony-blinken')).toContain('Blinken');
  expect(texts('mark-milley')).toContain('Mark Milley');
  for (const claim of REQUIRED_CLAIMS) expect(marks.find((mark) => mark.id === claim)?.kind).toBe('claim');

  // The navigation, the "most read" box and the footer name both men too; none of it is marked.
  const outside = await textOutsideArticle(page);
  expect(outside).toContain('Blinken');
  expect(outside).toContain('Milley');
  for (const mark of marks) {
    expect(mark.inside, `${mark.text} is marked outside the article`).toMatch(/^(article|header)\b/);
  }
  // And the reader sees it: the name looks different with its highlight than without.
  expect(await isMarkPainted(page, 'antony-blinken')).toBe(true);
});

test('leaves a page that is not an article unmarked', async ({ firefox, siteURL }) => {
  const page = await firefox.newPage();
  await page.goto(`${siteURL}/front-page.html`);
  // Give the content script the time it takes on an article page before concluding.
  await new Promise((done) => setTimeout(done, 1_000));
  expect(await readMarks(page)).toEqual([]);
});

test('hovering a person opens their card; Escape closes it', async ({ firefox, siteURL }) => {
  const page = await firefox.newPage();
  await page.goto(`${siteURL}/first-article.html`);
  await waitForMarkOf(page, 'antony-blinken');
  const card = new CardInPage(page);
  await card.hoverMark('entity', 'antony-blinken');
  await expect.poll(async () => (await card.open())?.title).toBe('Antony Blinken');
  const opened = await card.open();
  expect(opened?.text).toMatch(/Mentions in this article: \d+\./);
  expect(opened?.text).toContain('Starter pack');

  await page.keyboard.press('Escape');
  await expect.poll(() => card.open()).toBeNull();
});

test('hovering a claim opens its card with the stance of its sources', async ({ firefox, siteURL }) => {
  const page = await firefox.newPage();
  await page.goto(`${siteURL}/first-article.html`);
  await waitForMarkOf(page, 'antony-blinken');
  const card = new CardInPage(page);
  const claimId = await card.firstMarkId('claim');
  expect(claimId, 'the first article has a claim mark').toBeDefined();
  await card.hoverMark('claim', claimId as string);
  await expect
    .poll(async () => (await card.open())?.text)
    .toMatch(/\d+ supporting, \d+ disputing, \d+ adding context/);
});
