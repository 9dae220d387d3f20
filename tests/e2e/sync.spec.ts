import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { type PackServer, publishSyncPack, SYNC_PACK_ID, startPackServer } from './pack-server';
import { waitForMarkOf } from './pages/article';
import { OptionsPage } from './pages/options';
import { PacksPanel } from './pages/sync';

const PACK_ID = SYNC_PACK_ID;

let packRoot: string;
let packServer: PackServer;

test.beforeEach(async () => {
  packRoot = resolve(await mkdtemp(join(tmpdir(), 'source-context-packs-')));
  packServer = await startPackServer(packRoot);
});

test.afterEach(async () => {
  await packServer.close();
  await rm(packRoot, { recursive: true, force: true });
});

const publish = (version: 'v1' | 'v2' | 'v3') => publishSyncPack(packRoot, version);
const manifestUrl = () => `${packServer.url}/${PACK_ID}/manifest.json`;
const downloads = () =>
  packServer.requests.filter((request) => request.method === 'GET').map((request) => request.path);

test('subscribe, sync by delta, refuse a tampered version and keep the last good one', async ({
  context,
  extensionId,
  siteURL,
}) => {
  test.setTimeout(60_000);
  await publish('v1');
  const options = await OptionsPage.open(context, extensionId);
  const packs = new PacksPanel(options);

  // The starter pack is built in: no actions.
  await expect(packs.row('starter').getByRole('button')).toHaveCount(0);

  await packs.subscribe(`${packServer.url}/${PACK_ID}/`);
  await expect(packs.formMessage()).toHaveText(/Enter the http\(s\) address of a pack's manifest.json/);
  expect(downloads()).toEqual([]);

  await packs.subscribe(manifestUrl());
  await expect(packs.formMessage()).toHaveText('Subscribed to the pack "sync-test": version 1 installed.');
  await expect(packs.row(PACK_ID).getByRole('rowheader')).toHaveText('Sync test pack');
  await expect(packs.cell(PACK_ID, 'version')).toContainText('1');
  await expect(packs.cell(PACK_ID, 'records')).toHaveText('2');
  await expect(packs.cell(PACK_ID, 'status')).toContainText('Up to date');
  // Issue 15, finding 14: a pack without a pinned key over plain http must not look verified.
  await expect(packs.trust(PACK_ID)).toHaveText(/^Not verified: the pack comes over plain http/);
  expect(downloads()).toEqual([
    `/${PACK_ID}/manifest.json`,
    `/${PACK_ID}/entity-001.ndjson`,
    `/${PACK_ID}/source-001.ndjson`,
  ]);

  const article = await context.newPage();
  await article.goto(`${siteURL}/sync/article.html`);
  const v1Marks = await waitForMarkOf(article, 'ilsa-vantongeren');
  expect(v1Marks.filter((mark) => mark.id === 'ilsa-vantongeren').map((mark) => mark.text)).toContain(
    'Ilsa Vantongeren',
  );
  expect(v1Marks.some((mark) => mark.id === 'tomas-quenneville')).toBe(false);

  // Version 2 changes the entity shard only; the source shard keeps its hash.
  await publish('v2');
  packServer.requests.length = 0;
  packServer.slow.add(`/${PACK_ID}/entity-001.ndjson`);
  await options.page.bringToFront();
  await packs.syncNow(PACK_ID);
  const bar = packs.progressBar(PACK_ID);
  await expect(bar).toBeVisible();
  // 579 + 174 bytes: the new entity shard and the unchanged source shard of version 2.
  await expect(bar).toHaveAttribute('aria-valuemax', '753');
  await expect(bar).toHaveAttribute('aria-valuetext', /^Downloading: 0 of 2 files/);
  await expect(packs.row(PACK_ID).getByRole('status')).toHaveText(
    'Version 2 installed: 1 files downloaded, 1 unchanged.',
  );
  await expect(bar).toHaveCount(0);
  await expect(packs.cell(PACK_ID, 'records')).toHaveText('3');
  expect(downloads()).toEqual([`/${PACK_ID}/manifest.json`, `/${PACK_ID}/entity-001.ndjson`]);
  expect(packServer.requests[0]?.headers['if-none-match']).toBeDefined();
  packServer.slow.clear();

  await article.reload();
  const v2Marks = await waitForMarkOf(article, 'tomas-quenneville');
  expect(v2Marks.map((mark) => mark.id)).toEqual(
    expect.arrayContaining(['ilsa-vantongeren', 'tomas-quenneville']),
  );

  // Nothing new: one conditional request, answered 304.
  packServer.requests.length = 0;
  await options.page.bringToFront();
  await packs.syncNow(PACK_ID);
  await expect(packs.row(PACK_ID).getByRole('status')).toHaveText('Already up to date (version 2).');
  expect(packServer.requests.map((request) => [request.path, request.status])).toEqual([
    [`/${PACK_ID}/manifest.json`, 304],
  ]);

  // Version 3 as a tampering (or broken) server sends it: a shard changed after the manifest.
  const v3 = await publish('v3');
  const shardPath = join(v3, 'entity-001.ndjson');
  await writeFile(shardPath, (await readFile(shardPath, 'utf8')).replace('Quenneville', 'Quennevilla'));
  await options.page.bringToFront();
  await packs.syncNow(PACK_ID);
  const status = packs.cell(PACK_ID, 'status');
  await expect(status).toContainText('Last sync failed (');
  await expect(status).toContainText(
    'entity-001.ndjson does not match its checksum in manifest.json (it was changed or damaged)',
  );
  await expect(status).toContainText('Version 2 stays in use.');
  await expect(packs.cell(PACK_ID, 'version')).toContainText('2');
  await expect(packs.cell(PACK_ID, 'records')).toHaveText('3');

  const packsSection = await new AxeBuilder({ page: options.page })
    .include('section[aria-labelledby="sc-packs-heading"]')
    .analyze();
  expect(packsSection.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );

  await article.reload();
  const afterRefusal = await waitForMarkOf(article, 'tomas-quenneville');
  expect(afterRefusal.map((mark) => mark.id)).toEqual(
    expect.arrayContaining(['ilsa-vantongeren', 'tomas-quenneville']),
  );

  await options.page.bringToFront();
  await packs.unsubscribe(PACK_ID);
  await expect(packs.row(PACK_ID)).toHaveCount(0);
  await expect(packs.row('starter')).toBeVisible();
});

test('a pack with a very long name stays inside the options page', async ({ context, extensionId }) => {
  // Issue 15, finding 13: a 200-character pack name (a publisher's choice) broke the table.
  await publishSyncPack(packRoot, 'v1', { name: `Regionalnachrichten${'Faktencheck'.repeat(16)}` });
  const options = await OptionsPage.open(context, extensionId);
  const packs = new PacksPanel(options);
  await packs.subscribe(manifestUrl());
  await expect(packs.row(PACK_ID).getByRole('rowheader')).toContainText('Regionalnachrichten');
  const overflow = await options.page.evaluate(() => {
    const table = document.querySelector('.sc-table');
    const section = table?.closest('section');
    return { table: table?.getBoundingClientRect().width ?? 0, section: section?.clientWidth ?? 0 };
  });
  expect(overflow.table).toBeGreaterThan(0);
  expect(overflow.table).toBeLessThanOrEqual(overflow.section);
});
