import type { Locator } from '@playwright/test';
import type { OptionsPage } from './options';

/** The options page's knowledge packs: subscribe, sync now, unsubscribe, and each pack's row. */
export class PacksPanel {
  readonly section: Locator;

  constructor(readonly options: OptionsPage) {
    this.section = options.section('Knowledge packs');
  }

  async subscribe(manifestUrl: string, publisherKey = ''): Promise<void> {
    await this.section.getByLabel('Address of the pack (URL of its manifest.json)').fill(manifestUrl);
    await this.section.getByLabel('Publisher key (optional)').fill(publisherKey);
    await this.section.getByRole('button', { name: 'Subscribe', exact: true }).click();
  }

  /** The subscribe form's last message (`status` or `alert`). */
  formMessage(): Locator {
    return this.section
      .locator('form')
      .getByRole('status')
      .or(this.section.locator('form').getByRole('alert'));
  }

  row(packId: string): Locator {
    return this.section.locator(`[data-pack="${packId}"]`);
  }

  /** The row's cells after the name: version, records, last sync, status, actions. */
  cell(packId: string, column: 'version' | 'records' | 'last sync' | 'status' | 'actions'): Locator {
    const index = ['version', 'records', 'last sync', 'status', 'actions'].indexOf(column);
    return this.row(packId).getByRole('cell').nth(index);
  }

  /** The line saying whether the pack is held to a pinned publisher key. */
  trust(packId: string): Locator {
    return this.row(packId).locator('[data-pack-trust]');
  }

  async syncNow(packId: string): Promise<void> {
    await this.row(packId).getByRole('button', { name: 'Sync now' }).click();
  }

  progressBar(packId: string): Locator {
    return this.row(packId).getByRole('progressbar');
  }

  async unsubscribe(packId: string): Promise<void> {
    await this.row(packId).getByRole('button', { name: 'Unsubscribe' }).click();
    await this.row(packId).getByRole('button', { name: 'Remove', exact: true }).click();
  }
}
