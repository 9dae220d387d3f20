import { describe, expect, it } from 'vitest';
import type { Provenance } from '../messaging/protocol';
import { ClaimRecord, SourceRecord } from '../schema/records';
import { groupByStance, resolveClaimSources, stanceCounts } from './claim-sources';
import { formatPartialDate } from './dates';
import { safeHref } from './links';
import { pickLocalized } from './localized';
import { placeCard } from './placement';
import { type ProvenanceWords, provenanceLabel } from './provenance';

describe('pickLocalized', () => {
  it('prefers the reader’s language, then English, then any', () => {
    expect(pickLocalized({ en: 'Minister', de: 'Minister (de)' }, 'de-AT')).toEqual({
      text: 'Minister (de)',
      lang: 'de',
    });
    expect(pickLocalized({ fr: 'Ministre', en: 'Minister' }, 'de')).toEqual({ text: 'Minister', lang: 'en' });
    expect(pickLocalized({ uk: 'Міністр' }, 'de')).toEqual({ text: 'Міністр', lang: 'uk' });
    expect(pickLocalized(undefined, 'de')).toBeUndefined();
  });
});

describe('formatPartialDate', () => {
  it('never claims more precision than the record has', () => {
    expect(formatPartialDate('2022', 'en')).toBe('2022');
    expect(formatPartialDate('2022-03', 'en')).toBe('March 2022');
    expect(formatPartialDate('2022-03-29', 'en')).toBe('March 29, 2022');
    expect(formatPartialDate('2022-03-29', 'de')).toBe('29. März 2022');
    expect(formatPartialDate('2026-01-01T23:30:00-05:00', 'en-GB')).toBe('1 January 2026');
  });
});

describe('safeHref', () => {
  it('links http(s) only', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});

describe('claim sources', () => {
  const shared = [
    SourceRecord.parse({
      kind: 'source',
      id: 'pravda-2022',
      publisher: 'Ukrainska Pravda',
      title: 'Report',
      date: '2022-05-05',
      url: 'https://example.org/p',
      summary: { en: 'Says so' },
    }),
  ];
  const claim = ClaimRecord.parse({
    kind: 'claim',
    id: 'a-claim',
    title: { en: 'A claim' },
    sources: [
      { ref: 'pravda-2022', stance: 'supports' },
      { ref: 'missing-source', stance: 'supports' },
      { publisher: 'B', title: 'Old', date: '2020', stance: 'disputes' },
      { publisher: 'C', title: 'New', date: '2023-01', stance: 'disputes', summary: { de: 'Bestreitet' } },
      { publisher: 'D', title: 'Ctx', date: '2021', stance: 'context' },
    ],
  });

  it('resolves references and drops ones the store did not deliver', () => {
    const views = resolveClaimSources(claim, shared);
    expect(views.map((view) => view.publisher)).toEqual(['Ukrainska Pravda', 'B', 'C', 'D']);
    expect(views[0]?.summary).toEqual({ en: 'Says so' });
    expect(stanceCounts(views)).toEqual({ supports: 1, disputes: 2, context: 1 });
  });

  it('groups by stance in a fixed order, newest first', () => {
    const groups = groupByStance(resolveClaimSources(claim, shared));
    expect(groups.map((group) => group.stance)).toEqual(['supports', 'disputes', 'context']);
    expect(groups[1]?.sources.map((source) => source.title)).toEqual(['New', 'Old']);
  });
});

describe('provenanceLabel', () => {
  const words: ProvenanceWords = {
    starter: 'Starter pack',
    own: 'Your own',
    subscribed: (name) => `Pack “${name}”`,
    version: (version) => `version ${version}`,
    asOf: (date) => `as of ${date}`,
  };
  const starter: Provenance = {
    source: 'starter',
    packId: 'starter',
    packName: 'Starter',
    version: 3,
    published: '2026-11-01',
  };

  it('names the pack, its version and how current the piece is', () => {
    expect(provenanceLabel(starter, undefined, words, 'en')).toBe(
      'Starter pack · version 3 · as of November 1, 2026',
    );
    expect(provenanceLabel(starter, '2025-06', words, 'en')).toBe(
      'Starter pack · version 3 · as of June 2025',
    );
    expect(
      provenanceLabel(
        { source: 'subscribed', packId: 'x', packName: 'Faktencheck', version: 7 },
        undefined,
        words,
        'en',
      ),
    ).toBe('Pack “Faktencheck” · version 7');
    expect(
      provenanceLabel({ source: 'own', packId: 'own', packName: 'Own', version: 0 }, undefined, words, 'en'),
    ).toBe('Your own');
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 360, height: 300 };

  it('goes below the mark when it fits', () => {
    expect(placeCard({ left: 100, top: 100, right: 180, bottom: 120 }, card, viewport)).toEqual({
      left: 100,
      top: 128,
      side: 'below',
    });
  });

  it('flips above near the bottom edge and stays inside at the right edge', () => {
    expect(placeCard({ left: 900, top: 700, right: 980, bottom: 720 }, card, viewport)).toEqual({
      left: 632,
      top: 392,
      side: 'above',
    });
  });

  it('keeps the top visible when neither side has room', () => {
    const tall = { width: 360, height: 900 };
    expect(placeCard({ left: 10, top: 400, right: 50, bottom: 420 }, tall, viewport).top).toBe(8);
  });
});
