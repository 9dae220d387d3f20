import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPackTool } from '../../tools/pack/main';
import { startPackServer } from './pack-server';

/** Real fact checks (tests/fixtures/corpus/claimreview/PROVENANCE.md): AFP in German, AFP and Africa Check in English. */
const REVIEWS = [
  'in-page-jsonld/afp_faktencheck_raw.json',
  'in-page-jsonld/afp_raw.json',
  'in-page-jsonld/africa_check_raw.json',
].map((file) => resolve(import.meta.dirname, '..', 'fixtures', 'corpus', 'claimreview', file));

export const FACT_CHECKS_PACK_ID = 'fact-checks';
/** The AFP Faktencheck claim that `claims-from-fact-checks/restated.html` restates in other words. */
export const LEIPZIG_CLAIM = 'das-alte-rathaus-in-leipzig-ist-versunken';

async function packTool(...args: string[]): Promise<void> {
  const errors: string[] = [];
  const code = await runPackTool(args, {
    out: () => {},
    err: (line) => errors.push(line),
    readStdin: async () => '',
  });
  if (code !== 0) throw new Error(`pack ${args.join(' ')}: ${errors.join('\n')}`);
}

/**
 * Imports the fact checks with `pack import-claimreview` and builds them with `pack build`, as a
 * pack author would, into `<root>/fact-checks/`.
 */
async function publishFactChecksPack(root: string): Promise<void> {
  // The saved pages one after another: the importer reads several JSON documents in a row.
  const input = join(root, 'reviews.jsonl');
  await writeFile(input, (await Promise.all(REVIEWS.map((file) => readFile(file, 'utf8')))).join('\n'));
  const source = join(root, 'fact-checks-source');
  await packTool(
    'import-claimreview',
    input,
    '--out',
    source,
    '--id',
    FACT_CHECKS_PACK_ID,
    '--name',
    'Fact checks',
  );
  await packTool('build', source, '--out', join(root, FACT_CHECKS_PACK_ID));
}

/**
 * The fact-checks pack, built in a fresh folder and served on 127.0.0.1; shared by the Chromium
 * and the Firefox test. `close` stops the server and removes the folder.
 */
export async function serveFactChecksPack(): Promise<{ manifestUrl: string; close: () => Promise<void> }> {
  const root = resolve(await mkdtemp(join(tmpdir(), 'source-context-fact-checks-')));
  await publishFactChecksPack(root);
  const server = await startPackServer(root);
  return {
    manifestUrl: `${server.url}/${FACT_CHECKS_PACK_ID}/manifest.json`,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
