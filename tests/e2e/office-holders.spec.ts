import { dirname } from 'node:path';
import { buildOfficeHoldersPack } from '../../tools/pack/importers/wikidata-office-holders';
import { expect, test } from './fixtures';
import { type PackServer, startPackServer } from './pack-server';
import { readMarks, waitForMarkOf } from './pages/article';
import { CardInPage } from './pages/card';
import { OptionsPage } from './pages/options';
import { PacksPanel } from './pages/sync';

const PACK_ID = 'office-holders';
/**
 * The Washington Post on the Bardo museum attack, March 2015 (tests/fixtures/corpus/
 * readability-pages/PROVENANCE.md): "Tunisian Prime Minister Habib Essid said…", "White House
 * press secretary Josh Earnest said…".
 */
const ARTICLE = '/corpus/readability-pages/news/wapo-1/source.html';

let packServer: PackServer;

// The pack is built once (npm run pack:office-holders does the same) and reused while its inputs
// are unchanged: the first build imports 126,000 items and takes minutes.
test.beforeAll(async () => {
  test.setTimeout(900_000);
  const built = await buildOfficeHoldersPack();
  packServer = await startPackServer(dirname(built.dir));
});

test.afterAll(async () => {
  await packServer?.close();
});

test('a reader subscribes to the office-holders pack by URL and sees its people marked and carded on a real news page', async ({
  context,
  extensionId,
  siteURL,
}) => {
  // Installing 115,422 records takes about half a minute on an idle machine (docs/benchmarks.md).
  test.setTimeout(360_000);
  const options = await OptionsPage.open(context, extensionId);
  const packs = new PacksPanel(options);
  await packs.subscribe(`${packServer.url}/pack/manifest.json`);
  await expect(packs.formMessage()).toHaveText(`Subscribed to the pack "${PACK_ID}": version 1 installed.`, {
    timeout: 240_000,
  });
  await expect(packs.row(PACK_ID).getByRole('rowheader')).toHaveText('Public office-holders (Wikidata)');

  const article = await context.newPage();
  await article.goto(`${siteURL}${ARTICLE}`, { waitUntil: 'domcontentloaded' });
  // The first analysis after the install compiles the index of 115,422 people.
  await waitForMarkOf(article, 'habib-essid', 120_000);
  const marks = await readMarks(article);
  const marked = (id: string) => marks.filter((mark) => mark.id === id).map((mark) => mark.text);
  expect(marked('habib-essid')).toContain('Habib Essid');
  expect(marked('josh-earnest')).toContain('Josh Earnest');
  // The dump's position items lend their names to roles only: no title is marked as a person
  // ("Prime Minister", "security forces", "Interior").
  const texts = marks.map((mark) => mark.text.toLowerCase());
  for (const title of ['prime minister', 'minister', 'security', 'interior', 'president', 'press secretary'])
    expect(texts).not.toContain(title);

  const card = new CardInPage(article);
  await card.scrollToMark('entity', 'habib-essid');
  await card.hoverMark('entity', 'habib-essid');
  const shown = await card.card();
  await expect(shown.getByRole('heading', { name: 'Habib Essid' })).toBeVisible({ timeout: 10_000 });
  // The card says which evidence made the mark (issue 17): his full name, which is no common one.
  await expect(shown.locator('.sc-facts')).toContainText('(evidence: full name)');
  // Roles from P39 with their dates, named by the position items' labels.
  const roles = shown.locator('.sc-roles');
  await expect(roles).toContainText('Prime Minister of Tunisia');
  await expect(roles).toContainText('2015');
  await expect(roles).toContainText('Minister of Interior');
  // Dated by the data (queried from June 2022), not by the day the pack was built or read.
  const provenance = (await card.card()).locator('.sc-provenance').first();
  await expect(provenance).toContainText('Public office-holders (Wikidata)');
  await expect(provenance).toContainText('as of June 2022');
});
