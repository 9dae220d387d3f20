import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { markCenter, waitForMarkOf } from './pages/article';
import { CardInPage } from './pages/card';
import { OptionsPage } from './pages/options';

/**
 * A page script trying what issue 15 found it could do to the hover card: read it (and the note
 * the reader wrote on another site), open it with synthetic events or forged messages, drive the
 * note editor, log the keys typed into it (also in the capture phase on `window`), restyle it
 * through custom properties, and block it by owning its element name. The page
 * (hard-cases/hostile.html) logs keys and errors, and sets the card's custom property names on
 * every element.
 */

const PAGE = '/hard-cases/hostile.html';

async function openCard(page: Page): Promise<CardInPage> {
  await waitForMarkOf(page, 'antony-blinken');
  const card = new CardInPage(page);
  await card.hoverMark('entity', 'antony-blinken');
  await expect((await card.card()).getByRole('heading', { name: 'Antony Blinken' })).toBeVisible({
    timeout: 5_000,
  });
  return card;
}

/** Moves the pointer off every mark, so the next hover starts afresh. */
async function leaveMarks(page: Page, card: CardInPage): Promise<void> {
  await page.mouse.move(5, 5);
  await expect.poll(() => card.isOpen(), { timeout: 3_000 }).toBe(false);
}

/** The reader writes a note into the open card and saves it. */
async function writeNote(card: CardInPage, text: string): Promise<void> {
  const open = await card.card();
  await open.getByLabel('Your note').fill(text);
  await open.getByRole('button', { name: 'Save note' }).click();
  await expect(open.getByRole('status')).toHaveText('Saved');
}

/**
 * Everything of the card a page script can reach: the host's shadow root, every shadow root it
 * can find, form fields' values (a note is a value, not text), and every frame's document.
 */
function readCardAsPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const seen: string[] = [document.documentElement.outerHTML];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
          seen.push(element.value);
        }
        if (element.shadowRoot) {
          seen.push(element.shadowRoot.textContent ?? '');
          visit(element.shadowRoot);
        }
      }
    };
    visit(document);
    for (let index = 0; index < window.frames.length; index++) {
      try {
        const inner = window.frames[index]?.document;
        if (inner) {
          seen.push(inner.documentElement.outerHTML);
          visit(inner);
        }
      } catch {
        // A frame of another origin: nothing to read.
      }
    }
    return seen.join('\n');
  });
}

/**
 * What a page script can try on the note editor and the card: type into any note box it reaches
 * with `execCommand` (its input events are trusted), fire `input` and submit, and post forged
 * card requests to every frame, with and without a changed address.
 */
function driveCardAsPage(page: Page, text: string): Promise<void> {
  return page.evaluate((text) => {
    const boxes: HTMLTextAreaElement[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLTextAreaElement) boxes.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    for (const area of boxes) {
      area.focus();
      area.select();
      document.execCommand('insertText', false, text);
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      area.form?.requestSubmit();
    }
    const request = {
      kind: 'entity',
      id: 'antony-blinken',
      anchor: { left: 10, top: 10, right: 20, bottom: 20 },
      mentionCount: 1,
      viaKeyboard: true,
    };
    for (let index = 0; index < window.frames.length; index++) {
      const frame = window.frames[index];
      frame?.postMessage({ type: 'open', seq: 1000, request }, '*');
      frame?.postMessage({ type: 'save-note', kind: 'entity', id: 'antony-blinken', text }, '*');
    }
  }, text);
}

test('synthetic pointer events and forged messages open no card; a real hover does', async ({
  context,
  siteURL,
}) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}${PAGE}`);
  await waitForMarkOf(page, 'antony-blinken');
  const point = await markCenter(page, 'antony-blinken');
  // Well past the hover delay (500 ms), a pointermove every 50 ms resting on the mark.
  const hoverAsPage = () =>
    page.evaluate(async ({ x, y }) => {
      for (let i = 0; i < 30; i++) {
        document
          .elementFromPoint(x, y)
          ?.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }, point);
  await hoverAsPage();
  const card = new CardInPage(page);
  expect(await card.isOpen()).toBe(false);
  await openCard(page);
  // Once the card's frame exists, the page tries it again and posts card requests to it.
  await page.keyboard.press('Escape');
  await leaveMarks(page, card);
  await driveCardAsPage(page, 'Written by the page');
  await hoverAsPage();
  expect(await card.isOpen()).toBe(false);
});

test('a page on another site reads no card text, not even the reader’s note', async ({
  context,
  siteURL,
}) => {
  // The note is written on one site…
  const first = await context.newPage();
  await first.goto(`${siteURL}/first-article.html`);
  await waitForMarkOf(first, 'antony-blinken');
  const onFirst = new CardInPage(first);
  await onFirst.scrollToMark('entity', 'antony-blinken');
  await onFirst.hoverMark('entity', 'antony-blinken');
  await writeNote(onFirst, 'Private: ask about the 2023 memo');
  await first.close();
  // …and the hostile page, on another origin, has the reader open the same person's card.
  const page = await context.newPage();
  await page.goto(`${siteURL.replace('127.0.0.1', 'localhost')}${PAGE}`);
  const card = await openCard(page);
  await expect((await card.card()).getByLabel('Your note')).toHaveValue('Private: ask about the 2023 memo');
  const read = await readCardAsPage(page);
  for (const secret of [
    'Private: ask about the 2023 memo',
    'Your note',
    'Mentions in this article',
    'Starter pack',
  ]) {
    expect(read).not.toContain(secret);
  }
});

test('the page cannot change the reader’s note', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}${PAGE}`);
  let card = await openCard(page);
  await writeNote(card, 'Mine');
  // The page writes into the box and submits; then the reader presses Save again.
  for (const text of ['Written by the page', '']) {
    await driveCardAsPage(page, text);
    await page.waitForTimeout(300);
  }
  const open = await card.card();
  await open.getByRole('button', { name: 'Save note' }).click();
  await expect(open.getByRole('status')).toHaveText('Saved');
  await page.keyboard.press('Escape');
  await leaveMarks(page, card);
  card = await openCard(page);
  await expect((await card.card()).getByLabel('Your note')).toHaveValue('Mine');
});

test('keys typed into the card reach no page listener, not even in the capture phase; Escape still closes it', async ({
  context,
  siteURL,
}) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}${PAGE}`);
  const card = await openCard(page);
  const open = await card.card();
  await open.getByLabel('Your note').click();
  await page.keyboard.type('secret');
  await expect(open.getByLabel('Your note')).toHaveValue('secret');
  const heard = () =>
    page.evaluate(() => {
      const page = window as unknown as { loggedKeys: string[]; capturedKeys: string[] };
      return [...page.loggedKeys, ...page.capturedKeys];
    });
  expect(await heard()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect.poll(() => card.isOpen()).toBe(false);
  // Escape's keyup comes after the card has closed: it goes to the page, as keys typed there do.
  expect((await heard()).filter((key) => !key.endsWith(':Escape'))).toEqual([]);
});

test('page custom properties do not restyle the card', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}${PAGE}`);
  const card = await openCard(page);
  const colours = await (await card.card()).evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.color, background: style.backgroundColor };
  });
  expect(colours.color).not.toBe('rgb(255, 0, 0)');
  expect(colours.background).not.toBe('rgb(0, 0, 255)');
});

test('a page that owns the element name neither blocks the card nor gets an error per hover', async ({
  context,
  siteURL,
}) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}${PAGE}?define`);
  const card = await openCard(page);
  const errorsAfterFirst = await page.evaluate(
    () => (window as unknown as { pageErrors: string[] }).pageErrors,
  );
  for (let hover = 0; hover < 2; hover++) {
    await leaveMarks(page, card);
    await openCard(page);
  }
  const errors = await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors);
  // At most the page's own constructor failing once, when the card's host joins the document.
  expect(errors).toEqual(errorsAfterFirst);
  expect(errors.length).toBeLessThanOrEqual(1);
  expect(
    await page.evaluate(() => (window as unknown as { constructed?: number }).constructed ?? 0),
  ).toBeLessThanOrEqual(1);
});

test('the reader’s own entities are marked under a name that does not give them away', async ({
  context,
  extensionId,
  siteURL,
}) => {
  // Issue 15, finding 4: highlight names carried own entities' ids, so a page that planted
  // candidate names learned who is on the reader's private list.
  const options = await OptionsPage.open(context, extensionId);
  await options.addOwnEntity({ name: 'Jana Beispiel', description: 'Stadträtin' });
  await expect(options.ownEntity('jana-beispiel')).toBeVisible();
  const page = await context.newPage();
  await page.goto(`${siteURL}${PAGE}`);
  await waitForMarkOf(page, 'antony-blinken');
  const seen = await page.evaluate(() => ({
    names: [...CSS.highlights.keys()],
    attributes: [...document.querySelectorAll('[data-source-context-entity]')].map((element) =>
      element.getAttribute('data-source-context-entity'),
    ),
    html: document.documentElement.outerHTML,
  }));
  const own = seen.names.filter((name) => /^source-context:entity:own-[0-9a-f]{16}$/.test(name));
  expect(own).toHaveLength(1);
  expect(seen.names.join(' ')).not.toContain('jana-beispiel');
  expect(seen.attributes.join(' ')).not.toContain('jana-beispiel');
  expect(seen.html).not.toContain('jana-beispiel');
  // The reader still gets the card.
  const card = new CardInPage(page);
  await card.hoverMark('entity', own[0]!.slice('source-context:entity:'.length));
  await expect((await card.card()).getByRole('heading', { name: 'Jana Beispiel' })).toBeVisible({
    timeout: 5_000,
  });
});

test('the page’s message listeners hear nothing from the content script', async ({
  context,
  extensionId,
  siteURL,
}) => {
  // WXT's content script posted "content-script-started" with the extension's id to the page's
  // window by default: every listener of the page ran for it, and it told the page which
  // extension was installed (pagecost2).
  const page = await context.newPage();
  await page.addInitScript(() => {
    const scope = window as unknown as { heard: string[] };
    scope.heard = [];
    window.addEventListener('message', (event) => scope.heard.push(JSON.stringify(event.data)));
  });
  await page.goto(`${siteURL}${PAGE}`);
  await waitForMarkOf(page, 'antony-blinken');
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(heard.filter((data) => data.includes(extensionId))).toEqual([]);
});
