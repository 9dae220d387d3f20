import type { Page } from '@playwright/test';

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

/** Waits until the content script has put at least one mark on the page. */
export async function waitForMarks(page: Page): Promise<PageMark[]> {
  await page.waitForFunction(
    () =>
      [...CSS.highlights.keys()].some((name) => name.startsWith('source-context:')) ||
      document.querySelector('[data-source-context-entity], [data-source-context-claim]') !== null,
    undefined,
    { timeout: 10_000 },
  );
  return readMarks(page);
}
