import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ClaimRecord, type ClaimSource, PackRecord } from '../../../lib/schema/records';
import { CLAIMREVIEW_DIR as CORPUS } from '../../../tests/fixtures/corpus/paths';
import { importClaimReview } from './claimreview';
import { importWorkspace } from './import-workspace';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

const work = importWorkspace('import-claimreview-');

/** Every claim file written, each checked against the pack schema as `pack build` will. */
async function writtenClaims(): Promise<ClaimRecord[]> {
  const claims: ClaimRecord[] = [];
  for (const file of (await readdir(join(work.outDir, 'claims'))).sort()) {
    const record = PackRecord.parse(parse(await readFile(join(work.outDir, 'claims', file), 'utf8')));
    if (record.kind !== 'claim') throw new Error(`${file} is a ${record.kind}`);
    expect(file).toBe(`${record.id}.yaml`);
    claims.push(record);
  }
  return claims;
}

async function importOne(path: string): Promise<ClaimRecord> {
  expect(await importClaimReview(path, { outDir: work.outDir })).toEqual({ records: 1 });
  const [claim] = await writtenClaims();
  return claim!;
}

function review(claim: ClaimRecord): ClaimSource {
  const [source] = claim.sources;
  if (!source || 'ref' in source) throw new Error('expected the review as a cited source');
  return source;
}

const page = (file: string) => join(CORPUS, 'in-page-jsonld', file);

describe('importClaimReview on the real corpus', () => {
  it.each([
    ['in-page-jsonld/afp_checamos_raw.json', 1, 'pt'],
    ['in-page-jsonld/afp_fact_check_hindi_raw.json', 1, 'hi'],
    ['in-page-jsonld/afp_factual_raw.json', 1, 'es'],
    ['in-page-jsonld/afp_factuel_raw.json', 1, 'fr'],
    ['in-page-jsonld/afp_faktencheck_raw.json', 1, 'de'],
    ['in-page-jsonld/afp_raw.json', 1, 'en'],
    ['in-page-jsonld/africa_check_raw.json', 1, 'en'],
    ['in-page-jsonld/aos_fatos_raw.json', 1, 'pt'],
    ['in-page-jsonld/comprova_raw.json', 1, 'pt'],
    ['in-page-jsonld/efe_verifica_raw.json', 1, 'es'],
    ['in-page-jsonld/fatabyyano_raw.json', 1, 'ar'],
    ['in-page-jsonld/india_today_mixed_ld_json_types.json', 1, 'en'],
    ['in-page-jsonld/lupa_raw.json', 1, 'pt'],
    ['in-page-jsonld/newtral_fact_check_index_raw.json', 15, 'es'],
    ['in-page-jsonld/tfc_taiwan_raw.json', 1, 'zh'],
    ['in-page-jsonld/twenty_minutes_claim_review_page.json', 1, 'fr'],
    ['in-page-jsonld/vishvas_news_raw.json', 1, 'hi'],
    ['datacommons-feed-item/data_commons_raw.json', 1, 'de'],
  ])('imports %s: %i claim(s) titled in "%s"', async (file, count, language) => {
    expect(await importClaimReview(join(CORPUS, file), { outDir: work.outDir })).toEqual({ records: count });
    const claims = await writtenClaims();
    expect(claims).toHaveLength(count);
    for (const claim of claims) {
      expect(Object.keys(claim.title)).toEqual([language]);
      expect(claim.sources).toHaveLength(1);
      expect(claim.assessment?.rating).toBeTruthy();
    }
    expect(work.warnings).toEqual([]);
  });

  it('maps the AFP Checamos review: verbatim rating, Portuguese verdict sentence, disputing source', async () => {
    const claim = await importOne(page('afp_checamos_raw.json'));
    expect(claim).toMatchObject({
      id: 'george-soros-disse-ao-jornal-alemao-bild-financiaria-grupos',
      claimantName: 'Várias fontes',
      date: '2020-05-30',
      assessment: { rating: 'Falso', text: { pt: 'Classificado como “Falso” por Checamos (2020-06-23).' } },
    });
    expect(review(claim)).toEqual({
      publisher: 'Checamos',
      title: 'Suposta fala de Soros sobre financiar "grupos de ódio negro" não foi publicada pelo Bild',
      date: '2020-06-23',
      url: 'https://checamos.afp.com/suposta-fala-de-soros-sobre-financiar-grupos-de-odio-negro-nao-foi-publicada-pelo-bild',
      language: 'pt',
      stance: 'disputes',
    });
  });

  it.each([
    ['afp_faktencheck_raw.json', 'Falsch', 'disputes'],
    ['afp_factuel_raw.json', 'Faux', 'disputes'],
    ['afp_factual_raw.json', 'Engañoso', 'disputes'],
    ['efe_verifica_raw.json', 'Falso.', 'disputes'],
    ['fatabyyano_raw.json', 'زائف', 'disputes'],
    ['tfc_taiwan_raw.json', '錯誤', 'disputes'],
    ['twenty_minutes_claim_review_page.json', 'really_false', 'disputes'],
    ['africa_check_raw.json', 'Incorrect', 'disputes'],
    ['india_today_mixed_ld_json_types.json', 'Half true', 'context'],
    ['aos_fatos_raw.json', 'não_é_bem_assim', 'context'],
  ])('keeps the rating of %s verbatim ("%s") and cites the review as %s', async (file, rating, stance) => {
    const claim = await importOne(page(file));
    expect(claim.assessment?.rating).toBe(rating);
    expect(review(claim).stance).toBe(stance);
  });

  it('drops a review URL that is not http(s) (Aos Fatos writes "aosfatos.org/…") and titles it from the URL', async () => {
    const claim = await importOne(page('aos_fatos_raw.json'));
    expect(review(claim)).toMatchObject({
      publisher: 'Aos Fatos',
      title: 'video manipulado faz crer que drauzio incentiva criancas a usarem drogas',
    });
    expect(review(claim).url).toBeUndefined();
  });

  it('writes the verdict sentence in English where there is none for the language (Chinese)', async () => {
    const claim = await importOne(page('tfc_taiwan_raw.json'));
    expect(claim.assessment?.text).toEqual({ en: 'Rated “錯誤” by 台灣事實查核中心 (2022-04-08).' });
    expect(claim.id).toMatch(/^claim-[0-9a-f]{10}$/);
  });

  it('reads the DataCommons feed item: German claim, its author as claimant, the claim date apart from the review date', async () => {
    const claim = await importOne(join(CORPUS, 'datacommons-feed-item/data_commons_raw.json'));
    expect(claim).toMatchObject({ claimantName: 'Irmin Suhl', date: '2019-09-07' });
    expect(claim.title.de).toMatch(
      /^Im Netz sorgt ein angebliches Zitat von Kölns Oberbürgermeisterin Henriette Reker/,
    );
    expect(review(claim)).toMatchObject({
      publisher: 'Deutsche Presse-Agentur',
      date: '2019-09-20',
      url: 'https://www.presseportal.de/pm/133833/4381130',
      stance: 'context',
    });
  });

  it('takes the Hindi claim on a page declared English as Hindi (Vishvas News)', async () => {
    const claim = await importOne(page('vishvas_news_raw.json'));
    expect(claim.title.hi).toBe('मौलवी ने कराई थी प्रियंका गांधी और रॉबर्ट वाड्रा की शादी');
    expect(claim.claimantName).toBe('Facebook user बसंत मलिक');
  });

  it('reads the claimant of each Newtral item and keeps both of its ratings', async () => {
    await importClaimReview(page('newtral_fact_check_index_raw.json'), { outDir: work.outDir });
    const claims = await writtenClaims();
    expect(new Set(claims.map((claim) => claim.assessment?.rating))).toEqual(new Set(['Falso', 'Engañoso']));
    expect(claims.map((claim) => claim.claimantName)).toContain('Jéssica Albiach');
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(15);
  });
});

describe('importClaimReview on the other shapes', () => {
  it("reads the Fact Check Tools API's claims: every review a source, the first rated one the assessment", async () => {
    expect(
      await importClaimReview(join(FIXTURES, 'factcheck-api-claims.json'), { outDir: work.outDir }),
    ).toEqual({
      records: 1,
    });
    const [claim] = await writtenClaims();
    expect(claim).toMatchObject({
      id: 'vacinas-contra-a-covid-19-alteram-o-dna-humano',
      title: { pt: 'Vacinas contra a covid-19 alteram o DNA humano' },
      // The review's headline in the claim's language: another statement to match from (issue 12).
      statements: { pt: ['Vacinas contra a covid-19 não alteram o DNA humano'] },
      claimantName: 'Publicações em redes sociais',
      date: '2021-04-28',
      assessment: {
        rating: 'Falso',
        text: { pt: 'Classificado como “Falso” por AFP Checamos (2021-05-03).' },
      },
    });
    expect(claim?.sources).toEqual([
      {
        publisher: 'AFP Checamos',
        title: 'Vacinas contra a covid-19 não alteram o DNA humano',
        date: '2021-05-03',
        url: 'https://checamos.afp.com/vacinas-nao-alteram-dna',
        language: 'pt',
        stance: 'disputes',
      },
      // The javascript: link is dropped; the site stands in for the missing publisher name.
      {
        publisher: 'example-checker.org',
        title: 'Vacinas contra a covid-19 alteram o DNA humano',
        date: '2021-05-04',
        language: 'en',
        stance: 'supports',
      },
    ]);
    expect(work.warnings.join('')).toMatch(
      /factcheck-api-claims\.json:25: \$\.claims\[1\]: skipped: no review with a publisher and a date/,
    );
  });

  it('reads an HTML page: the @graph ClaimReview, the page language, and a warning for a broken script', async () => {
    const claim = await importOne(join(FIXTURES, 'claimreview-page.html'));
    expect(claim).toMatchObject({
      id: 'der-mond-ist-aus-kase',
      title: { de: 'Der Mond ist aus Käse' },
      claimantName: 'Ein Blog',
      date: '2024-02',
      assessment: {
        rating: 'Falsch',
        text: { de: 'Bewertet als „Falsch“ von Beispiel-Faktencheck (2024-02-29).' },
      },
    });
    expect(review(claim)).toMatchObject({ title: 'Nein, der Mond ist nicht aus Käse', stance: 'disputes' });
    expect(work.warnings.join('')).toMatch(/claimreview-page\.html <script ld\+json #3>: skipped: not JSON/);
  });

  it('rejects a file that is neither JSON nor HTML, naming it', async () => {
    const garbage = join(work.outDir, 'garbage.txt');
    await writeFile(garbage, 'claimReviewed: not json');
    await expect(importClaimReview(garbage, { outDir: work.outDir })).rejects.toThrow(
      'garbage.txt:1: neither JSON nor an HTML page (unexpected "claimReviewed: not j")',
    );
  });
});
