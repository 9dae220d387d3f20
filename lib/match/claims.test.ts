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
        evidence: '3 triggers + entity',
      },
    ]);
  });

  it('reads the next sentence when the evidence runs on', () => {
    const text = 'Boris Johnson flew to Kyiv in April. Soon after, the peace talks in Istanbul stalled.';
    expect(claimMarks([text], 'en')).toEqual([]);
    const runsOn = 'Boris Johnson came to Istanbul. There he urged Kyiv to walk away.';
    expect(claimMarks([runsOn], 'en')).toEqual([{ text: runsOn, evidence: '2 triggers + entity' }]);
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
});
