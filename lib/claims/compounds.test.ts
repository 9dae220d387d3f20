import { describe, expect, it } from 'vitest';
import { findClaims } from '../match/claim-sentences';
import { runToEnd } from '../time-slices';
import { termKey } from './claim-terms';
import { compoundParts } from './compounds';
import { germanPool } from './testing/claim-pool';

/** Real claims of the CheckThat! 2025 German pool, reviewed by German fact-checkers. */
const CLAIMS = [
  'Sebastian Kurz hat seine Corona-Impfung lediglich vorgetäuscht.',
  'In Waldheim in Sachsen protestierten Eltern in einer Schule gegen Coronatests',
  'Diese Studie belegt Mikroplastik aus Masken in der Lunge',
  'Covid-19-Impfstoffe könnten Frauen unfruchtbar machen.',
];

const marks = (text: string, index = germanPool(CLAIMS)) =>
  runToEnd(findClaims([text], index, [], 'de')).map(({ claim, evidence }) => ({ claim, evidence }));

// The stems of a statement vocabulary, as term keys: a word the statements lack is looked up in it.
const vocabulary = ['viren', 'infektion', 'gesundheit', 'gefahr', 'bund', 'ministerium', 'halt'];
const find = (key: number) => vocabulary.findIndex((stem) => termKey(`w${stem}`) === key);

describe('closed compounds', () => {
  const parts = (stem: string) => compoundParts(stem, 'de', find)?.map((at) => vocabulary[at]);

  it('splits a word into stems of the statements, with German linking elements', () => {
    expect(parts('vireninfektion')).toEqual(['viren', 'infektion']);
    expect(parts('gesundheitsgefahr')).toEqual(['gesundheit', 'gefahr']);
    expect(parts('bundesgesundheitsministerium')).toEqual(['bund', 'gesundheit', 'ministerium']);
    // A part of fewer than three letters is no stem: "Erhalt" is no compound of "halt".
    expect(parts('erhalt')).toBeUndefined();
    expect(compoundParts('vireninfektion', 'en', find)).toBeUndefined();
  });

  it('reads a compound the statement writes apart, as one piece of evidence', () => {
    // Motivated by the CheckThat! 2025 German posts: a post on microplastics "aus den
    // handelsüblichen Mund-Nasenschutzmasken" in patients' lungs after a "Lungenoperation"
    // shared too few words with "Diese Studie belegt Mikroplastik aus Masken in der Lunge".
    expect(marks('Die Maskenstudie fand Mikroplastik in der Lunge.')).toEqual([
      { claim: 'de-claim-2', evidence: 'Maskenstudie · Mikroplastik · Lunge' },
    ]);
    expect(marks('Kurz hat seine Coronaimpfung nur vorgetäuscht!')).toEqual([
      { claim: 'de-claim-0', evidence: 'Kurz · Coronaimpfung · vorgetäuscht' },
    ]);
    // "Coronaimpfung" holds two of the statement's words but is one concept: with "Kurz" it
    // is two pieces, not the three a mark needs.
    expect(marks('Kurz wirbt für die Coronaimpfung.')).toEqual([]);
  });

  it('reads a hyphenated pair as the compound the statement writes closed', () => {
    // Motivated by the same posts: "Corona-Tests" against the statement's "Coronatests".
    expect(marks('Eltern protestierten gegen Corona-Tests.')).toEqual([
      { claim: 'de-claim-1', evidence: 'Eltern · protestierten · Corona-Tests' },
    ]);
  });
});
