import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from './launch-extension';
import { exitOnMissingBrowser } from './missing-browser';
import { serveDirectory } from './static-server';

/**
 * `npm run demo`: opens Chromium with the built extension on the sample article. With a display
 * the window stays open until you close it; without one it runs headless and writes a screenshot.
 */
const root = resolve(import.meta.dirname, '..');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await serveDirectory(resolve(root, 'tests', 'fixtures'));
const { context } = await launchWithExtension({ headless }).catch(async (error: unknown) => {
  await server.close();
  return exitOnMissingBrowser(error);
});
const page = await context.newPage();
await page.goto(`${server.url}/first-article.html`);
await page
  .waitForFunction(
    () => [...CSS.highlights.keys()].some((name) => name.startsWith('source-context:')),
    undefined,
    {
      timeout: 15_000,
    },
  )
  .catch(() => console.error('The extension put no marks on the page within 15 s.'));

if (headless) {
  const out = resolve(root, '.output', 'demo', 'first-article.png');
  await mkdir(resolve(out, '..'), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`No display found: ran headless and wrote a screenshot to ${out}`);
  await context.close();
  await server.close();
} else {
  console.log(`Chromium is open on ${page.url()} with Source Context loaded. Close the window to stop.`);
  context.on('close', () => void server.close());
}
