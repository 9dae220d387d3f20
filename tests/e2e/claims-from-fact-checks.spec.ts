import {
  LEIPZIG_CLAIM,
  FACT_CHECKS_PACK_ID as PACK_ID,
  serveFactChecksPack,
} from './claims-from-fact-checks-pack';
import { expect, test } from './fixtures';
import { readMarks, waitForMarkOf } from './pages/article';
import { CardInPage } from './pages/card';
import { OptionsPage } from './pages/options';
import { PacksPanel } from './pages/sync';

let served: Awaited<ReturnType<typeof serveFactChecksPack>>;

test.beforeEach(async () => {
  served = await serveFactChecksPack();
});

test.afterEach(() => served.close());

test('an imported fact check reaches a page that restates its claim, and no other page', async ({
  context,
  extensionId,
  siteURL,
}) => {
  test.setTimeout(60_000);
  const options = await OptionsPage.open(context, extensionId);
  const packs = new PacksPanel(options);
  await packs.subscribe(served.manifestUrl);
  await expect(packs.formMessage()).toHaveText(`Subscribed to the pack "${PACK_ID}": version 1 installed.`);
  await expect(packs.cell(PACK_ID, 'records')).toHaveText('3');

  const page = await context.newPage();
  await page.goto(`${siteURL}/claims-from-fact-checks/restated.html`);
  const marks = await waitForMarkOf(page, LEIPZIG_CLAIM);
  // The mark covers the sentence that states the claim, and no other claim is marked.
  expect(marks.filter((mark) => mark.kind === 'claim')).toEqual([
    expect.objectContaining({
      id: LEIPZIG_CLAIM,
      text: expect.stringContaining('Altes Rathaus sei im Erdboden versunken'),
    }),
  ]);

  const card = new CardInPage(page);
  await card.scrollToMark('claim', LEIPZIG_CLAIM);
  await card.hoverMark('claim', LEIPZIG_CLAIM);
  await expect((await card.card()).getByRole('heading', { level: 2 })).toHaveText(
    'Das Alte Rathaus in Leipzig ist versunken',
  );
  await expect((await card.card()).locator('.sc-rating')).toHaveText('Falsch:');
  const review = (await card.card()).locator('.sc-source').filter({ hasText: 'AFP' });
  await expect(review.locator('.sc-source-meta')).toHaveText(/^AFP · (August 24, 2021|24 August 2021)$/);
  await expect(review.getByRole('link')).toHaveText(
    'Nein, das Alte Rathaus in Leipzig ist nicht in der Erde versunken',
  );
  await expect(review.getByRole('link')).toHaveAttribute(
    'href',
    'https://faktencheck.afp.com/http%253A%252F%252Fdoc.afp.com%252F9LK8NN-1',
  );

  // A page about something else: matched (its one known person is marked), but no claim card.
  const unrelated = await context.newPage();
  await unrelated.goto(`${siteURL}/claims-from-fact-checks/unrelated.html`);
  await waitForMarkOf(unrelated, 'angela-merkel');
  // Entity and claim marks come from the same analysis; give a late repaint a moment anyway.
  await unrelated.waitForTimeout(1_000);
  expect((await readMarks(unrelated)).filter((mark) => mark.kind === 'claim')).toEqual([]);
});
