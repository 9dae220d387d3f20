import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

test('sites where the extension stays off: added in any form, stored as a domain, removed again', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const sites = options.section('Sites where Source Context stays off');
  await expect(sites).toContainText('None: Source Context reads articles on every site.');

  await options.addDisabledSite('not a domain');
  await expect(sites.getByRole('alert')).toHaveText('Enter a domain such as example.com.');
  await options.addDisabledSite('https://www.Example.com/news/1');
  await expect(sites.locator('[data-site="example.com"]')).toBeVisible();
  await expect.poll(() => options.settings()).toMatchObject({ disabledSites: ['example.com'] });

  await sites.getByRole('button', { name: 'Remove example.com' }).click();
  await expect(sites.locator('[data-site]')).toHaveCount(0);
  await expect.poll(() => options.settings()).toMatchObject({ disabledSites: [] });
});

test('hover delay and mark style are saved at once', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const delay = options.page.getByLabel('Delay before a card opens (milliseconds)');
  await expect(delay).toHaveValue('500');
  await delay.fill('800');
  await delay.press('Tab');
  await options.page.getByRole('radio', { name: 'Background colour' }).check();
  await expect.poll(() => options.settings()).toMatchObject({ hoverDelayMs: 800, markStyle: 'background' });

  await options.page.reload();
  await expect(options.page.getByLabel('Delay before a card opens (milliseconds)')).toHaveValue('800');
  await expect(options.page.getByRole('radio', { name: 'Background colour' })).toBeChecked();
});

test('no serious accessibility issue on the options page', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.page.getByRole('radio', { name: 'Underline' })).toBeChecked();
  const results = await new AxeBuilder({ page: options.page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the packs in the store, with the starter pack first', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const starter = options.section('Knowledge packs').locator('[data-pack]').first();
  await expect(starter.getByRole('rowheader')).toHaveText('Starter pack (built in)');
  await expect(starter.getByRole('cell').nth(3)).toHaveText('Up to date');
});

test('own entities: added, listed after a reload, exported; a bad import changes nothing', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.addOwnEntity({ name: 'Jana Beispiel', aliases: ['J. Beispiel'], description: 'Stadträtin' });
  await expect(options.ownEntity('jana-beispiel')).toContainText('Jana Beispiel');
  await options.page.reload();
  await expect(options.ownEntity('jana-beispiel')).toContainText('J. Beispiel');

  const download = options.page.waitForEvent('download');
  await options.page.getByRole('button', { name: 'Export as a file' }).click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  const exported = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  expect(exported.format).toBe('source-context-own-data/1');
  expect(exported.entities.map((entity: { id: string }) => entity.id)).toEqual(['jana-beispiel']);

  await options.importFile('broken.json', '{"format": "source-context-own-data/1", "entities": [}');
  const data = options.section('Export and import your own data');
  await expect(data.getByRole('alert')).toContainText('Import failed:');
  await expect(data.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(options.ownEntity('jana-beispiel')).toBeVisible();

  await options.page.getByRole('button', { name: 'Delete Jana Beispiel' }).click();
  await expect(options.ownEntity('jana-beispiel')).toHaveCount(0);
  await options.importFile('export.json', JSON.stringify(exported));
  await expect(data.getByRole('status')).toHaveText('Imported 1 entries and 0 notes.');
  await expect(options.ownEntity('jana-beispiel')).toBeVisible();
});
