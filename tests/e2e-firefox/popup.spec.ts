import { expect, test } from './fixtures';
import { waitForMarkOf } from './pages/article';
import { PopupPage, tabIdOf } from './pages/popup';

test('the popup summarises the article tab: its people, each with a mention count', async ({
  firefox,
  siteURL,
}) => {
  const article = await firefox.newPage();
  const url = `${siteURL}/first-article.html`;
  await article.goto(url);
  await waitForMarkOf(article, 'antony-blinken');
  const popup = await PopupPage.openFor(firefox, await tabIdOf(firefox, url));

  expect(await popup.sectionHeadings()).toContain('People and organisations in this article');
  const entities = await popup.entities();
  const blinken = entities.find((entity) => entity.id === 'antony-blinken');
  expect(blinken?.name).toBe('Antony Blinken');
  expect(blinken?.text).toMatch(/mentions: \d+/);
  expect(entities.find((entity) => entity.id === 'mark-milley')?.name).toBe('Mark Milley');
});

test('clicking a person in the popup scrolls the article to their first mention and flashes it', async ({
  firefox,
  siteURL,
}) => {
  const article = await firefox.newPage();
  await article.setViewport({ width: 900, height: 400 });
  const url = `${siteURL}/first-article.html`;
  await article.goto(url);
  await waitForMarkOf(article, 'mark-milley');
  // Mark Milley's first mention is in the standfirst; scroll away from it first.
  await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const scrolledAway = await article.evaluate(() => window.scrollY);
  const popup = await PopupPage.openFor(firefox, await tabIdOf(firefox, url));
  await popup.reveal('Mark Milley');

  await expect
    .poll(() =>
      article.evaluate(() => [...(CSS.highlights.get('source-context-flash') ?? [])][0]?.toString()),
    )
    .toBe('Mark Milley');
  expect(await article.evaluate(() => window.scrollY)).toBeLessThan(scrolledAway);
});
