// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '@/components/card/ClaimCard';
import { EntityCard } from '@/components/card/EntityCard';
import type { CardRequest } from '@/lib/card/contract';
import type { Details } from '@/lib/messaging/protocol';
import { ClaimRecord, EntityRecord } from '@/lib/schema/records';
import { useLocale } from '@/lib/view/testing/use-locale';

/**
 * Issue 15: a right-to-left override (U+202E) in one pack text reversed the fields after it.
 * Every pack text on a card must be a bidi isolate of its own: the element holding it is a
 * <bdi> or carries `dir` (HTML renders `[dir]` with `unicode-bidi: isolate`).
 */
const RLO = '\u202E';
const evil = (field: string) => `${RLO}${field}`;

const provenance = {
  source: 'subscribed',
  packId: 'evil',
  packName: evil('pack'),
  version: 1,
  published: '2026-11-01',
} as const;

const request: CardRequest = {
  kind: 'entity',
  id: 'someone',
  anchor: { left: 0, top: 0, right: 10, bottom: 10 },
  mentionCount: 1,
  alias: evil('alias'),
  evidence: evil('evidence'),
  viaKeyboard: false,
};

const sources = [
  { publisher: evil('publisher'), title: evil('linked title'), date: '2021', url: 'https://example.org/' },
  { publisher: evil('publisher 2'), title: evil('title'), date: '2020', summary: { en: evil('summary') } },
];

const entity: Details = {
  kind: 'entity',
  id: 'someone',
  versions: [
    {
      provenance,
      record: EntityRecord.parse({
        kind: 'entity',
        id: 'someone',
        type: 'person',
        name: evil('name'),
        description: { en: evil('description') },
        background: { en: evil('background') },
        roles: [{ title: { en: evil('role') }, organization: 'org', start: '2020' }],
        sources,
      }),
    },
  ],
  sources: [],
  names: { org: evil('organisation') },
};

const claim: Details = {
  kind: 'claim',
  id: 'a-claim',
  versions: [
    {
      provenance,
      record: ClaimRecord.parse({
        kind: 'claim',
        id: 'a-claim',
        title: { en: evil('claim title') },
        claimantName: evil('claimant'),
        date: '2022-05',
        assessment: { rating: evil('rating'), text: { en: evil('assessment') } },
        background: { en: evil('background') },
        sources: sources.map((source) => ({ ...source, stance: 'disputes' })),
      }),
    },
  ],
  sources: [],
  names: {},
};

/** Each text node holding a pack text, with whether its element isolates it. */
function isolation(container: HTMLElement): Record<string, boolean> {
  const found: Record<string, boolean> = {};
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text.includes(RLO)) continue;
    const parent = node.parentElement;
    found[text.trim()] = parent?.localName === 'bdi' || parent?.hasAttribute('dir') === true;
  }
  return found;
}

const container = document.body.appendChild(document.createElement('div'));
afterEach(() => {
  render(null, container);
  vi.restoreAllMocks();
});

const props = (details: Details) => ({
  details,
  request,
  language: 'en',
  locale: 'en',
  today: new Date('2026-12-07T08:00:00Z'),
  onSaveNote: async () => null,
  onClose: () => undefined,
});

describe('pack text on cards is bidi-isolated', () => {
  it('on the entity card', () => {
    useLocale('en');
    render(h(EntityCard, props(entity)), container);
    const fields = isolation(container);
    expect(Object.keys(fields).sort()).toEqual(
      [
        'alias',
        'evidence',
        'pack',
        'name',
        'description',
        'background',
        'role',
        'organisation',
        'publisher',
        'linked title',
        'publisher 2',
        'title',
        'summary',
      ]
        .map(evil)
        .sort(),
    );
    expect(Object.entries(fields).filter(([, isolated]) => !isolated)).toEqual([]);
  });

  it('on the claim card', () => {
    useLocale('en');
    render(h(ClaimCard, props(claim)), container);
    const fields = isolation(container);
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(['claim title', 'claimant', 'rating', 'assessment', 'publisher'].map(evil)),
    );
    expect(Object.entries(fields).filter(([, isolated]) => !isolated)).toEqual([]);
  });
});
