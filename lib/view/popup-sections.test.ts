// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimList } from '@/components/popup/ClaimList';
import { OutletSection } from '@/components/popup/OutletSection';
import { PageSummary } from '../messaging/page-requests';
import { useLocale } from './testing/use-locale';

const summary = PageSummary.parse({
  url: 'https://de.rt.com/a/1',
  articleFound: true,
  outlet: {
    id: 'rt',
    name: 'RT',
    provenance: {
      source: 'starter',
      packId: 'starter',
      packName: 'Starter',
      version: 2,
      published: '2026-11-01',
    },
    profile: {
      domains: ['rt.com', 'de.rt.com'],
      owner: { en: 'TV-Novosti (Russian state)', de: 'TV-Novosti (russischer Staat)' },
      funding: { en: 'Russian federal budget' },
      country: 'RU',
      notes: [
        {
          text: { en: 'Banned from broadcasting in the EU since 2022.' },
          date: '2022-03',
          sources: [
            {
              publisher: 'EUR-Lex',
              title: 'Council Regulation 2022/350',
              date: '2022-03-01',
              url: 'https://eur-lex.europa.eu/',
            },
          ],
        },
      ],
    },
  },
  entities: [],
  claims: [
    {
      id: 'a-claim',
      title: { en: 'A claim' },
      count: 1,
      background: { en: 'Why it matters.' },
      sources: [
        {
          stance: 'disputes',
          publisher: 'Reuters',
          title: 'Fact check',
          date: '2023-02',
          url: 'https://example.org/fact-check',
        },
        { stance: 'supports', publisher: 'TASS', title: 'Report', date: '2022' },
      ],
    },
  ],
});

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

describe('popup sections', () => {
  it('shows who stands behind the outlet, in German where the record has it', () => {
    useLocale('de');
    render(h(OutletSection, { outlet: summary.outlet!, language: 'de', locale: 'de-DE' }), container);
    const text = container.textContent ?? '';
    expect(container.querySelector('h2')?.textContent).toBe('Medium: RT');
    expect(text).toContain('EigentümerTV-Novosti (russischer Staat)');
    expect(text).toContain('FinanzierungRussian federal budget');
    expect(text).toContain('LandRussland');
    expect(text).toContain('Banned from broadcasting in the EU since 2022. (März 2022)');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://eur-lex.europa.eu/');
    expect(text).toContain('Startpaket · Version 2');
  });

  it('lists claims with background and contrasting sources; a non-http URL is no link', () => {
    useLocale('en');
    // As if a summary had bypassed its schema: the link is re-checked where it is rendered.
    const claims = structuredClone(summary.claims);
    claims[0]!.sources[0]!.url = 'javascript:alert(1)';
    render(h(ClaimList, { claims, language: 'en', locale: 'en' }), container);
    expect(container.textContent).toContain('Why it matters.');
    expect(container.querySelector('.sc-stance-text')?.textContent).toBe(
      '1 supporting, 1 disputing, 0 adding context',
    );
    expect([...container.querySelectorAll('h4')].map((heading) => heading.textContent)).toEqual([
      'Supports (1)',
      'Disputes (1)',
    ]);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('Fact check');
  });
});
