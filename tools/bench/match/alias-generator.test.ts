import { describe, expect, it } from 'vitest';
import { generatePeople } from './alias-generator';

describe('benchmark alias generator', () => {
  it('gives the same people for the same seed, four full-name forms each, in Latin and Cyrillic', () => {
    const first = generatePeople(400, 7);
    expect(generatePeople(400, 7)).toEqual(first);
    expect(generatePeople(400, 8)).not.toEqual(first);
    expect(first.aliasCount).toBe(400);
    const forms = first.entities.flatMap((entity) => Object.values(entity.names).flat());
    expect(forms).toHaveLength(400);
    expect(forms.some((form) => /[\u0400-\u04ff]/u.test(form))).toBe(true);
    expect(forms.some((form) => /[À-ɏ]/u.test(form))).toBe(true);
    expect(forms.every((form) => form.split(' ').length >= 2)).toBe(true);
  });
});
