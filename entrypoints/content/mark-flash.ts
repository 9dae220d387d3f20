import type { Mark } from '@/lib/highlight/mark';

/** Not under `source-context:`: a flash is feedback, not a mark (contract 2). */
const FLASH = 'source-context-flash';
const FLASH_MS = 1_500;

let sheet: CSSStyleSheet | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Shows the reader where a mark is after the popup sent them to it: a short, static background
 * (no animation, so it respects reduced motion) that leaves the page's DOM untouched.
 */
export function flashMark(mark: Mark, doc: Document): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (!sheet) {
    sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(`::highlight(${FLASH}) { background-color: rgb(250 204 21 / 0.9); color: #111; }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  CSS.highlights.set(FLASH, new Highlight(mark.range));
  clearTimeout(timer);
  timer = setTimeout(() => CSS.highlights.delete(FLASH), FLASH_MS);
}
