import type { Page } from 'puppeteer-core';

export interface PageMark {
  kind: 'entity' | 'claim';
  id: string;
  text: string;
  /** The closest landmark-ish ancestor of the mark: tells body marks from navigation ones. */
  inside: string;
}

/**
 * Reads every Source Context mark on a page, from either form contract 2 allows: CSS Custom
 * Highlights named `source-context:<kind>:<id>` or elements with `data-source-context-<kind>`.
 */
export async function readMarks(page: Page): Promise<PageMark[]> {
  return page.evaluate(() => {
    const where = (node: Node | null): string => {
      const element = node instanceof Element ? node : (node?.parentElement ?? null);
      const landmark = element?.closest('nav, aside, footer, article, header, main');
      return landmark
        ? landmark.tagName.toLowerCase() + (landmark.className ? `.${landmark.className}` : '')
        : 'none';
    };
    const marks: PageMark[] = [];
    for (const [name, highlight] of CSS.highlights) {
      const found = /^source-context:(entity|claim):(.+)$/.exec(name);
      if (!found) continue;
      for (const range of highlight) {
        if (!(range instanceof Range)) continue;
        marks.push({
          kind: found[1] as 'entity' | 'claim',
          id: found[2] as string,
          text: range.toString(),
          inside: where(range.startContainer),
        });
      }
    }
    for (const kind of ['entity', 'claim'] as const) {
      for (const element of document.querySelectorAll(`[data-source-context-${kind}]`)) {
        marks.push({
          kind,
          id: element.getAttribute(`data-source-context-${kind}`) ?? '',
          text: element.textContent ?? '',
          inside: where(element.parentNode),
        });
      }
    }
    return marks;
  });
}

/**
 * Waits until the page carries a mark of the given entity or claim, and returns all marks. The
 * first page of a fresh profile waits for the starter pack's first install too.
 */
export async function waitForMarkOf(page: Page, id: string, timeout = 30_000): Promise<PageMark[]> {
  await page.waitForFunction(
    (wanted) =>
      [...CSS.highlights.keys()].some((name) => name.endsWith(`:${wanted}`)) ||
      document.querySelector(`[data-source-context-entity="${wanted}"]`) !== null,
    { timeout, polling: 100 },
    id,
  );
  return readMarks(page);
}

/** The text of the navigation, the "most read" box and the footer of a page. */
export async function textOutsideArticle(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('nav, aside.most-read, footer')]
      .map((element) => element.textContent)
      .join(' '),
  );
}

/**
 * Whether the first mark of an entity is painted: a screenshot of its words with the highlight,
 * compared with one with that highlight taken off for a moment (then put back).
 */
export async function isMarkPainted(page: Page, id: string): Promise<boolean> {
  const name = `source-context:entity:${id}`;
  const clip = await page.evaluate((name) => {
    const range = CSS.highlights.get(name)?.values().next().value;
    if (!(range instanceof Range)) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0];
    // Puppeteer's clip is in document coordinates. A few pixels below the text too: an underline
    // sits under the baseline.
    return box
      ? { x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: box.height + 6 }
      : null;
  }, name);
  if (!clip) throw new Error(`no mark of ${id}`);
  const marked = await page.screenshot({ clip });
  const highlight = await page.evaluateHandle((name) => {
    const taken = CSS.highlights.get(name);
    CSS.highlights.delete(name);
    return taken;
  }, name);
  const plain = await page.screenshot({ clip });
  await page.evaluate((name, taken) => taken && CSS.highlights.set(name, taken), name, highlight);
  return !Buffer.from(marked).equals(Buffer.from(plain));
}
