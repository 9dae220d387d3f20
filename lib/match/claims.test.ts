import { describe, expect, it } from 'vitest';
import { ClaimRecord, EntityRecord } from '../schema/records';
import { compileIndex, matchArticle } from './index';

const johnson = EntityRecord.parse({
  kind: 'entity',
  id: 'boris-johnson',
  type: 'person',
  name: 'Boris Johnson',
  names: { en: ['Boris Johnson'] },
  shortNames: { en: ['Johnson'] },
});

const claim = ClaimRecord.parse({
  kind: 'claim',
  id: 'johnson-ended-istanbul-talks',
  title: { en: 'Boris Johnson persuaded Ukraine to leave the Istanbul talks' },
  entities: ['boris-johnson'],
  triggers: {
    de: ['Istanbul', 'Friedensverhandlung*', 'Gespräch*', 'Drängen'],
    en: ['Istanbul', 'peace talks', 'walk away', 'pressure*'],
  },
});

const index = compileIndex([johnson], [claim]);

const claimMarks = (blocks: string[], lang: string) =>
  matchArticle(blocks, index, { lang })
    .filter((match) => match.kind === 'claim')
    .map((match) => ({ text: blocks[match.block]!.slice(match.start, match.end), evidence: match.evidence }));

describe('claims', () => {
  it('marks the sentence with two triggers and an entity', () => {
    const text =
      'Vorher. Auf Drängen von Boris Johnson verließ die Ukraine die Gespräche in Istanbul. Danach.';
    expect(claimMarks([text], 'de')).toEqual([
      {
        text: 'Auf Drängen von Boris Johnson verließ die Ukraine die Gespräche in Istanbul.',
        evidence: 'Istanbul · Gespräch · Drängen · Boris Johnson',
      },
    ]);
  });

  it('reads the next sentence when the evidence runs on', () => {
    const text = 'Boris Johnson flew to Kyiv in April. Soon after, the peace talks in Istanbul stalled.';
    expect(claimMarks([text], 'en')).toEqual([]);
    const runsOn = 'Boris Johnson came to Istanbul. There he urged Kyiv to walk away.';
    expect(claimMarks([runsOn], 'en')).toEqual([
      { text: runsOn, evidence: 'Istanbul · walk away · Boris Johnson' },
    ]);
  });

  it('never marks one keyword, nor the people in another context', () => {
    expect(claimMarks(['Boris Johnson besuchte Istanbul.'], 'de')).toEqual([]);
    expect(claimMarks(['Boris Johnson schrieb ein Buch über Churchill.'], 'de')).toEqual([]);
  });

  it('marks three triggers without an entity, with the language’s own terms only', () => {
    const text = 'Unter Druck: the pressure grew, the peace talks in Istanbul ended.';
    expect(claimMarks([text], 'en')).toHaveLength(1);
    expect(claimMarks([text], 'de')).toEqual([]);
  });

  it('matches trigger prefixes and folded spellings', () => {
    const text = 'Johnson: Boris Johnson stoppte die Friedensverhandlungen; die Gespraeche endeten.';
    expect(claimMarks([text], 'de')).toHaveLength(1);
  });

  it('reads a page without a language in its detected language only', () => {
    // Issue 12: without `lang` the triggers of all languages counted together. This German
    // sentence holds the English trigger "Istanbul" and German ones: read as German it needs
    // German evidence, and the English "peace talks" never adds to it.
    const text = 'Die peace talks in Istanbul waren lang, und die Delegation reiste danach wieder ab.';
    expect(matchArticle([text], index).filter((match) => match.kind === 'claim')).toEqual([]);
  });
});

describe('claims from their statements', () => {
  // Issue 12: an imported AFP Faktencheck record has no triggers, only the reviewed claim and
  // the review's headline; it marked nothing, not even its own sentence.
  const rathaus = ClaimRecord.parse({
    kind: 'claim',
    id: 'leipzig-rathaus-versunken',
    title: { de: 'Das Alte Rathaus in Leipzig ist versunken' },
    statements: { de: ['Nein, das Alte Rathaus in Leipzig ist nicht im Boden versunken'] },
  });
  const aid = ClaimRecord.parse({
    kind: 'claim',
    id: 'us-aid-100-billion',
    title: { de: 'Die USA haben 100 Milliarden US-Dollar für die Ukraine ausgegeben' },
    statements: { en: ['The US has spent $100 billion on Ukraine'] },
  });
  const pool = compileIndex([], [rathaus, aid]);
  const marks = (text: string, lang?: string) =>
    matchArticle([text], pool, { lang })
      .filter((match) => match.kind === 'claim')
      .map((match) => ({ id: match.id, evidence: match.evidence }));

  it('marks a sentence that restates an imported claim in other words, and says what matched', () => {
    expect(marks('Im Netz heißt es, das Alte Rathaus von Leipzig sei versunken.', 'de')).toEqual([
      { id: 'leipzig-rathaus-versunken', evidence: 'Alte · Rathaus · Leipzig · versunken' },
    ]);
  });

  it('never marks the topic alone', () => {
    expect(marks('Das Alte Rathaus in Leipzig wird renoviert.', 'de')).toEqual([]);
    expect(marks('Die USA haben der Ukraine Waffen geliefert.', 'de')).toEqual([]);
  });

  it('meets amounts written in other words and scales', () => {
    expect(marks('Laut Blinken gaben die USA 100 Mrd. Dollar für die Ukraine aus.', 'de')).toEqual([
      { id: 'us-aid-100-billion', evidence: 'USA · 100 Mrd · Dollar · Ukraine' },
    ]);
    expect(marks('Washington spent 100bn dollars on Ukraine, the US says.', 'en')).toHaveLength(1);
  });

  it('detects the language when the page gives none', () => {
    expect(
      marks('Im Netz heißt es, das Alte Rathaus von Leipzig sei versunken, und das ist falsch.'),
    ).toHaveLength(1);
  });
});

describe('claims from their statements, paragraph by paragraph', () => {
  // A fact-check imported from ClaimReview has no trigger terms: its statement is the evidence.
  const sunk = ClaimRecord.parse({
    kind: 'claim',
    id: 'leipzig-old-town-hall-sunk',
    title: { de: 'Das Alte Rathaus in Leipzig ist im Boden versunken' },
  });
  const statementIndex = compileIndex([], [sunk]);

  it('marks the sentence that states the claim when it opens a paragraph', () => {
    // The end-to-end page of the claims-from-fact-checks test: the pair "last sentence of one
    // paragraph + first of the next" was scored together and marked on the paragraph before.
    const blocks = [
      'Die Stadt feiert am Wochenende ihr Frühlingsfest auf dem Markt.',
      'Das Alte Rathaus in Leipzig sei in den Boden versunken, heißt es in Beiträgen. Die Stadt widerspricht.',
    ];
    const marks = matchArticle(blocks, statementIndex, { lang: 'de' }).filter(
      (match) => match.kind === 'claim',
    );
    expect(marks.map((match) => [match.block, blocks[match.block]!.slice(match.start, match.end)])).toEqual([
      [1, 'Das Alte Rathaus in Leipzig sei in den Boden versunken, heißt es in Beiträgen.'],
    ]);
  });
});
