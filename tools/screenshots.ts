import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CardInPage } from '../tests/e2e/pages/card';
import { tabIdOf } from '../tests/e2e/pages/popup';
import { launchWithExtension } from './launch-extension';
import { exitOnMissingBrowser } from './missing-browser';
import { serveDirectory } from './static-server';

/**
 * `npm run screenshots`: the README's pictures from real Chromium with the built extension —
 * the first article as marked, with an open entity card, with an open claim card, and the popup on it.
 * Run `npm run build` first.
 */
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'docs', 'screenshots');

async function openCardOn(
  article: CardInPage,
  kind: 'entity' | 'claim',
  id: string,
  file: string,
): Promise<void> {
  await article.page.mouse.move(0, 0);
  await article.page.keyboard.press('Escape');
  await article.scrollToMark(kind, id);
  await article.hoverMark(kind, id);
  await (await article.card()).locator('.sc-provenance').first().waitFor({ timeout: 10_000 });
  await article.page.screenshot({ path: resolve(outDir, file) });
  console.log(`wrote docs/screenshots/${file}`);
}

await mkdir(outDir, { recursive: true });
const server = await serveDirectory(resolve(root, 'tests', 'fixtures'));
const { context, extensionId } = await launchWithExtension().catch(exitOnMissingBrowser);
try {
  const page = await context.newPage();
  await page.goto(`${server.url}/first-article.html`);
  await page.waitForFunction(
    () => [...CSS.highlights.keys()].some((name) => name.startsWith('source-context:')),
    undefined,
    {
      timeout: 15_000,
    },
  );
  const article = new CardInPage(page);
  await page.screenshot({ path: resolve(outDir, 'first-article.png') });
  console.log('wrote docs/screenshots/first-article.png');

  await openCardOn(article, 'entity', 'antony-blinken', 'entity-card.png');
  const claimId = await article.firstMarkId('claim');
  if (claimId === undefined) throw new Error('the first article has no claim mark to open');
  await openCardOn(article, 'claim', claimId, 'claim-card.png');

  const tabId = await tabIdOf(context, page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 820 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('heading', { level: 2 }).first().waitFor();
  await popup.screenshot({ path: resolve(outDir, 'popup.png') });
  console.log('wrote docs/screenshots/popup.png');
} finally {
  await context.close();
  await server.close();
}
