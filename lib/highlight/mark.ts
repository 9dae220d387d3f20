/** One marked mention of an entity or claim, with why the matcher matched it. */
export interface Mark {
  kind: 'entity' | 'claim';
  id: string;
  range: Range;
  alias?: string;
  evidence?: string;
  /** The name the page sees instead of `id`: an opaque one for the reader's own entities. */
  pageId?: string;
}

/** Contract 2 of DESIGN.md: the id a mark shows the page (in a highlight name or an attribute). */
export const markPageId = (mark: Mark) => mark.pageId ?? mark.id;

/** Contract 2 of DESIGN.md: the highlight name of a mark. */
export const highlightName = (mark: Mark) => `source-context:${mark.kind}:${markPageId(mark)}`;

/** Puts marks on a page and takes them off again, leaving the page as it was. */
export interface MarkPainter {
  /** Replaces all marks; returns them with ranges that stay valid while painted. */
  paint(marks: Mark[]): Mark[];
  clear(): void;
  destroy(): void;
}
