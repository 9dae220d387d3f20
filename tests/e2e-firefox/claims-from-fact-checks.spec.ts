import {
  LEIPZIG_CLAIM,
  FACT_CHECKS_PACK_ID as PACK_ID,
  serveFactChecksPack,
} from '../e2e/claims-from-fact-checks-pack';
import { expect, test } from './fixtures';
import { readMarks, waitForMarkOf } from './pages/article';
import { CardInPage } from './pages/card';
import { OptionsPage, PacksPanel } from './pages/options';

let served: Awaited<ReturnType<typeof serveFactChecksPack>>;

test.beforeEach(async () => {
  served = await serveFactChecksPack();
});

test.afterEach(() => served.close());

test('an imported fact check reaches a page that restates its claim, and no other page', async ({
  firefox,
  siteURL,
}) => {
  const options = await OptionsPage.open(firefox);
  const packs = new PacksPanel(options);
  await packs.subscribe(served.manifestUrl);
  await expect
    .poll(() => packs.formMessage())
    .toBe(`Subscribed to the pack "${PACK_ID}": version 1 installed.`);

  const page = await firefox.newPage();
  await page.goto(`${siteURL}/claims-from-fact-checks/restated.html`);
  await waitForMarkOf(page, LEIPZIG_CLAIM);
  const claims = (await readMarks(page)).filter((mark) => mark.kind === 'claim');
  expect(claims.map((mark) => mark.id)).toEqual([LEIPZIG_CLAIM]);
  expect(claims[0]?.text).toContain('Altes Rathaus sei im Erdboden versunken');

  const card = new CardInPage(page);
  await card.hoverMark('claim', LEIPZIG_CLAIM);
  await expect.poll(async () => (await card.open())?.title).toBe('Das Alte Rathaus in Leipzig ist versunken');
  const text = (await card.open())?.text ?? '';
  expect(text).toContain('Falsch:');
  expect(text).toMatch(/AFP · (August 24, 2021|24 August 2021)/);
  expect(text).toContain('Nein, das Alte Rathaus in Leipzig ist nicht in der Erde versunken');

  const unrelated = await firefox.newPage();
  await unrelated.goto(`${siteURL}/claims-from-fact-checks/unrelated.html`);
  await waitForMarkOf(unrelated, 'angela-merkel');
  await new Promise((done) => setTimeout(done, 1_000));
  expect((await readMarks(unrelated)).filter((mark) => mark.kind === 'claim')).toEqual([]);
});
