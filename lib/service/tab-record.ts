import { MatchKind, NotArticleReason, type TextMatch } from '../messaging/protocol';
import { Slug } from '../schema/primitives';
import { z } from '../schema/zod';

/**
 * What the background remembers of a tab between the content script's reports and the popup's
 * question: the page, whether it is an article, and how often each entity and claim was marked
 * over all batches (in order of first appearance). No lookup goes into it: the popup's summary
 * is built from it when the popup asks (issue 15, finding 12), so the marks never wait for one.
 */
export const TabRecord = z.strictObject({
  url: z.string(),
  articleFound: z.boolean(),
  notArticleReason: z.optional(NotArticleReason),
  marks: z.array(z.strictObject({ kind: MatchKind, id: Slug, count: z.int().check(z.positive()) })),
});
export type TabRecord = z.infer<typeof TabRecord>;

/** Adds a batch's matches to the counts so far, keeping the order of first appearance. */
export function countMarks(marks: TabRecord['marks'], matches: readonly TextMatch[]): TabRecord['marks'] {
  const counted = marks.map((mark) => ({ ...mark }));
  const byKey = new Map(counted.map((mark) => [`${mark.kind}:${mark.id}`, mark]));
  for (const { kind, id } of matches) {
    const known = byKey.get(`${kind}:${id}`);
    if (known) known.count += 1;
    else {
      const mark = { kind, id, count: 1 };
      counted.push(mark);
      byKey.set(`${kind}:${id}`, mark);
    }
  }
  return counted;
}
