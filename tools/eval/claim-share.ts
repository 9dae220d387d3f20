import { splitSentences } from '../../lib/match/sentences';
import type { TextMatch } from '../../lib/messaging/protocol';

/** How many of an article's sentences carry a claim mark (issue 12: marks stay on the sentences that state a claim). */
export interface ClaimShare {
  sentences: number;
  marked: number;
  share: number;
}

/** The sentences of `blocks` (as the claim matcher splits them) that a claim mark overlaps. */
export function claimShare(blocks: string[], matches: readonly TextMatch[]): ClaimShare {
  let sentences = 0;
  let marked = 0;
  blocks.forEach((text, block) => {
    const claims = matches.filter((match) => match.kind === 'claim' && match.block === block);
    for (const { start, end } of splitSentences(text)) {
      sentences++;
      if (claims.some((mark) => mark.start < end && start < mark.end)) marked++;
    }
  });
  return { sentences, marked, share: sentences === 0 ? 0 : marked / sentences };
}
