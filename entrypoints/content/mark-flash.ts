import type { Mark } from '@/lib/highlight/mark';

/** Not under `source-context:`: a flash is feedback, not a mark (contract 2). */
const FLASH = 'source-context-flash';
const FLASH_MS = 1_500;

let sheet: CSSStyleSheet | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Shows the reader where a mark is after the popup sent them to it: a short, static background
 * (no animation, so it respects reduced motion) that leaves the page's DOM untouched. The
 * stylesheet stays for later flashes until `signal` (the content script's) aborts; then it, the
 * flash and its timer go, so the page is as it was.
 */
export function flashMark(mark: Mark, doc: Document, signal: AbortSignal): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || signal.aborted) return;
  if (!sheet) {
    const added = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    added.replaceSync(`::highlight(${FLASH}) { background-color: rgb(250 204 21 / 0.9); color: #111; }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, added];
    sheet = added;
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        CSS.highlights.delete(FLASH);
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((one) => one !== added);
        sheet = undefined;
      },
      { once: true },
    );
  }
  CSS.highlights.set(FLASH, new Highlight(mark.range));
  clearTimeout(timer);
  timer = setTimeout(() => CSS.highlights.delete(FLASH), FLASH_MS);
}
