import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Douglas Adams', 'douglas-adams'],
    ['Zoë Ångström-Łukasz', 'zoe-angstrom-lukasz'],
    ['Straße der Einheit', 'strasse-der-einheit'],
    ['Søren Kierkegaard', 'soren-kierkegaard'],
    ["Le rôle de l'URSS", 'le-role-de-l-urss'],
    ['王', ''],
  ])('turns %s into "%s"', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long text at a word boundary', () => {
    const slug = slugify('Im Netz sorgt ein angebliches Zitat von Kölns Oberbürgermeisterin für Aufregung');
    expect(slug).toBe('im-netz-sorgt-ein-angebliches-zitat-von-kolns');
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe('IdAllocator', () => {
  it('keeps the first slug and disambiguates later ones with the suffix, then a counter', () => {
    const ids = new IdAllocator();
    expect(ids.allocate('anna-beispiel', 'q1')).toBe('anna-beispiel');
    expect(ids.allocate('anna-beispiel', 'q2')).toBe('anna-beispiel-q2');
    expect(ids.allocate('anna-beispiel', 'q2')).toBe('anna-beispiel-q2-2');
    expect(ids.allocate('claim')).toBe('claim');
    expect(ids.allocate('claim')).toBe('claim-2');
    expect(ids.allocate('claim')).toBe('claim-3');
  });
});
