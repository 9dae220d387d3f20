/**
 * Turns an article region into plain-text blocks that remember where each character lives in
 * the DOM, so matches on the text map back to exact DOM ranges.
 */

export interface TextBlock {
  /** The block element the text belongs to (a paragraph, heading, list item, caption). */
  element: Element;
  text: string;
  /** Text nodes of the block in order, with the offset where each starts in `text`. */
  nodes: { node: Text; start: number }[];
}

const BLOCK_TAGS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'LI',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'DD',
  'DT',
  'TD',
  'TH',
  'CAPTION',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
]);

/** Never read or mark inside these: code, form fields, scripts, vector graphics, page chrome. */
const SKIPPED_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'textarea',
  'input',
  'select',
  'button',
  'svg',
  'math',
  'iframe',
  'nav',
  'aside',
  'footer',
  'form',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[aria-hidden="true"]',
  '[hidden]',
  'source-context-ui',
].join(',');

function blockOf(node: Node, region: Element): Element {
  let element = node.parentElement;
  while (element && element !== region && !BLOCK_TAGS.has(element.tagName)) {
    element = element.parentElement;
  }
  return element ?? region;
}

export function isSkipped(node: Node, region: Element): boolean {
  const parent = node.parentElement;
  if (!parent) return true;
  const skipped = parent.closest(SKIPPED_SELECTOR);
  return skipped !== null && (skipped === region || region.contains(skipped));
}

export function collectTextBlocks(region: Element): TextBlock[] {
  const doc = region.ownerDocument;
  const walker = doc.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.length === 0 || isSkipped(node, region)) continue;
    const element = blockOf(node, region);
    if (!current || current.element !== element) {
      current = { element, text: '', nodes: [] };
      blocks.push(current);
    }
    current.nodes.push({ node, start: current.text.length });
    current.text += node.data;
  }
  return blocks.filter((block) => block.text.trim().length > 0);
}
