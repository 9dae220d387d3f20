import { expect, test } from './fixtures';
import { waitForMarks } from './pages/article';
import { CardHarness, CardInPage, cardViolations } from './pages/card';

const DETAILS = {
  kind: 'entity',
  id: 'antony-blinken',
  versions: [
    {
      provenance: {
        source: 'starter',
        packId: 'starter',
        packName: 'Starter',
        version: 1,
        published: '2026-11-01',
      },
      record: {
        kind: 'entity',
        id: 'antony-blinken',
        type: 'person',
        name: 'Antony Blinken',
        names: {},
        aliases: {},
        shortNames: {},
        titles: {},
        description: { en: 'US Secretary of State 2021–2025' },
        roles: [{ title: { en: 'Secretary of State' }, start: '2021-01-26', end: '2025-01-20' }],
        sources: [
          { publisher: 'State Department', title: 'Biography', date: '2021', url: 'https://example.org/bio' },
          { publisher: 'Archive', title: 'Profile without a URL', date: '2020' },
        ],
      },
    },
  ],
  sources: [],
  names: {},
};

test.describe('the card script in real Chromium (details stubbed)', () => {
  test('renders the entity card beside its anchor, inside the viewport, with a link only where a URL is known', async ({
    context,
    extensionId,
  }) => {
    const harness = await CardHarness.open(await context.newPage(), extensionId, DETAILS);
    await harness.openCard({
      kind: 'entity',
      id: 'antony-blinken',
      anchor: { left: 1200, top: 860, right: 1260, bottom: 880 },
      viaKeyboard: false,
    });
    await expect((await harness.card()).getByRole('heading', { name: 'Antony Blinken' })).toBeVisible();
    await expect(await harness.card()).toContainText('Starter pack · version 1 · as of November 1, 2026');
    await expect(await harness.card()).toContainText('Mentions in this article: 2. Matched on “Blinkens”');
    await expect((await harness.card()).locator('a')).toHaveCount(1);
    await expect(await harness.card()).toContainText('Profile without a URL');
    await expect((await harness.card()).getByRole('link', { name: 'Biography' })).toHaveAttribute(
      'href',
      'https://example.org/bio',
    );

    // Near the bottom-right corner the card flips above the anchor and stays inside the viewport.
    const box = await (await harness.card()).boundingBox();
    const viewport = harness.page.viewportSize();
    if (!box || !viewport) throw new Error('no box');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(860);
    expect(await cardViolations(harness.page)).toEqual([]);
  });

  // The spot-check of December 2026 found John Healey shown as Defence Secretary months after he
  // resigned: an open role on a record reviewed over six months ago says it may have changed.
  test('an open role last reviewed over six months before today says it may have changed', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-12-07T08:00:00Z'));
    const [version] = DETAILS.versions;
    const healey = {
      ...DETAILS,
      id: 'john-healey',
      versions: [
        {
          provenance: version?.provenance,
          record: {
            ...version?.record,
            id: 'john-healey',
            name: 'John Healey',
            reviewed: '2025-09',
            description: { en: 'UK Defence Secretary' },
            roles: [{ title: { en: 'Secretary of State for Defence' }, start: '2024-07-05' }],
          },
        },
      ],
    };
    const harness = await CardHarness.open(page, extensionId, healey);
    await harness.openCard({
      kind: 'entity',
      id: 'john-healey',
      anchor: { left: 20, top: 20, right: 80, bottom: 40 },
      viaKeyboard: false,
    });
    await expect(await harness.card()).toContainText('Starter pack · version 1 · as of September 2025');
    await expect((await harness.card()).locator('.sc-roles li')).toHaveText(
      'Secretary of State for Defence (since July 5, 2024) · may have changed since September 2025',
    );
  });

  test('opened from the keyboard: takes focus, saves a note, closes on Escape and gives focus back', async ({
    context,
    extensionId,
  }) => {
    const harness = await CardHarness.open(await context.newPage(), extensionId, DETAILS);
    await harness.page.locator('#origin').focus();
    await harness.openCard({
      kind: 'entity',
      id: 'antony-blinken',
      anchor: { left: 20, top: 20, right: 80, bottom: 40 },
      viaKeyboard: true,
    });
    await expect(await harness.card()).toBeFocused();
    expect(await harness.isActive()).toBe(true);

    await (await harness.card()).getByLabel('Your note').fill('Check his 2023 remarks');
    await (await harness.card()).getByRole('button', { name: 'Save note' }).click();
    await expect((await harness.card()).getByRole('status')).toHaveText('Saved');
    expect(await harness.savedNotes()).toEqual([
      { type: 'save-note', kind: 'entity', id: 'antony-blinken', text: 'Check his 2023 remarks' },
    ]);

    await harness.page.keyboard.press('Escape');
    await expect(await harness.card()).toHaveCount(0);
    await expect(harness.page.locator('#origin')).toBeFocused();
    expect(await harness.isActive()).toBe(false);
  });

  test('follows dark mode and reduced motion in its frame, whatever colour scheme the page declares', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const harness = await CardHarness.open(page, extensionId, DETAILS);
    // A page that says it is light only: the card still follows the reader's dark setting.
    await page.addStyleTag({ content: ':root { color-scheme: only light; }' });
    await harness.openCard({
      kind: 'entity',
      id: 'antony-blinken',
      anchor: { left: 20, top: 20, right: 80, bottom: 40 },
      viaKeyboard: false,
    });
    const card = await harness.card();
    await expect(card.getByRole('heading', { name: 'Antony Blinken' })).toBeVisible();
    const style = await card.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { background: computed.backgroundColor, animation: computed.animationName };
    });
    expect(style).toEqual({ background: 'rgb(27, 31, 36)', animation: 'none' });
  });

  test('page styles do not reach into the card, and the card takes no room in the page', async ({
    context,
    extensionId,
  }) => {
    const harness = await CardHarness.open(await context.newPage(), extensionId, DETAILS);
    await harness.page.addStyleTag({
      content:
        '* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } source-context-ui { display: none !important; }',
    });
    const before = await harness.page.evaluate(() => document.documentElement.scrollHeight);
    await harness.openCard({
      kind: 'entity',
      id: 'antony-blinken',
      anchor: { left: 20, top: 20, right: 80, bottom: 40 },
      viaKeyboard: false,
    });
    const heading = (await harness.card()).getByRole('heading', { name: 'Antony Blinken' });
    await expect(heading).toBeVisible();
    expect(await heading.evaluate((element) => getComputedStyle(element).color)).not.toBe('rgb(255, 0, 0)');
    expect(await harness.page.evaluate(() => document.documentElement.scrollHeight)).toBe(before);
  });
});

test.describe('the card on the first article (through the background)', () => {
  test('hovering a person opens their entity card; Escape closes it', async ({ context, siteURL }) => {
    const page = await context.newPage();
    await page.goto(`${siteURL}/first-article.html`);
    await waitForMarks(page);
    const card = new CardInPage(page);
    await card.scrollToMark('entity', 'antony-blinken');
    await card.hoverMark('entity', 'antony-blinken');
    await expect((await card.card()).getByRole('heading', { name: 'Antony Blinken' })).toBeVisible({
      timeout: 5_000,
    });
    await expect(await card.card()).toContainText(/Mentions in this article: \d+\./);
    await expect((await card.card()).locator('.sc-provenance').first()).toContainText('Starter pack');
    expect(await cardViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(await card.card()).toHaveCount(0);
  });

  test('hovering a claim opens its card with the stance bar and sources by stance', async ({
    context,
    siteURL,
  }) => {
    const page = await context.newPage();
    await page.goto(`${siteURL}/first-article.html`);
    await waitForMarks(page);
    const card = new CardInPage(page);
    const claimId = await card.firstMarkId('claim');
    expect(claimId, 'the first article has a claim mark').toBeDefined();
    await card.scrollToMark('claim', claimId as string);
    await card.hoverMark('claim', claimId as string);
    await expect((await card.card()).locator('.sc-stance-text')).toContainText(
      /\d+ supporting, \d+ disputing, \d+ adding context/,
      {
        timeout: 5_000,
      },
    );
    await expect((await card.card()).getByRole('heading', { level: 4 }).first()).toHaveText(
      /^(Supports|Disputes|Context) \(\d+\)$/,
    );
    expect(await cardViolations(page)).toEqual([]);
  });
});
