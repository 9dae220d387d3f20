import { describe, expect, it } from 'vitest';
import { parseEntityEvidence } from './entity-evidence';

describe('the evidence of an entity mark, for the card', () => {
  // Issue 17: the card says which evidence made "Gerhard Stoltenberg" a mark.
  it('reads a full name with the role beside it', () => {
    expect(parseEntityEvidence('full name · role: Finance Minister')).toEqual([
      { kind: 'fullName' },
      { kind: 'role', detail: 'Finance Minister' },
    ]);
    expect(parseEntityEvidence('full name · in article: Australian')).toEqual([
      { kind: 'fullName' },
      { kind: 'placeInArticle', detail: 'Australian' },
    ]);
  });

  it('reads the short-name evidence of issue 13', () => {
    expect(parseEntityEvidence('title: US-Außenminister')).toEqual([
      { kind: 'title', detail: 'US-Außenminister' },
    ]);
    expect(parseEntityEvidence('title in article: Gen.')).toEqual([
      { kind: 'titleInArticle', detail: 'Gen.' },
    ]);
    expect(parseEntityEvidence('well known')).toEqual([{ kind: 'wellKnown' }]);
    expect(parseEntityEvidence('quoted: „Welt“')).toEqual([{ kind: 'quoted', detail: '„Welt“' }]);
  });

  it('leaves evidence it does not know to be shown as written', () => {
    expect(parseEntityEvidence('3 triggers + entity')).toBeUndefined();
  });
});
