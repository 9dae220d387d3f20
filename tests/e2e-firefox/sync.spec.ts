import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type PackServer, publishSyncPack, SYNC_PACK_ID, startPackServer } from '../e2e/pack-server';
import { expect, test } from './fixtures';
import { readMarks, waitForMarkOf } from './pages/article';
import { OptionsPage, PacksPanel } from './pages/options';

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

test('a pack subscribed to by its manifest URL is installed, and its people are marked', async ({
  firefox,
  siteURL,
}) => {
  await publishSyncPack(packRoot, 'v1');
  const options = await OptionsPage.open(firefox);
  const packs = new PacksPanel(options);
  await packs.subscribe(`${packServer.url}/${SYNC_PACK_ID}/manifest.json`);
  await expect
    .poll(() => packs.formMessage())
    .toBe('Subscribed to the pack "sync-test": version 1 installed.');
  await expect
    .poll(() => packs.row(SYNC_PACK_ID))
    .toMatchObject({
      name: 'Sync test pack',
      records: '2',
      status: 'Up to date',
      trust: expect.stringMatching(/^Not verified: the pack comes over plain http/),
    });
  expect(packServer.requests.map((request) => [request.path, request.status])).toEqual([
    [`/${SYNC_PACK_ID}/manifest.json`, 200],
    [`/${SYNC_PACK_ID}/entity-001.ndjson`, 200],
    [`/${SYNC_PACK_ID}/source-001.ndjson`, 200],
  ]);

  const article = await firefox.newPage();
  await article.goto(`${siteURL}/sync/article.html`);
  await waitForMarkOf(article, 'ilsa-vantongeren');
  const marks = await readMarks(article);
  expect(marks.filter((mark) => mark.id === 'ilsa-vantongeren').map((mark) => mark.text)).toContain(
    'Ilsa Vantongeren',
  );
  // Version 1 does not know him yet.
  expect(marks.some((mark) => mark.id === 'tomas-quenneville')).toBe(false);
});
