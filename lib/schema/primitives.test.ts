import { describe, expect, it } from 'vitest';
import { explainIssues } from '../pack/issues';
import { EntityRecord, PackRecord } from './records';

/**
 * Names and texts per language are answered without zod's key-by-key parse when they are already
 * what it returns (primitives.ts `withPlainPath`, issue 16): these are what an author sees either
 * way, the same as from zod's own parse before the shortcut.
 */
const blinken = { kind: 'entity', id: 'antony-blinken', type: 'person', name: 'Antony Blinken' };

function problems(value: unknown): string[] {
  const result = PackRecord.safeParse(value);
  if (result.success) return [];
  return explainIssues(result.error.issues).map(({ path, message }) => `${path.join('.')}: ${message}`);
}

describe('names and texts per language', () => {
  it('keeps well-formed names and texts as they are', () => {
    const record = PackRecord.parse({
      ...blinken,
      names: { en: ['Antony Blinken'], uk: ['Антоні Блінкен'] },
      description: { en: 'US Secretary of State 2021–2025' },
    });
    expect(record).toMatchObject({
      names: { en: ['Antony Blinken'], uk: ['Антоні Блінкен'] },
      description: { en: 'US Secretary of State 2021–2025' },
    });
  });

  it('trims names and texts copied with spaces around them', () => {
    const record = PackRecord.parse({
      ...blinken,
      names: { en: [' Antony Blinken  '] },
      description: { en: 'US Secretary of State\n' },
      roles: [{ title: { en: ' Secretary of State ' } }],
    });
    expect(record).toMatchObject({
      names: { en: ['Antony Blinken'] },
      description: { en: 'US Secretary of State' },
      roles: [{ title: { en: 'Secretary of State' } }],
    });
  });

  it.each([
    [
      'a language written in capitals',
      { names: { EN: ['Antony Blinken'] } },
      'names.EN: Invalid key in record',
    ],
    [
      'a blank name',
      { names: { en: ['   '] } },
      'names.en.0: Too small: expected string to have >=1 characters',
    ],
    [
      'a name instead of a list',
      { names: { en: 'Antony Blinken' } },
      'names.en: Invalid input: expected array, received string',
    ],
    [
      'a name of 201 characters',
      { aliases: { en: ['x'.repeat(201)] } },
      'aliases.en.0: Too big: expected string to have <=200 characters',
    ],
    [
      '501 titles in one language',
      { titles: { de: Array.from({ length: 501 }, (_, n) => `Titel ${n}`) } },
      'titles.de: Too big: expected array to have <=500 items',
    ],
    ['a description in no language', { description: {} }, 'description: needs at least one language'],
    [
      'a description of 301 characters',
      { description: { en: 'x'.repeat(301) } },
      'description.en: Too big: expected string to have <=300 characters',
    ],
  ])('reports %s where it is', (_what, change, problem) => {
    expect(problems({ ...blinken, ...change })).toEqual([problem]);
  });

  it('reports a claim without a title, and too many statements', () => {
    expect(problems({ kind: 'claim', id: 'peace-talks' })).toEqual([
      'title: Invalid input: expected record, received undefined',
    ]);
    const statements = { en: Array.from({ length: 21 }, (_, n) => `Statement ${n}`) };
    expect(problems({ kind: 'claim', id: 'peace-talks', title: { en: 'Talks began' }, statements })).toEqual([
      'statements.en: Too big: expected array to have <=20 items',
    ]);
  });

  it('reads only own keys, as from JSON', () => {
    const inherited = Object.assign(Object.create({ de: ['Geerbt'] }), { en: ['Antony Blinken'] });
    const record = EntityRecord.parse({ ...blinken, names: inherited });
    expect(record.names).toEqual({ en: ['Antony Blinken'] });
    const line =
      '{"kind":"entity","id":"a","type":"person","name":"A","names":{"__proto__":["x"],"en":["A"]}}';
    expect(Object.keys(EntityRecord.parse(JSON.parse(line)).names)).toEqual(['en']);
  });
});
