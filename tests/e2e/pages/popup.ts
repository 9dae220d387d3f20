import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The id of the tab showing `page`: asked of the service worker while the page is in front. */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof browser };
    return (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** The popup opened in a tab for another tab's summary (`popup.html?tab=<id>`, contract 5). */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async openFor(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const popup = new PopupPage(page);
    await popup.page.getByRole('heading', { name: 'Source Context', level: 1 }).waitFor();
    await popup.page.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
    return popup;
  }

  entity(id: string): Locator {
    return this.page.locator(`[data-entity="${id}"]`);
  }

  claim(id: string): Locator {
    return this.page.locator(`[data-claim="${id}"]`);
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** Writes the reader's settings as the options page would. */
  async writeSettings(settings: object): Promise<void> {
    await this.page.evaluate(async (value) => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      await chrome.storage.local.set({ settings: value });
    }, settings);
  }

  async readSettings(): Promise<unknown> {
    return this.page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      return (await chrome.storage.local.get('settings')).settings;
    });
  }
}
