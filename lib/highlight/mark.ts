/** One marked mention of an entity or claim, with why the matcher matched it. */
export interface Mark {
  kind: 'entity' | 'claim';
  id: string;
  range: Range;
  alias?: string;
  evidence?: string;
}

/** Contract 2 of DESIGN.md: the highlight name of a mark. */
export const highlightName = (kind: Mark['kind'], id: string) => `source-context:${kind}:${id}`;

/** Puts marks on a page and takes them off again, leaving the page as it was. */
export interface MarkPainter {
  /** Replaces all marks; returns them with ranges that stay valid while painted. */
  paint(marks: Mark[]): Mark[];
  clear(): void;
  destroy(): void;
}
