import { describe, expect, it } from 'vitest';
import { newsPageNames, newsPageParagraphs } from '../../tests/fixtures/corpus/paragraphs';
import { generateClaims } from '../../tools/bench/claims/claim-generator';
import { compileIndex, matchArticle } from '../match';
import { findClaims } from '../match/claim-sentences';
import { ClaimRecord } from '../schema/records';
import { runToEnd } from '../time-slices';
import { claimPool, germanPool } from './testing/claim-pool';
import { THRESHOLDS } from './thresholds';

const claimIds = (index: ReturnType<typeof compileIndex>, text: string, lang: string) =>
  matchArticle([text], index, { lang })
    .filter((match) => match.kind === 'claim')
    .map((match) => match.id);

describe('statement scoring', () => {
  it('marks no claim when another claim of the pool is stated almost as well', () => {
    // Motivated by the CheckThat! 2025 Portuguese pool, which holds both of these reviews of one
    // hoax: a post holding much of both got the wrong one about as often as the right one.
    const index = compileIndex(
      [],
      [
        ClaimRecord.parse({
          kind: 'claim',
          id: 'lula-noruega',
          title: { pt: 'O ex-presidente Lula vendeu o solo da Amazônia para a Noruega' },
        }),
        ClaimRecord.parse({
          kind: 'claim',
          id: 'lula-empresa-norueguesa',
          title: { pt: 'O ex-presidente Lula vendeu o solo da Amazônia para uma empresa norueguesa' },
        }),
        ClaimRecord.parse({
          kind: 'claim',
          id: 'noruega-baleias',
          title: { pt: 'Noruega mata mil baleias por ano' },
        }),
      ],
    );
    expect(claimIds(index, 'Lula vendeu o solo da Amazônia para a Noruega.', 'pt')).toEqual(['lula-noruega']);
    expect(claimIds(index, 'Lula vendeu a Amazônia para uma empresa norueguesa', 'pt')).toEqual([
      'lula-empresa-norueguesa',
    ]);
    // "uma empresa da Noruega": both reviews fit, and which one the post states is a guess.
    expect(claimIds(index, 'Lula vendeu o solo da Amazônia para uma empresa da Noruega.', 'pt')).toEqual([]);
  });

  it('asks for more of a statement among few statements than in a large pool', () => {
    // Motivated by the starter pack: among its few statements every word weighs about the same,
    // and half of "Boris Johnson persuaded Ukraine to leave the Istanbul talks" is the people and
    // the place alone. In a pool of hundreds, rare words carry the weight, and half of the
    // statement's weight is its specific words.
    const claim = ClaimRecord.parse({
      kind: 'claim',
      id: 'johnson-ended-istanbul-talks',
      title: { en: 'Boris Johnson persuaded Ukraine to leave the Istanbul talks' },
    });
    const sentence = 'Boris Johnson urged Ukraine to quit, and the talks ended.';
    expect(claimIds(compileIndex([], [claim]), sentence, 'en')).toEqual([]);
    // The same claim among 300 others (fact-check-sized claims from the words of real news).
    const pool = compileIndex(
      [],
      [claim, ...generateClaims(300, newsPageNames().flatMap(newsPageParagraphs))],
    );
    expect(claimIds(pool, sentence, 'en')).toEqual(['johnson-ended-istanbul-talks']);
  });

  it('reads a word broken at the end of a line as the word, and shows it whole', () => {
    // Motivated by the CheckThat! 2025 German posts, often a newspaper column read from an image:
    // this one states the claim, but "klini-" and "sche" were two words no statement holds, so it
    // held two of the claim's terms, one short of a mark.
    const index = germanPool(['Es gibt keine abgeschlossenen klinischen Studien zu mRNA-Impfungen']);
    const column =
      'Alle vier in Deutschland verwen-\ndeten Covid-Impfstoffe haben\nbislang nur eine bedingte Zulas-\nsung ohne abgeschlossene klini-\nsche Studien.';
    const marks = runToEnd(findClaims([column], index, [], 'de'));
    expect(marks.map(({ claim, evidence }) => [claim, evidence])).toEqual([
      ['de-claim-0', 'abgeschlossene · klinische · Studien'],
    ]);
  });

  it('takes no claim for a rival that could not be marked itself', () => {
    // Motivated by the CheckThat! 2022 debates: Bernie Sanders' line on Eliot Spitzer's driver's
    // licences was not marked with its PolitiFact claim because "Barack Obama's plan gives a
    // driver's license to any illegal who wants one" held two of its rare words ("driver",
    // "license"), much of that short statement, and so came within the margin — a claim the
    // sentence could never be marked with (a match needs three pieces) blocked the one it states.
    const spitzer = ClaimRecord.parse({
      kind: 'claim',
      id: 'clinton-told-spitzer-no-licences',
      title: {
        en: 'When New York Gov. Eliot Spitzer wanted to "provide driver’s licenses to those who are undocumented. (Hillary Clinton) said don’t do it."',
      },
    });
    const obama = ClaimRecord.parse({
      kind: 'claim',
      id: 'obama-plan-licences-for-illegals',
      title: { en: '"Barack Obama\'s plan gives a driver\'s license to any illegal who wants one."' },
    });
    // A pool the size of a fact-checker's feed, from the words of real news.
    const index = compileIndex(
      [],
      [spitzer, obama, ...generateClaims(3000, newsPageNames().flatMap(newsPageParagraphs))],
    );
    const sentence =
      "Well, when we talk about efforts to assist immigrants, Secretary Clinton prevailed upon the governor of New York, Elliot Spitzer, who wanted to do the right thing and provide driver's license to these who were undocumented, she said don't do it, and New York State still does not do it.";
    expect(claimIds(index, sentence, 'en')).toEqual(['clinton-told-spitzer-no-licences']);
  });

  it('takes words of the statement side by side, in its order, for less of its weight', () => {
    // Motivated by the CheckThat! 2022 debates: "We lost almost 70,000 factories" states
    // PolitiFact's "We've lost 70,000 factories since China joined the World Trade Organization"
    // with 40 % of its weight, under the 50 % a statement's words apart need; "lost 70,000" and
    // "70,000 factories" are its wording, not only its topic.
    const claim = ClaimRecord.parse({
      kind: 'claim',
      id: 'lost-70000-factories',
      title: { en: '"We’ve lost 70,000 factories since China joined the World Trade Organization."' },
    });
    const index = compileIndex(
      [],
      [claim, ...generateClaims(3000, newsPageNames().flatMap(newsPageParagraphs))],
    ).claims;
    const marked = (sentence: string, thresholds = THRESHOLDS) =>
      runToEnd(findClaims([sentence], index, [], 'en', thresholds)).map((mark) => mark.claim);
    expect(marked('We lost almost 70,000 factories.')).toEqual(['lost-70000-factories']);
    expect(marked('We lost almost 70,000 factories.', { ...THRESHOLDS, phrases: [] })).toEqual([]);
    // The same three words, none beside the next as in the statement: the topic, not the claim.
    expect(marked('70,000 lost their jobs when factories closed.')).toEqual([]);
  });

  it('asks a smaller margin over a rival of a statement whose wording the sentence follows', () => {
    // Motivated by the CheckThat! 2022 debates: Sanders' "We pay, by far, the highest prices in
    // the world for prescription drugs" came within the margin of PolitiFact's "… the cost of
    // prescription drugs actually went down", which holds its rarest words but none of its
    // phrases ("highest prices", "prescription drugs" in the statement's order).
    const highest = ClaimRecord.parse({
      kind: 'claim',
      id: 'highest-drug-prices',
      title: { en: '"In America, we pay, by far, the highest prices in the world for prescription drugs."' },
    });
    const wentDown = ClaimRecord.parse({
      kind: 'claim',
      id: 'drug-costs-went-down',
      title: {
        en: 'Last year, "for the first time in 51 years, the cost of prescription drugs actually went down."',
      },
    });
    const index = compileIndex(
      [],
      [highest, wentDown, ...generateClaims(3000, newsPageNames().flatMap(newsPageParagraphs))],
    ).claims;
    const sentence =
      'Drugs cost the most here: we pay the highest prices for prescription drugs in the world.';
    const marked = (thresholds = THRESHOLDS) =>
      runToEnd(findClaims([sentence], index, [], 'en', thresholds)).map((mark) => mark.claim);
    expect(marked()).toEqual(['highest-drug-prices']);
    expect(marked({ ...THRESHOLDS, phraseMargin: THRESHOLDS.margin })).toEqual([]);
  });
  it('spares a short statement one term lighter than those the sentence holds, in a large pool', () => {
    // Motivated by the CheckThat! 2025 French posts: "la Patinoire de Mulhouse sert de morgue"
    // holds three of the four terms of "La patinoire de Mulhouse a été transformée en morgue", all
    // but "transformée", which other claims of the pool write too (these four are from it).
    const index = claimPool('fr', [
      'La patinoire de Mulhouse a été transformée en morgue',
      'Cristiano Ronaldo va transformer ses hôtels en hôpitaux pour accueillir des malades du coronavirus',
      'Les masques mis sur le marché ne protègent pas du virus, ils se transforment en incubateurs à bactéries',
      'Le masque provoque une infection des bronches à cause des bactéries qui se transforment en champignons',
    ]);
    const marked = (sentence: string, thresholds = THRESHOLDS) =>
      runToEnd(findClaims([sentence], index, [], 'fr', thresholds)).map((mark) => mark.claim);
    const post = 'Sachez que la Patinoire de Mulhouse sert de morgue depuis quelques jours déjà.';
    expect(marked(post)).toEqual(['fr-claim-0']);
    expect(marked(post, { ...THRESHOLDS, shortSpare: false })).toEqual([]);
    // Without its rarest term the statement's claim is gone: the place, not what happened to it.
    expect(marked('La patinoire de Mulhouse a été transformée en salle de concert.')).toEqual([]);
  });

  it('gives an article the same marks whatever was matched before it with the same index', () => {
    // The scorer keeps its buffers (a number per statement) from one article to the next, as the
    // background matches page after page; what one article added must not count in the next.
    const claim = ClaimRecord.parse({
      kind: 'claim',
      id: 'lost-70000-factories',
      title: { en: '"We’ve lost 70,000 factories since China joined the World Trade Organization."' },
    });
    const news = newsPageNames().flatMap(newsPageParagraphs);
    const index = compileIndex([], [claim, ...generateClaims(3000, news)]);
    const article = [
      'We lost almost 70,000 factories.',
      'China joined the World Trade Organization in 2001.',
    ];
    const alone = matchArticle(article, index, { lang: 'en' });
    expect(alone.filter((match) => match.kind === 'claim').map((match) => match.id)).toContain(
      'lost-70000-factories',
    );
    matchArticle(news.slice(0, 40), index, { lang: 'en' });
    expect(matchArticle(article, index, { lang: 'en' })).toEqual(alone);
  });
});
