import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForMarks } from './pages/article';
import { CardInPage } from './pages/card';
import { PopupPage, tabIdOf } from './pages/popup';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('on the first article: the people with their counts, each a button; no serious accessibility issue', async ({
  context,
  siteURL,
  extensionId,
}) => {
  const article = await context.newPage();
  await article.goto(`${siteURL}/first-article.html`);
  await waitForMarks(article);
  const popup = await PopupPage.openFor(context, extensionId, await tabIdOf(context, article));

  await expect(
    popup.page.getByRole('heading', { name: 'People and organisations in this article' }),
  ).toBeVisible();
  const blinken = popup.entity('antony-blinken');
  await expect(blinken.getByRole('button', { name: 'Antony Blinken' })).toBeVisible();
  await expect(blinken).toContainText(/mentions: \d+/);
  await expect(popup.entity('mark-milley')).toContainText('Mark Milley');
  // Keyboard: the names are reachable with Tab and act with Enter.
  await popup.page.keyboard.press('Tab');
  await expect(
    blinken.getByRole('button').or(popup.entity('mark-milley').getByRole('button')).first(),
  ).toBeFocused();
  await expectNoSeriousViolations(popup.page);
});

test('on a page that is not an article: says so and why', async ({ context, siteURL, extensionId }) => {
  const front = await context.newPage();
  await front.goto(`${siteURL}/front-page.html`);
  await front.waitForLoadState('load');
  const popup = await PopupPage.openFor(context, extensionId, await tabIdOf(context, front));
  await expect(popup.main).toContainText('No news article found on this page.');
  await expect(popup.main).toContainText(
    /does not describe itself as an article|no article body with enough text|has not read this page/,
  );
  await expect(popup.page.getByRole('heading', { name: /People and organisations/ })).toHaveCount(0);
  await expectNoSeriousViolations(popup.page);
});

test('on a site switched off: says so, and its switch turns the site back on', async ({
  context,
  siteURL,
  extensionId,
}) => {
  const article = await context.newPage();
  await article.goto(`${siteURL}/first-article.html`);
  await waitForMarks(article);
  const tabId = await tabIdOf(context, article);
  const popup = await PopupPage.openFor(context, extensionId, tabId);
  await popup.writeSettings({
    disabledSites: ['127.0.0.1', 'example.com'],
    hoverDelayMs: 500,
    markStyle: 'underline',
  });
  await popup.page.reload();

  await expect(popup.main).toContainText('Source Context is off for 127.0.0.1.');
  await expectNoSeriousViolations(popup.page);
  await popup.page.getByRole('button', { name: 'Turn on for this site' }).click();
  await expect(popup.page.getByRole('status')).toContainText('The marks appear when you reload the page.');
  expect(await popup.readSettings()).toMatchObject({ disabledSites: ['example.com'] });
});

test('on the first article: its claims with background and the sources by stance', async ({
  context,
  siteURL,
  extensionId,
}) => {
  const article = await context.newPage();
  await article.goto(`${siteURL}/first-article.html`);
  await waitForMarks(article);
  const claimId = await new CardInPage(article).firstMarkId('claim');
  expect(claimId, 'the first article has a claim mark').toBeDefined();
  const popup = await PopupPage.openFor(context, extensionId, await tabIdOf(context, article));

  await expect(popup.page.getByRole('heading', { name: 'Claims in this article' })).toBeVisible();
  const claim = popup.claim(claimId as string);
  await expect(claim.getByRole('heading', { level: 3 })).toBeVisible();
  await expect(claim.locator('.sc-stance-text')).toContainText(
    /\d+ supporting, \d+ disputing, \d+ adding context/,
  );
  await expect(claim.getByRole('heading', { level: 4 }).first()).toHaveText(
    /^(Supports|Disputes|Context) \(\d+\)$/,
  );
  await expectNoSeriousViolations(popup.page);
});

test('clicking a person in the popup scrolls the article to their first mention and flashes it', async ({
  context,
  siteURL,
  extensionId,
}) => {
  const article = await context.newPage();
  await article.setViewportSize({ width: 900, height: 400 });
  await article.goto(`${siteURL}/first-article.html`);
  await waitForMarks(article);
  const popup = await PopupPage.openFor(context, extensionId, await tabIdOf(context, article));
  // Mark Milley's first mention is in the standfirst; scroll away from it first.
  await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const scrolledAway = await article.evaluate(() => window.scrollY);
  await popup.entity('mark-milley').getByRole('button', { name: 'Mark Milley' }).click();
  await expect.poll(() => article.evaluate(() => CSS.highlights.has('source-context-flash'))).toBe(true);
  expect(await article.evaluate(() => window.scrollY)).toBeLessThan(scrolledAway);
  const flashed = await article.evaluate(() =>
    [...(CSS.highlights.get('source-context-flash') ?? [])][0]?.toString(),
  );
  expect(flashed).toBe('Mark Milley');
});
