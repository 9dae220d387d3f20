import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForMarkOf, waitForMarks } from './pages/article';
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

// Issue 15, finding 12: after an SPA went home → article → home, the popup still showed the
// article's people, because the front page's "no article" had been said once already.
test('an SPA going home → article → home: the popup shows the article’s people only while it is shown', async ({
  context,
  siteURL,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/hard-cases/spa-home.html`);
  const tabId = await tabIdOf(context, page);
  let popup = await PopupPage.openFor(context, extensionId, tabId);
  await expect(popup.main).toContainText('No news article found on this page.');
  await popup.page.close();

  await page.getByRole('link', { name: 'Blinken in Kyiv' }).click();
  await waitForMarkOf(page, 'antony-blinken');
  popup = await PopupPage.openFor(context, extensionId, tabId);
  await expect(popup.entity('antony-blinken')).toContainText('Antony Blinken');
  await popup.page.close();

  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Front page' })).toBeVisible();
  await expect
    .poll(async () => {
      const again = await PopupPage.openFor(context, extensionId, tabId);
      const text = await again.main.textContent();
      await again.page.close();
      return text;
    })
    .toContain('No news article found on this page.');
  popup = await PopupPage.openFor(context, extensionId, tabId);
  await expect(popup.entity('antony-blinken')).toHaveCount(0);
});

// Issue 15, finding 12: the outlet was looked up for articles only; its front page showed none.
test('the outlet section shows on a known outlet’s front page, which is not an article', async ({
  context,
  siteURL,
  extensionId,
}) => {
  const page = await context.newPage();
  const front = await (await fetch(`${siteURL}/front-page.html`)).text();
  // tagesschau.de is a starter-pack outlet; its front page is served from the fixture, offline.
  await page.route('https://www.tagesschau.de/**', (route) =>
    route.fulfill({ body: front, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('https://www.tagesschau.de/');
  await page.waitForLoadState('load');
  const popup = await PopupPage.openFor(context, extensionId, await tabIdOf(context, page));
  await expect(popup.main).toContainText('No news article found on this page.');
  await expect(popup.page.getByRole('heading', { name: 'Outlet: tagesschau' })).toBeVisible();
});
