import { expect, test } from './fixtures';
import { waitForMarkOf } from './pages/article';
import { CardInPage } from './pages/card';

/**
 * The page script of issue 15 in Firefox (the Chromium suite tries more, tests/e2e/
 * hostile-page.spec.ts): the card is a moz-extension frame in a closed shadow root, so the page
 * reads none of it and hears none of the keys the reader types into the note box, not even with
 * listeners on `window` in the capture phase (hard-cases/hostile.html).
 */
test('a page reads no card text and hears no key typed into the note box', async ({ firefox, siteURL }) => {
  const page = await firefox.newPage();
  await page.goto(`${siteURL}/hard-cases/hostile.html`);
  await waitForMarkOf(page, 'antony-blinken');
  const card = new CardInPage(page);
  await card.hoverMark('entity', 'antony-blinken');
  await expect.poll(async () => (await card.open())?.title).toBe('Antony Blinken');

  const readAsPage = () =>
    page.evaluate(() => {
      const texts = [document.documentElement.outerHTML];
      for (const element of document.querySelectorAll('*')) {
        if (element.shadowRoot) texts.push(element.shadowRoot.innerHTML);
        if (element instanceof HTMLTextAreaElement) texts.push(element.value);
      }
      const page = window as unknown as { loggedKeys: string[]; capturedKeys: string[] };
      return {
        text: texts.join('\n'),
        keys: [...page.loggedKeys, ...page.capturedKeys],
        host: document.querySelector('source-context-ui')?.shadowRoot ?? null,
        frames: window.frames.length,
      };
    });
  const before = await readAsPage();
  expect(before.host).toBeNull();
  expect(before.frames).toBe(0);
  for (const secret of ['Your note', 'Mentions in this article', 'Starter pack']) {
    expect(before.text).not.toContain(secret);
  }

  expect(await card.typeNote('secret')).toBe('secret');
  const after = await readAsPage();
  expect(after.keys).toEqual([]);
  expect(after.text).not.toContain('secret');
});
