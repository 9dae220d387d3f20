import type { Page } from 'puppeteer-core';
import type { FirefoxWithExtension } from '../../../tools/launch-firefox';

export interface OptionsSection {
  heading: string;
  visible: boolean;
}

/** The options page, found by what a reader sees: headings, labels and button names. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(firefox: FirefoxWithExtension): Promise<OptionsPage> {
    const page = await firefox.openExtensionPage('/options.html');
    await page.waitForSelector('h1', { timeout: 10_000 });
    return new OptionsPage(page);
  }

  async title(): Promise<string> {
    return this.page.$eval('h1', (heading) => heading.textContent?.trim() ?? '');
  }

  /** Every section (a region named by its heading) with whether it is rendered visibly. */
  async sections(): Promise<OptionsSection[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('section[aria-labelledby]')].map((section) => ({
        heading:
          document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '',
        visible: section.checkVisibility(),
      })),
    );
  }
}

export interface PackRow {
  name: string;
  version: string;
  records: string;
  /** The status cell without its trust line. */
  status: string;
  /** Whether the pack is held to a pinned publisher key, in words; '' for the built-in pack. */
  trust: string;
}

/** The options page's knowledge packs: subscribe by URL, and each pack's row. */
export class PacksPanel {
  constructor(readonly options: OptionsPage) {}

  async subscribe(manifestUrl: string): Promise<void> {
    const { page } = this.options;
    await page
      .locator('::-p-aria([name="Address of the pack (URL of its manifest.json)"][role="textbox"])')
      .fill(manifestUrl);
    await page.locator('::-p-aria([name="Subscribe"][role="button"])').click();
  }

  /** The subscribe form's last message (`status` or `alert`), or null before there is one. */
  async formMessage(): Promise<string | null> {
    return this.options.page.evaluate(
      () => document.querySelector('form [role="status"], form [role="alert"]')?.textContent?.trim() ?? null,
    );
  }

  /** The row of a pack, or null while the table has none. */
  async row(packId: string): Promise<PackRow | null> {
    return this.options.page.evaluate((packId) => {
      const row = document.querySelector(`[data-pack="${packId}"]`);
      if (!row) return null;
      const trust = row.querySelector('[data-pack-trust]');
      const text = (node: Node | undefined) =>
        [...(node?.childNodes ?? [])]
          .filter((child) => child !== trust)
          .map((child) => child.textContent)
          .join('')
          .trim();
      const cells = [...row.querySelectorAll('td')];
      return {
        name: row.querySelector('th')?.textContent?.trim() ?? '',
        version: text(cells[0]),
        records: text(cells[1]),
        status: text(cells[3]),
        trust: trust?.textContent?.trim() ?? '',
      };
    }, packId);
  }
}
