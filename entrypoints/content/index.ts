import type { NotArticleCode } from '@/lib/article/not-article-reasons';
import {
  type ContentSettings,
  parseAnalyzeReply,
  parseRevealMark,
  parseSettings,
  parseStepMarks,
} from '@/lib/messaging/content-parse';
import { isSiteDisabled, SETTINGS_KEY } from '@/lib/site-key';
import { CardLoader } from './card-loader';
import { ChangeWatcher } from './change-watcher';
import { HoverCards } from './hover-cards';
import { flashMark } from './mark-flash';
import { MarkStepper, revealMark } from './mark-stepper';
import { PageMarker } from './page-marker';

/**
 * The content script on every page: lean by design (no zod, no Preact — the card loads on
 * first hover). It decides cheaply whether the page is an article, marks what the background
 * matches, keeps the marks in step with the page and with the reader's settings, and tears
 * everything down when the extension updates.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At the start, so the script is compiled and the settings are read while the page parses:
  // from document_end both came after DOMContentLoaded, 50-250 ms of a busy machine before the
  // first mark (pagecost, 2026-12-07). Nothing touches the page before its DOM is complete.
  runAt: 'document_start',
  // WXT tells an older copy of this script to stop with a DOM event on the document; by default
  // it also posts the same notice to the page's window, which every `message` listener of the
  // page then runs for, and which names the extension's id to the page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let settings: ContentSettings = parseSettings(
      (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
    );
    await domContentLoaded(document, ctx.signal);
    if (!ctx.isValid) return;

    const marker = new PageMarker(
      document,
      async (blocks, part) => {
        // The tab's record now holds an article: a later page that is none (an SPA going back
        // home) must say so again, or the popup keeps the article's people (issue 15).
        reportedReason = undefined;
        return parseAnalyzeReply(
          await browser.runtime.sendMessage({
            type: 'analyze',
            url: location.href,
            lang: document.documentElement.lang.slice(0, 35) || undefined,
            blocks,
            part,
          }),
        );
      },
      settings.markStyle,
      {
        ownChangesMade: () => watcher.forgetOwnChanges(),
        // Watched from the first reading on: what the page changes before it, the reading sees.
        // Watched from DOMContentLoaded, a page adding anything meanwhile (an ad, a banner)
        // made a second analysis of the whole page (pagecost2).
        read: () => watcher.start(),
        // Hover and keyboard only once there is something to reach: most pages get no marks,
        // and a pointer listener there ran for every move of the reader's mouse.
        marked: () => {
          if (!running) return;
          reach ??= {
            cards: new HoverCards(
              document,
              () => marker.marks,
              () => settings.hoverDelayMs,
              // The card and its loading end with the content script (ctx.signal).
              new CardLoader((message) => browser.runtime.sendMessage(message), ctx.signal),
            ),
            stepper: new MarkStepper(() => marker.marks),
          };
          reach.cards.start();
          if (!hearingCommands) browser.runtime.onMessage.addListener(onMessage);
          hearingCommands = true;
        },
        notArticle: (reason) => {
          // Said once per reason, not on every re-analysis of a changing page.
          if (reason === reportedReason) return;
          reportedReason = reason;
          browser.runtime
            .sendMessage({ type: 'no-article', url: location.href, reason })
            .catch(reportFailure);
        },
      },
    );
    let reportedReason: NotArticleCode | undefined;
    const watcher = new ChangeWatcher(
      document,
      () => marker.roots,
      () => void marker.refresh().catch(reportFailure),
    );
    // Made with the first mark, as the hover listeners: most pages get none (issue 16).
    let reach: { cards: HoverCards; stepper: MarkStepper } | undefined;

    let running = false;
    let hearingCommands = false;
    const applySettings = (atLoad = false) => {
      const on = !isSiteDisabled(settings, location.hostname);
      marker.setStyle(settings.markStyle);
      if (on === running) return;
      running = on;
      if (on) {
        void marker.refresh(atLoad).catch(reportFailure);
      } else {
        // Switched off for this site: every mark goes at once, the page is as it was.
        watcher.stop();
        reach?.cards.stop();
        marker.stop();
      }
    };

    const onStorageChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      settings = parseSettings(changes[SETTINGS_KEY]?.newValue);
      applySettings();
    };
    const onMessage = (message: unknown) => {
      if (!running || !reach) return;
      const step = parseStepMarks(message);
      if (step) {
        const mark = reach.stepper.step(step.direction);
        if (!mark) return;
        revealMark(mark, window);
        void reach.cards.openFromKeyboard(mark);
        return;
      }
      const reveal = parseRevealMark(message);
      const mark = reveal && marker.marks.find((m) => m.kind === reveal.kind && m.id === reveal.id);
      if (!mark) return;
      revealMark(mark, window);
      flashMark(mark, document, ctx.signal);
    };
    browser.storage.onChanged.addListener(onStorageChanged);

    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorageChanged);
      browser.runtime.onMessage.removeListener(onMessage);
      watcher.stop();
      reach?.cards.stop();
      marker.stop();
    });
    applySettings(true);
  },
});

/**
 * Resolves once the page's DOM is complete and the page's own listeners on the document have run
 * (the event reaches the window after them): what a page builds there, the first reading sees.
 * Never, when `signal` aborts first (the script is torn down).
 */
function domContentLoaded(doc: Document, signal: AbortSignal): Promise<void> {
  const view = doc.defaultView;
  if (doc.readyState !== 'loading' || !view) return Promise.resolve();
  return new Promise((done) =>
    view.addEventListener('DOMContentLoaded', () => done(), { once: true, signal }),
  );
}

function reportFailure(error: unknown): void {
  // A failed analysis leaves the page unmarked; the reason helps whoever reads the console.
  console.debug('[Source Context] analysis failed:', error);
}
