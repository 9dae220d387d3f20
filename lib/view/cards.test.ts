// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '@/components/card/ClaimCard';
import { EntityCard } from '@/components/card/EntityCard';
import type { CardRequest } from '../card/contract';
import type { Details } from '../messaging/protocol';
import { ClaimRecord, EntityRecord, SourceRecord } from '../schema/records';
import { useLocale } from './testing/use-locale';

/** The cards as a reader sees them, in English and German. */
// The injected clock: "today" for every card in these tests.
const TODAY = new Date('2026-12-07T08:00:00Z');
const starter = {
  source: 'starter',
  packId: 'starter',
  packName: 'Starter',
  version: 3,
  published: '2026-11-01',
} as const;
const subscribed = { source: 'subscribed', packId: 'ost', packName: 'Faktencheck Ost', version: 7 } as const;

const blinken = EntityRecord.parse({
  kind: 'entity',
  id: 'antony-blinken',
  type: 'person',
  name: 'Antony Blinken',
  reviewed: '2026-10',
  description: { en: 'US Secretary of State 2021–2025', de: 'US-Außenminister 2021–2025' },
  background: { en: 'Diplomat.' },
  roles: [
    {
      title: { en: 'Secretary of State', de: 'Außenminister' },
      organization: 'us-state-department',
      start: '2021-01-26',
      end: '2025-01-20',
    },
  ],
  sources: [
    { publisher: 'State Department', title: 'Biography', date: '2021', url: 'https://example.org/bio' },
    { publisher: 'Archive', title: 'Old profile', date: '2019' },
  ],
});
// A record that bypassed validation: the card must still never link a javascript: URL.
const smuggled = {
  ...blinken,
  sources: [{ publisher: 'Evil', title: 'Click me', date: '2020', url: 'javascript:alert(1)' }],
};

const request: CardRequest = {
  kind: 'entity',
  id: 'antony-blinken',
  anchor: { left: 0, top: 0, right: 10, bottom: 10 },
  mentionCount: 3,
  alias: 'Blinkens',
  evidence: 'full name earlier',
  viaKeyboard: false,
};

function entityDetails(): Details {
  return {
    kind: 'entity',
    id: 'antony-blinken',
    versions: [
      { provenance: starter, record: blinken },
      { provenance: subscribed, record: smuggled },
    ],
    sources: [],
    names: { 'us-state-department': 'U.S. Department of State' },
    note: { text: 'Met at the conference', updated: '2026-11-01T10:00:00Z' },
  };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

const props = (details: Details, language: string, locale: string) => ({
  details,
  request,
  language,
  locale,
  today: TODAY,
  onSaveNote: async () => null,
  onClose: () => undefined,
});

describe('entity card', () => {
  it('shows who this is, why it matched and each pack’s version side by side', () => {
    useLocale('en');
    render(h(EntityCard, props(entityDetails(), 'en', 'en-GB')), container);
    const text = container.textContent ?? '';
    expect(container.querySelector('h2')?.textContent).toBe('Antony Blinken');
    expect(text).toContain('US Secretary of State 2021–2025');
    expect(text).toContain(
      'Secretary of State, U.S. Department of State (26 January 2021 – 20 January 2025)',
    );
    expect(text).toContain('Mentions in this article: 3.');
    expect(text).toContain('Matched on “Blinkens” (evidence: full name earlier).');
    expect(text).toContain('2 packs describe this');
    const labels = [...container.querySelectorAll('.sc-provenance')].map((element) => element.textContent);
    expect(labels).toEqual([
      'Starter pack · version 3 · as of October 2026',
      'Pack “Faktencheck Ost” · version 7 · as of October 2026',
    ]);
    expect(container.querySelector('textarea')?.value).toBe('Met at the conference');
  });

  it('links sources only when their URL is http(s)', () => {
    useLocale('en');
    render(h(EntityCard, props(entityDetails(), 'en', 'en')), container);
    const links = [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['https://example.org/bio']);
    expect(container.textContent).toContain('Click me');
    expect(container.textContent).toContain('Old profile');
  });

  it('speaks German to a German reader, with the record’s German texts', () => {
    useLocale('de');
    render(h(EntityCard, props(entityDetails(), 'de', 'de-DE')), container);
    const text = container.textContent ?? '';
    expect(text).toContain('US-Außenminister 2021–2025');
    expect(text).toContain('Außenminister, U.S. Department of State (26. Januar 2021 – 20. Januar 2025)');
    expect(text).toContain('Erwähnungen in diesem Artikel: 3.');
    expect(text).toContain('Startpaket · Version 3 · Stand Oktober 2026');
    expect(container.querySelector('p.sc-description')?.getAttribute('lang')).toBe('de');
    // Only English background exists: it is shown, marked as English.
    expect(container.querySelector('p[lang="en"]')?.textContent).toBe('Diplomat.');
  });

  // The starter pack showed John Healey as Defence Secretary half a year after he resigned
  // (spot-check of December 2026): an open role last confirmed long ago must say so.
  const healey = EntityRecord.parse({
    kind: 'entity',
    id: 'john-healey',
    type: 'person',
    name: 'John Healey',
    reviewed: '2025-09',
    roles: [
      { title: { en: 'Shadow Defence Secretary', de: 'Schatten-Verteidigungsminister' }, end: '2024-07-05' },
      { title: { en: 'Defence Secretary', de: 'Verteidigungsminister' }, start: '2024-07-05' },
    ],
  });
  const healeyDetails = (record = healey): Details => ({
    ...entityDetails(),
    id: record.id,
    versions: [{ provenance: starter, record }],
  });

  it('says an open role may have changed since a review over six months before today', () => {
    useLocale('en');
    render(h(EntityCard, props(healeyDetails(), 'en', 'en-GB')), container);
    expect(container.querySelector('.sc-provenance')?.textContent).toBe(
      'Starter pack · version 3 · as of September 2025',
    );
    const roles = [...container.querySelectorAll('.sc-roles li')].map((item) => item.textContent);
    expect(roles).toEqual([
      'Shadow Defence Secretary (until 5 July 2024)',
      'Defence Secretary (since 5 July 2024) · may have changed since September 2025',
    ]);
    render(null, container);
    useLocale('de');
    render(h(EntityCard, props(healeyDetails(), 'de', 'de-DE')), container);
    expect(container.querySelector('.sc-roles li:last-child')?.textContent).toBe(
      'Verteidigungsminister (seit 5. Juli 2024) · kann sich seit September 2025 geändert haben',
    );
  });

  it('trusts an open role reviewed within six months, or dated by its pack when it has no review', () => {
    useLocale('en');
    render(
      h(EntityCard, props(healeyDetails({ ...healey, reviewed: '2026-11-28' }), 'en', 'en-GB')),
      container,
    );
    expect(container.textContent).not.toContain('may have changed');
    render(null, container);
    // No review date: the card's "as of" is the pack's date (2026-11-01), and so is the check's.
    const { reviewed: _, ...unreviewed } = healey;
    render(h(EntityCard, props(healeyDetails(unreviewed), 'en', 'en-GB')), container);
    expect(container.textContent).toContain('as of 1 November 2026');
    expect(container.textContent).not.toContain('may have changed');
  });

  it('inserts record fields as text, never as HTML', () => {
    useLocale('en');
    const details = entityDetails();
    details.versions = [
      { provenance: starter, record: { ...blinken, name: '<img src=x onerror=alert(1)>' } },
    ];
    render(h(EntityCard, props(details, 'en', 'en')), container);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('claim card', () => {
  const claim = ClaimRecord.parse({
    kind: 'claim',
    id: 'johnson-ended-istanbul-talks',
    title: { en: 'Johnson ended the Istanbul talks', de: 'Johnson beendete die Istanbuler Gespräche' },
    claimantName: 'Ukrainska Pravda',
    date: '2022-05',
    assessment: { rating: 'Disputed', text: { en: 'Participants disagree.' } },
    sources: [
      { ref: 'up-2022', stance: 'supports' },
      {
        publisher: 'Kyiv Independent',
        title: 'Denial',
        date: '2023-11',
        stance: 'disputes',
        summary: { en: 'Arakhamia says no.' },
      },
      { publisher: 'Foreign Affairs', title: 'Talks analysis', date: '2024-04', stance: 'disputes' },
      { publisher: 'Reuters', title: 'Timeline', date: '2022-04', stance: 'context' },
    ],
  });
  const details: Details = {
    kind: 'claim',
    id: claim.id,
    versions: [{ provenance: starter, record: claim }],
    sources: [
      SourceRecord.parse({
        kind: 'source',
        id: 'up-2022',
        publisher: 'Ukrainska Pravda',
        title: 'Report',
        date: '2022-05-05',
      }),
    ],
    names: {},
  };

  it('shows the claim, who made it, the stance bar in words and the sources grouped by stance', () => {
    useLocale('en');
    render(
      h(ClaimCard, {
        ...props(details, 'en', 'en-GB'),
        request: { ...request, kind: 'claim', id: claim.id },
      }),
      container,
    );
    expect(container.querySelector('h2')?.textContent).toBe('Johnson ended the Istanbul talks');
    const text = container.textContent ?? '';
    expect(text).toContain('Claimed by Ukrainska Pravda · May 2022');
    expect(text).toContain('Disputed: Participants disagree.');
    expect(container.querySelector('.sc-stance-text')?.textContent).toBe(
      '1 supporting, 2 disputing, 1 adding context',
    );
    const groups = [...container.querySelectorAll('.sc-stance-group')].map((group) => ({
      heading: group.querySelector('h4')?.textContent,
      publishers: [...group.querySelectorAll('.sc-source-meta')].map((meta) => meta.textContent),
    }));
    expect(groups).toEqual([
      { heading: 'Supports (1)', publishers: ['Ukrainska Pravda · 5 May 2022'] },
      {
        heading: 'Disputes (2)',
        publishers: ['Foreign Affairs · April 2024', 'Kyiv Independent · November 2023'],
      },
      { heading: 'Context (1)', publishers: ['Reuters · April 2022'] },
    ]);
    expect(text).toContain('Arakhamia says no.');
  });

  it('labels the stances in German', () => {
    useLocale('de');
    render(
      h(ClaimCard, { ...props(details, 'de', 'de'), request: { ...request, kind: 'claim', id: claim.id } }),
      container,
    );
    expect(container.querySelector('h2')?.textContent).toBe('Johnson beendete die Istanbuler Gespräche');
    expect([...container.querySelectorAll('h4')].map((heading) => heading.textContent)).toEqual([
      'Stützt (1)',
      'Widerspricht (2)',
      'Einordnung (1)',
    ]);
  });
});
