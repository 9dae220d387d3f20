import { describe, expect, it } from 'vitest';
import type { TextMatch } from '../../lib/messaging/protocol';
import { claimShare } from './claim-share';

describe('claimShare', () => {
  it('counts each sentence a claim mark overlaps once, whatever number of claims it carries', () => {
    const blocks = [
      'Washington hat seit 2022 „ungefähr 100 Milliarden US-Dollar“ für die Ukraine ausgegeben. Das sagte Blinken.',
      'Der Konflikt verschärfte sich im Februar 2022.',
    ];
    const claim = (id: string, end: number): TextMatch => ({
      kind: 'claim',
      id,
      block: 0,
      start: 0,
      end,
      evidence: '100 Milliarden · Dollar',
    });
    const person: TextMatch = {
      kind: 'entity',
      id: 'antony-blinken',
      block: 0,
      start: 99,
      end: 106,
      alias: 'Blinken',
      evidence: 'full name in article',
    };
    expect(claimShare(blocks, [claim('us-ukraine-aid-100-billion', 88), claim('other', 40), person])).toEqual(
      {
        sentences: 3,
        marked: 1,
        share: 1 / 3,
      },
    );
  });
});
