import { expect, test } from './fixtures';
import { OptionsPage, PacksPanel } from './pages/options';

test('the options page shows all its sections, with the starter pack installed', async ({ firefox }) => {
  const options = await OptionsPage.open(firefox);
  expect(await options.title()).toBe('Source Context settings');
  await expect
    .poll(() => options.sections())
    .toEqual(
      [
        'Knowledge packs',
        'Sites where Source Context stays off',
        'Reading',
        'Your own people and organisations',
        'Your notes',
        'Export and import your own data',
      ].map((heading) => ({ heading, visible: true })),
    );
  await expect
    .poll(() => new PacksPanel(options).row('starter'))
    .toMatchObject({ name: 'Starter pack (built in)', status: 'Up to date' });
});
