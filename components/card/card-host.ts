import type { CardHost, CardRequest } from '@/lib/card/contract';
import type { HostMessage } from '@/lib/card/frame-protocol';
import { hostPortName, parseViewMessage } from '@/lib/card/ports';
import { placeCard } from '@/lib/view/placement';

export const CARD_ELEMENT = 'source-context-ui';

/** The part of a runtime port the host uses. */
export interface HostPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface CardHostDeps {
  /** The card page's URL (`card-view.html` at the extension's origin). */
  viewUrl: string;
  /** Opens a runtime port with this name to the background, which pairs it with the frame's. */
  connect: (name: string) => HostPort;
  /** The frame's accessible name. */
  frameTitle: string;
}

/*
 * The host is an element no page stylesheet targets, attached to <html> with `all: initial`
 * and `position: fixed`: it takes no room in the page's layout and page CSS cannot style into its
 * shadow root. The z-index is the largest there is.
 */
const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;';

/*
 * The frame's colour scheme is `light dark` like the card page's root: the same scheme on both
 * sides keeps the frame's canvas transparent around the card's rounded corners, and the card
 * follows the reader's dark-mode setting whatever scheme the page declares.
 */
const FRAME_CSS = `
iframe {
  position: fixed; border: 0; margin: 0; padding: 0; background: transparent;
  color-scheme: light dark; border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
}
iframe[hidden] { display: none; }
`;

/** The frame and its port; the port is gone while the background is (see `connect`). */
interface CardFrame {
  element: HTMLIFrameElement;
  token: string;
  port?: HostPort;
}

/** The card's width: as the card was before it moved into a frame, never wider than the viewport. */
const CARD_WIDTH = 384;
const MAX_HEIGHT = 512;
const MARGIN = 16;

/**
 * The one card of a page, in a closed shadow root and there in an extension-origin frame: a page
 * script reads neither the root nor the frame's document, gets no key or input event the reader
 * types into the card (they happen in another document), and cannot drive the note editor
 * (issue 15). The host only places the frame; what the card shows goes to it through the
 * background (`CardRelay`), never through the page.
 */
export function createCardHost(doc: Document, deps: CardHostDeps): CardHost {
  const view = doc.defaultView as Window;
  const host = createHostElement(doc);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = FRAME_CSS;
  shadow.append(style);

  // Checked on every open: a page that re-renders <html> or rewrites attributes drops the host.
  const attach = () => {
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
  };

  let frame: CardFrame | undefined;
  let current: { request: CardRequest; seq: number; height?: number } | undefined;
  let seq = 0;
  let pointerInside = false;
  let returnFocusTo: Element | null = null;

  const focusInside = () => frame !== undefined && shadow.activeElement === frame.element;

  const place = () => {
    if (!frame || !current || current.height === undefined) return;
    const width = Math.min(CARD_WIDTH, view.innerWidth - MARGIN);
    const height = Math.min(current.height, MAX_HEIGHT, view.innerHeight - MARGIN);
    const { left, top } = placeCard(
      current.request.anchor,
      { width, height },
      { width: view.innerWidth, height: view.innerHeight },
    );
    Object.assign(frame.element.style, {
      left: `${left}px`,
      top: `${top}px`,
      width: `${width}px`,
      height: `${height}px`,
    });
  };

  const close = () => {
    if (!current) return;
    const hadFocus = focusInside();
    current = undefined;
    pointerInside = false;
    if (frame) {
      frame.element.hidden = true;
      frame.port?.postMessage({ type: 'close' } satisfies HostMessage);
    }
    const origin = returnFocusTo;
    returnFocusTo = null;
    if (hadFocus && (origin instanceof HTMLElement || origin instanceof SVGElement) && origin.isConnected) {
      origin.focus();
    }
  };

  const dropFrame = () => {
    if (!frame) return;
    const gone = frame;
    frame = undefined;
    close();
    gone.element.remove();
    gone.port?.disconnect();
  };

  const onViewMessage = (message: unknown) => {
    const parsed = parseViewMessage(message);
    if (!parsed || !current) return;
    if (parsed.type === 'closed') {
      close();
      return;
    }
    if (parsed.seq !== current.seq || !frame) return;
    const first = current.height === undefined;
    current.height = parsed.height;
    place();
    frame.element.hidden = false;
    if (first && current.request.viaKeyboard) frame.element.focus();
  };

  /**
   * Ports end when the background's service worker stops (after some idle time in Chrome). With a
   * card on screen both sides connect again under the same token, so the reader's card stays and
   * still closes; without one nothing reconnects (that would wake the worker again and again),
   * and the next open builds a new frame.
   */
  const connect = (target: CardFrame) => {
    const port = deps.connect(hostPortName(target.token));
    port.onMessage.addListener(onViewMessage);
    port.onDisconnect.addListener(() => {
      if (frame !== target || target.port !== port) return;
      target.port = undefined;
      if (current) connect(target);
    });
    target.port = port;
  };

  const makeFrame = () => {
    const token = crypto.randomUUID();
    const element = doc.createElement('iframe');
    element.title = deps.frameTitle;
    element.hidden = true;
    element.src = `${deps.viewUrl}#${token}`;
    let loads = 0;
    // A page can navigate a frame it cannot read (`frames[i].location = …`): a second load is
    // not our card any more, so the frame goes and the next open builds a new one.
    element.addEventListener('load', () => {
      loads += 1;
      if (loads > 1 && frame?.element === element) dropFrame();
    });
    element.addEventListener('pointerenter', () => {
      pointerInside = true;
    });
    element.addEventListener('pointerleave', () => {
      pointerInside = false;
    });
    const made: CardFrame = { element, token };
    frame = made;
    connect(made);
    shadow.append(element);
    return made;
  };

  const open = (request: CardRequest) => {
    attach();
    if (frame && !frame.port) dropFrame();
    const { element, port } = frame ?? makeFrame();
    if (request.viaKeyboard && !focusInside()) returnFocusTo = doc.activeElement;
    seq += 1;
    // Shown once the card says how tall it is, so it never appears empty or with the last card.
    element.hidden = true;
    current = { request, seq };
    port?.postMessage({ type: 'open', seq, request } satisfies HostMessage);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) close();
  };
  const onResize = () => place();
  // A card left on screen while its mark scrolls away would point at nothing.
  const onScroll = () => {
    if (current && !pointerInside && !focusInside()) close();
  };
  doc.addEventListener('keydown', onKeyDown, true);
  view.addEventListener('resize', onResize, { passive: true });
  view.addEventListener('scroll', onScroll, { passive: true });

  return {
    open,
    close,
    isActive: () => pointerInside || focusInside(),
    destroy() {
      dropFrame();
      doc.removeEventListener('keydown', onKeyDown, true);
      view.removeEventListener('resize', onResize);
      view.removeEventListener('scroll', onScroll);
      host.remove();
    },
  };
}

/**
 * The host element, made where the page's custom element registry cannot reach it: a page that
 * defined `source-context-ui` itself (issue 15) had its constructor run by `createElement` and
 * could take the shadow root first, blocking every card. An element made in a document without a
 * window has no definition; its shadow root is attached before it joins the page, so a page
 * definition can at most upgrade it afterwards and fail doing so, once.
 */
function createHostElement(doc: Document): HTMLElement {
  return doc.implementation.createHTMLDocument('').createElement(CARD_ELEMENT);
}
