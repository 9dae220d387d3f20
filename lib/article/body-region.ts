import { isInsideSkipped, type SkipMemo } from './boilerplate';

/**
 * Finds the element that holds an article's body by text density, the way Mozilla Readability
 * scores candidates: each paragraph of real prose (long, few links) adds its length to its
 * parent and half of it to its grandparent; the best-scoring element is the body. Explicit
 * markup (`itemprop=articleBody`, `<article>`) wins when it holds that body.
 */

/** Paragraphs shorter than this are captions, datelines or buttons, not prose. */
const MIN_PARAGRAPH_CHARS = 40;
/** A paragraph that is mostly link text is a teaser or a list of links. */
const MAX_PARAGRAPH_LINK_SHARE = 0.5;

export interface BodyCandidate {
  element: Element;
  /** Characters of prose paragraphs inside the element. */
  proseChars: number;
  /** Prose paragraphs inside the element. */
  paragraphs: number;
}

interface Paragraph {
  element: Element;
  chars: number;
}

function linkChars(element: Element): number {
  let total = 0;
  for (const link of element.querySelectorAll('a')) total += link.textContent?.length ?? 0;
  return total;
}

/**
 * Prose paragraphs of the page outside page chrome, in document order. `seen` keeps what was
 * learnt about their ancestors (relative to the document's body) for the text collection.
 */
export function proseParagraphs(doc: Document, seen: SkipMemo = new Map()): Paragraph[] {
  const body = doc.body;
  if (!body) return [];
  const found: Paragraph[] = [];
  for (const element of body.querySelectorAll('p')) {
    const chars = element.textContent?.trim().length ?? 0;
    if (chars < MIN_PARAGRAPH_CHARS) continue;
    // Page chrome first: its ancestors are remembered (`seen`), so a box of teasers or comments
    // costs one walk up, while its links cost a query and a text per paragraph.
    if (isInsideSkipped(element, body, seen)) continue;
    if (linkChars(element) > chars * MAX_PARAGRAPH_LINK_SHARE) continue;
    found.push({ element, chars });
  }
  return found;
}

function measure(element: Element, paragraphs: Paragraph[]): BodyCandidate {
  let proseChars = 0;
  let count = 0;
  for (const paragraph of paragraphs) {
    if (element.contains(paragraph.element)) {
      proseChars += paragraph.chars;
      count += 1;
    }
  }
  return { element, proseChars, paragraphs: count };
}

/** The element holding most of the page's prose, or undefined on a page without prose. */
export function findBody(doc: Document, paragraphs: Paragraph[]): BodyCandidate | undefined {
  const scores = new Map<Element, number>();
  for (const { element, chars } of paragraphs) {
    const parent = element.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + chars);
    const grandparent = parent.parentElement;
    if (grandparent && grandparent !== doc.documentElement) {
      scores.set(grandparent, (scores.get(grandparent) ?? 0) + chars / 2);
    }
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best) return undefined;
  const body = measure(best, paragraphs);
  // Explicit markup names the body more precisely than density when it holds that prose.
  for (const marked of doc.querySelectorAll('[itemprop="articleBody"], article')) {
    const candidate = measure(marked, paragraphs);
    // A wider `<article>` brings the headline and standfirst, as long as it adds little prose.
    if (marked.contains(body.element) && candidate.proseChars <= body.proseChars * 1.5) return candidate;
    // A narrower `articleBody` inside leaves out boxes, as long as it holds nearly all the prose.
    if (body.element.contains(marked) && candidate.proseChars >= body.proseChars * 0.9) return candidate;
  }
  return body;
}
