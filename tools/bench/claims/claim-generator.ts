import { ClaimRecord } from '../../../lib/schema/records';
import { seededRandom } from '../match/alias-generator';

/**
 * Fact-check-sized claims for the benchmarks, deterministic: each claim is 10–24 words drawn
 * from the words of real news text (frequent words more often, as in real claims), sometimes
 * with an amount, and a review headline of 6–14 words; ids as long as PolitiFact's.
 * The CheckThat! pool (19,250 PolitiFact claims) averages about 19 words per claim.
 */
export function generateClaims(count: number, texts: string[], seed = 20261207): ClaimRecord[] {
  const random = seededRandom(seed);
  const words = texts.join(' ').match(/\p{L}{2,}/gu) ?? [];
  if (words.length === 0) throw new Error('claim generator: no words in the texts');
  // Drawing positions in running text gives each word its frequency there.
  const word = () => words[Math.floor(random() * words.length)]!;
  const sentence = (least: number, most: number) => {
    const length = least + Math.floor(random() * (most - least + 1));
    const parts = Array.from({ length }, word);
    if (random() < 0.3)
      parts.splice(Math.floor(random() * length), 0, `${Math.floor(random() * 1000)} billion`);
    return parts.join(' ');
  };
  return Array.from({ length: count }, (_, at) =>
    ClaimRecord.parse({
      kind: 'claim',
      id: `generated-claim-${String(at).padStart(6, '0')}`,
      title: { en: sentence(10, 24).slice(0, 400) },
      statements: { en: [sentence(6, 14).slice(0, 400)] },
    }),
  );
}
