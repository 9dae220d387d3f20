import { describe, expect, it } from 'vitest';
import { SKELETON_ENTITIES } from '../service/skeleton-entities';
import { matchEntities } from './skeleton-matcher';

const surfaces = (blocks: string[]) =>
  matchEntities(blocks, SKELETON_ENTITIES).map((match) => blocks[match.block]?.slice(match.start, match.end));

describe('skeleton matcher', () => {
  it('marks full names, and surnames once the full name is in the article', () => {
    expect(
      surfaces(['Blinken überstimmte den General', 'US-Außenminister Antony Blinken sagte, Blinkens Plan …']),
    ).toEqual(['Blinken', 'Antony Blinken', 'Blinkens']);
  });

  it('leaves the German verb alone when the person is not in the article', () => {
    expect(surfaces(['Die Lichter blinken die ganze Nacht.', 'Blinken Sie links!'])).toEqual([]);
  });
});
