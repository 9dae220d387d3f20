import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPackTool } from '../pack/main';
import { readPackSource } from '../pack/read-source';
import {
  claimReviewOf,
  type EvalClaim,
  type EvalText,
  readCt2b,
  readCt25,
  readNifTexts,
  reviewUrl,
} from './claims-data';
import {
  type ClaimScore,
  halfOf,
  sameEventClaims,
  samePostClaims,
  scoreClaims,
  type TextOutcome,
} from './claims-score';

/**
 * `npm run eval:claims [-- <shared dir>] [-- --json] [-- --detect-language] [-- --halves]`: claim matching on the CheckThat! data
 * in <shared dir>/eval/claims-dev (default: ../shared beside the repository), through the pack tool as a pack author would use it: each claim
 * pool becomes ClaimReview records, `pack import-claimreview`, `pack build`, then
 * `pack match --jsonl` on the texts. Reports precision and recall per dataset and language, and
 * false claim marks per 100 German news texts (News-100) with the 19,250 PolitiFact claims
 * installed; for the posts also the precision with a mark of another claim the dataset pairs with
 * the same post counted right ("same post"), and for the debates with a mark of PolitiFact's check of the
 * same speaker's claim at that debate ("same event", `sameEventClaims`). `--detect-language` leaves out each text's language, so the matcher must find it;
 * `--halves` adds each dataset's two halves.
 */
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const detectLanguage = args.includes('--detect-language');
const halves = args.includes('--halves');
const named = args.find((arg) => !arg.startsWith('--'));
const DATA = named
  ? join(resolve(named), 'eval', 'claims-dev')
  : resolve(import.meta.dirname, '../../../shared/eval/claims-dev');
const NEWS = named
  ? join(resolve(named), 'corpus', 'ner', 'News-100.ttl')
  : resolve(import.meta.dirname, '../../../shared/corpus/ner/News-100.ttl');

if (!existsSync(join(DATA, 'ct25-posts.jsonl')) || !existsSync(join(DATA, 'ct2b-claims.jsonl'))) {
  console.error(
    `No claim-matching data at ${DATA}: put ct25-{posts,claims}.jsonl and ct2b-{sentences,claims}.jsonl there (and ${NEWS} for the news figure), or name the shared folder: npm run eval:claims -- <dir>`,
  );
  process.exit(1);
}

const work = await mkdtemp(join(tmpdir(), 'eval-claims-'));

/** Runs the pack tool in this process; its error lines go to stderr and a failure stops the run. */
async function packTool(...toolArgs: string[]): Promise<string[]> {
  const out: string[] = [];
  const code = await runPackTool(toolArgs, {
    out: (line) => out.push(line),
    err: (line) => console.error(line),
    readStdin: async () => '',
  });
  if (code !== 0) throw new Error(`pack ${toolArgs[0]} failed (exit ${code})`);
  return out;
}

interface ClaimPack {
  dir: string;
  /** Pack claim id → the dataset's claim id. */
  claimOf: Map<string, string>;
}

/** Claims → ClaimReview JSON lines → `pack import-claimreview` → `pack build`. */
async function buildClaimPack(
  id: string,
  claims: EvalClaim[],
  publisher: string,
  year: string,
): Promise<ClaimPack> {
  const feed = join(work, `${id}.jsonl`);
  await writeFile(
    feed,
    `${claims.map((claim) => JSON.stringify(claimReviewOf(claim, publisher, year))).join('\n')}\n`,
  );
  const source = join(work, `${id}-source`);
  const dir = join(work, id);
  await packTool(
    'import-claimreview',
    feed,
    '--out',
    source,
    '--id',
    id,
    '--name',
    `${publisher} claims (${id})`,
  );
  await packTool('build', source, '--out', dir);
  const read = await readPackSource(source);
  if (!read.ok) throw new Error(`${id}: the imported folder does not read back`);
  const claimIdOfUrl = new Map(claims.map((claim) => [reviewUrl(claim.claimId), claim.claimId]));
  const claimOf = new Map<string, string>();
  for (const { record } of read.records) {
    const source = record.kind === 'claim' ? record.sources[0] : undefined;
    const claimId = source && 'url' in source && source.url ? claimIdOfUrl.get(source.url) : undefined;
    if (claimId) claimOf.set(record.id, claimId);
  }
  return { dir, claimOf };
}

/** The claims `pack match --jsonl` marks in each text, as the dataset's claim ids, in text order. */
async function claimsMarked(pack: ClaimPack, texts: EvalText[]): Promise<string[][]> {
  const requests = join(work, 'requests.jsonl');
  const lines = texts.map((text, index) =>
    JSON.stringify(
      detectLanguage ? { id: index, text: text.text } : { id: index, text: text.text, lang: text.lang },
    ),
  );
  await writeFile(requests, `${lines.join('\n')}\n`);
  const answers = (await packTool('match', pack.dir, '--jsonl', requests)).map(
    (line) => JSON.parse(line) as { matches: { kind: string; id: string }[] },
  );
  return answers.map((answer) =>
    answer.matches
      .filter((found) => found.kind === 'claim')
      .map((found) => pack.claimOf.get(found.id) ?? found.id),
  );
}

/** `stated`: every claim the dataset pairs with each text (`samePostClaims`), where it says. */
async function outcomesOf(pack: ClaimPack, texts: EvalText[], stated?: string[][]): Promise<TextOutcome[]> {
  const marked = await claimsMarked(pack, texts);
  return texts.map((text, index) => ({
    gold: text.claimId,
    marked: marked[index] ?? [],
    ...(stated ? { stated: stated[index] } : {}),
  }));
}

const results: Record<string, ClaimScore> = {};

/**
 * Records a dataset's score, and with `--halves` the score of each half (by `halfOf` the text
 * id): thresholds fitted on half A are checked on half B (docs/matcher.md, Calibration).
 */
function record(name: string, texts: EvalText[], outcomes: TextOutcome[]): void {
  results[name] = scoreClaims(outcomes);
  if (!halves) return;
  for (const half of [0, 1] as const)
    results[`${name}, half ${'AB'[half]}`] = scoreClaims(
      outcomes.filter((_, at) => halfOf(texts[at]!.id) === half),
    );
}

try {
  const ct25 = await readCt25(DATA);
  const languages = [...new Set(ct25.texts.map((text) => text.lang))].sort();
  const allPosts: TextOutcome[] = [];
  const allTexts: EvalText[] = [];
  let germanClaims: ClaimPack | undefined;
  for (const lang of languages) {
    const pack = await buildClaimPack(
      `ct25-${lang}`,
      ct25.claims.filter((claim) => claim.lang === lang),
      'CheckThat! 2025 task 2',
      '2025',
    );
    if (lang === 'de') germanClaims = pack;
    const posts = ct25.texts.filter((text) => text.lang === lang);
    const outcomes = await outcomesOf(pack, posts, samePostClaims(posts));
    record(`ct25 ${lang}`, posts, outcomes);
    allPosts.push(...outcomes);
    allTexts.push(...posts);
  }
  record('ct25 all', allTexts, allPosts);
  const ct2b = await readCt2b(DATA);
  const politifact = await buildClaimPack('ct2b-politifact', ct2b.claims, 'PolitiFact', '2022');
  record(
    'ct2b en',
    ct2b.texts,
    await outcomesOf(politifact, ct2b.texts, sameEventClaims(ct2b.texts, ct2b.claims)),
  );
  if (existsSync(NEWS)) {
    const news = await readNifTexts(NEWS);
    results['news-100 de'] = scoreClaims(await outcomesOf(politifact, news));
    // The PolitiFact claims are English, so German news cannot mark them: the German claims of
    // ct25 are the figure that says how quiet the matcher is on unrelated news in its language.
    if (germanClaims)
      results['news-100 de, ct25 de claims'] = scoreClaims(await outcomesOf(germanClaims, news));
  } else console.error(`No News-100 corpus at ${NEWS}: the false-mark figure is left out.`);
} finally {
  await rm(work, { recursive: true, force: true });
}

const figure = (value: number | null) => (value === null ? '—' : value.toFixed(3));
console.log(
  `claim matching (${detectLanguage ? 'language detected' : 'language given'}); a text is right when its claim is marked`,
);
console.log(`${'dataset'.padEnd(30)}  texts  marked  right  precision  post/event  recall  marks/100`);
for (const [name, result] of Object.entries(results)) {
  console.log(
    [
      name.padEnd(30),
      String(result.texts).padStart(6),
      String(result.marked).padStart(7),
      String(result.right).padStart(6),
      figure(result.precision).padStart(10),
      figure(result.samePostPrecision).padStart(10),
      figure(result.recall).padStart(7),
      result.marksPer100.toFixed(1).padStart(10),
    ].join(' '),
  );
}
if (asJson) console.log(JSON.stringify({ detectLanguage, results }));
