import type { BrowserContext, Page, Worker } from '@playwright/test';

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

/** Waits until the page carries a mark of the given entity or claim, and returns all marks. */
export async function waitForMarkOf(page: Page, id: string, timeout = 10_000): Promise<PageMark[]> {
  await page.waitForFunction(
    (wanted) =>
      [...CSS.highlights.keys()].some((name) => name.endsWith(`:${wanted}`)) ||
      document.querySelector(`[data-source-context-entity="${wanted}"]`) !== null,
    id,
    { timeout },
  );
  return readMarks(page);
}

/**
 * The middle of the first box of the first mark of an entity (inside `within`, when given),
 * in viewport coordinates.
 */
export async function markCenter(page: Page, id: string, within = 'body'): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ wanted, container }) => {
      const scope = document.querySelector(container);
      const highlight = CSS.highlights.get(`source-context:entity:${wanted}`);
      const range = highlight
        ? [...highlight].find((candidate) => scope?.contains(candidate.startContainer))
        : undefined;
      const box =
        range instanceof Range
          ? range.getClientRects()[0]
          : scope?.querySelector(`[data-source-context-entity="${wanted}"]`)?.getClientRects()[0];
      if (!box) throw new Error(`no mark of ${wanted} in ${container}`);
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    { wanted: id, container: within },
  );
}

/** Everything the extension could have changed in a page: its markup, sheets and highlights. */
export async function pageState(
  page: Page,
): Promise<{ html: string; adoptedSheets: number; highlights: string[] }> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    adoptedSheets: document.adoptedStyleSheets.length,
    highlights: [...CSS.highlights.keys()],
  }));
}

/**
 * The extension's side of an e2e test, through its service worker: stored settings, messages
 * the content script sends, and commands the background sends to a tab.
 */

type Chrome = typeof browser;

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Writes the reader's settings (lib/settings.ts) as the options page would. */
export async function storeSettings(
  context: BrowserContext,
  settings: Record<string, unknown>,
): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

/** Starts recording the message types content scripts send to the background. */
export async function recordMessages(context: BrowserContext): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { chrome: Chrome; recorded?: string[] };
    scope.recorded = [];
    scope.chrome.runtime.onMessage.addListener((message: unknown) => {
      const type = (message as { type?: unknown } | null)?.type;
      scope.recorded?.push(typeof type === 'string' ? type : '?');
    });
  });
}

export async function recordedMessages(context: BrowserContext): Promise<string[]> {
  const worker = await serviceWorker(context);
  return worker.evaluate(() => (globalThis as unknown as { recorded?: string[] }).recorded ?? []);
}

/** Sends a message to the content script of a page, as the background does for a shortcut. */
export async function sendToPage(context: BrowserContext, page: Page, message: unknown): Promise<void> {
  const worker = await serviceWorker(context);
  await page.bringToFront();
  await worker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    // The content script answers nothing; Chrome may report the closed port, which is fine.
    await chrome.tabs.sendMessage(tab.id, value).catch(() => undefined);
  }, message);
}
