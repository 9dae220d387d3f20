import type { Page } from 'puppeteer-core';
import type { FirefoxWithExtension } from '../../../tools/launch-firefox';

/**
 * The WebExtension id of the tab showing `url`, asked from an extension page. Without the `tabs`
 * permission Firefox still tells an extension the URLs of tabs its host permissions cover.
 */
export async function tabIdOf(firefox: FirefoxWithExtension, url: string): Promise<number> {
  const asker = await firefox.openExtensionPage('/options.html');
  try {
    const id = await asker.evaluate(
      async (wanted) => (await browser.tabs.query({})).find((tab) => tab.url === wanted)?.id,
      url,
    );
    if (id === undefined) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await asker.close();
  }
}

export interface PopupEntity {
  id: string;
  /** The name on its button. */
  name: string;
  text: string;
}

/** The popup opened in a tab for another tab's summary (`popup.html?tab=<id>`, contract 5). */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async openFor(firefox: FirefoxWithExtension, tabId: number): Promise<PopupPage> {
    const page = await firefox.openExtensionPage(`/popup.html?tab=${tabId}`);
    await page.waitForFunction(
      () =>
        document.querySelector('h1')?.textContent === 'Source Context' &&
        ![...document.querySelectorAll('[role="status"]')].some((status) =>
          status.textContent?.startsWith('Loading'),
        ),
      { timeout: 10_000, polling: 100 },
    );
    return new PopupPage(page);
  }

  /** The headings of the popup's sections, in order. */
  async sectionHeadings(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('main h2')].map((heading) => heading.textContent?.trim() ?? ''),
    );
  }

  /** Clicks a person's name, which sends the article tab to their first mention. */
  async reveal(name: string): Promise<void> {
    await this.page.locator(`::-p-aria([name="${name}"][role="button"])`).click();
  }

  /** The people and organisations listed, in order. */
  async entities(): Promise<PopupEntity[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-entity]')].map((item) => ({
        id: item.dataset.entity ?? '',
        name: item.querySelector('button')?.textContent?.trim() ?? '',
        text: item.textContent ?? '',
      })),
    );
  }
}
