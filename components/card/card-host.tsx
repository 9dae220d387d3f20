import { render } from 'preact';
import type { CardHost, CardRequest } from '@/lib/card/contract';
import type { Details } from '@/lib/messaging/protocol';
import type { Note } from '@/lib/schema/note';
import { placeCard } from '@/lib/view/placement';
import stanceBarCss from '../shared/stance-bar.css?inline';
import { CardView } from './CardView';
import cardCss from './card.css?inline';

export const CARD_ELEMENT = 'source-context-ui';

export interface CardHostDeps {
  loadDetails: (request: CardRequest) => Promise<Details>;
  saveNote: (request: CardRequest, text: string) => Promise<Note | null>;
  language: string;
  locale: string;
}

/*
 * The host is an element no page stylesheet targets, attached to <html> with `all: initial`
 * and `position: fixed`: it takes no room in the page's layout, page CSS cannot style into its
 * shadow root, and the card's CSS stays inside. The z-index is the largest there is.
 */
const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;';

/**
 * Events that carry what the reader types. They are composed, so without a stop they bubble out
 * of the shadow root to the page's listeners on `document` and `window` (issue 15: a page logged
 * every key typed into the note). The card's own handlers sit on its elements and run first.
 */
const TYPING_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

/**
 * The host element, made where the page's custom element registry cannot reach it: a page that
 * defined `source-context-ui` itself (issue 15) had its constructor run by `createElement` and
 * could take the shadow root first, blocking every card. An element made in a document without a
 * window has no definition; its shadow root is attached before it joins the page, so a page
 * definition can at most upgrade it afterwards and fail doing so, once.
 */
function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.implementation.createHTMLDocument('').createElement(CARD_ELEMENT);
  const shadow = host.attachShadow({ mode: 'open' });
  return { host, shadow };
}

/**
 * The one card of a page. Opening another mark reuses it; `destroy` removes every trace.
 */
export function createCardHost(doc: Document, deps: CardHostDeps): CardHost {
  const view = doc.defaultView as Window;
  const { host, shadow } = createHost(doc);
  const style = doc.createElement('style');
  style.textContent = cardCss + stanceBarCss;
  const panel = doc.createElement('div');
  panel.className = 'sc-card';
  panel.tabIndex = -1;
  panel.hidden = true;
  shadow.append(style, panel);
  // Checked on every open: a page that re-renders <html> or rewrites attributes drops the host.
  const attach = () => {
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
  };
  attach();

  let current: CardRequest | undefined;
  let pointerInside = false;
  let returnFocusTo: Element | null = null;

  const place = () => {
    if (!current) return;
    const size = panel.getBoundingClientRect();
    const { left, top } = placeCard(
      current.anchor,
      { width: size.width, height: size.height },
      { width: view.innerWidth, height: view.innerHeight },
    );
    panel.style.left = `${left}px`;
    panel.style.top = `${top}px`;
  };
  // The card grows when its details arrive; it is placed again so it never leaves the viewport.
  const resizes = new ResizeObserver(place);
  resizes.observe(panel);

  const isActive = () => pointerInside || shadow.activeElement !== null;

  const close = () => {
    if (!current) return;
    const focusWasInside = shadow.activeElement !== null;
    current = undefined;
    render(null, panel);
    panel.hidden = true;
    pointerInside = false;
    const origin = returnFocusTo;
    if (
      focusWasInside &&
      (origin instanceof HTMLElement || origin instanceof SVGElement) &&
      origin.isConnected
    ) {
      origin.focus();
    }
    returnFocusTo = null;
  };

  const open = (request: CardRequest) => {
    attach();
    current = request;
    if (request.viaKeyboard) {
      const active = doc.activeElement;
      // Focus already in the card (stepping from one card to the next) keeps the first origin.
      if (active !== host) returnFocusTo = active;
    }
    panel.hidden = false;
    render(
      <CardView
        key={`${request.kind}:${request.id}`}
        request={request}
        language={deps.language}
        locale={deps.locale}
        loadDetails={deps.loadDetails}
        saveNote={deps.saveNote}
        onClose={close}
      />,
      panel,
    );
    place();
    if (request.viaKeyboard) panel.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) {
      close();
    }
  };
  // A card left on screen while its mark scrolls away would point at nothing.
  const onScroll = () => {
    if (current && !isActive()) close();
  };
  const keepTypingInside = (event: Event) => event.stopPropagation();
  const onEnter = () => {
    pointerInside = true;
  };
  const onLeave = () => {
    pointerInside = false;
  };
  doc.addEventListener('keydown', onKeyDown, true);
  view.addEventListener('scroll', onScroll, { passive: true });
  panel.addEventListener('pointerenter', onEnter);
  panel.addEventListener('pointerleave', onLeave);
  // Escape still closes the card: `onKeyDown` listens on the document in the capture phase,
  // which runs before the event reaches the shadow root and stops there.
  for (const type of TYPING_EVENTS) shadow.addEventListener(type, keepTypingInside);

  return {
    open,
    close,
    isActive,
    destroy() {
      close();
      resizes.disconnect();
      doc.removeEventListener('keydown', onKeyDown, true);
      view.removeEventListener('scroll', onScroll);
      host.remove();
    },
  };
}
