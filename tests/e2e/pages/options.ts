import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The options page and the reader's settings behind it. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return new OptionsPage(page);
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  async settings(): Promise<Record<string, unknown>> {
    return this.page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      return ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    });
  }

  async addDisabledSite(site: string): Promise<void> {
    await this.page.getByLabel('Site, e.g. example.com').fill(site);
    await this.page.getByRole('button', { name: 'Add site' }).click();
  }

  async addOwnEntity(entity: { name: string; aliases?: string[]; description?: string }): Promise<void> {
    await this.page.getByLabel('Name', { exact: true }).fill(entity.name);
    await this.page.getByLabel('Other names, one per line').fill((entity.aliases ?? []).join('\n'));
    await this.page.getByLabel('Short description').fill(entity.description ?? '');
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
  }

  ownEntity(id: string): Locator {
    return this.page.locator(`[data-own-entity="${id}"]`);
  }

  async importFile(name: string, contents: string): Promise<void> {
    await this.page.getByLabel('Import a file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(contents),
    });
  }
}
