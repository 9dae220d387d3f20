import { render } from 'preact';
import type { CardRequest } from '@/lib/card/contract';
import { HostMessage, type ViewMessage } from '@/lib/card/frame-protocol';
import type { Details } from '@/lib/messaging/protocol';
import type { Note } from '@/lib/schema/note';
import { CardView } from './CardView';
import type { HostPort } from './card-host';

export interface CardViewDeps {
  /** Opens the port the background pairs with the host's (lib/service/card-relay.ts). */
  connect: () => HostPort;
  loadDetails: (request: CardRequest) => Promise<Details>;
  saveNote: (request: CardRequest, text: string) => Promise<Note | null>;
  language: string;
  locale: string;
}

/**
 * The card inside its extension-origin frame: renders what the host asks for, tells the host the
 * height it needs (the frame has the card's width) whenever that changes, and that the reader
 * closed it (× or Escape). The page cannot reach this document, so what the reader types here,
 * and the note it shows, stay with the extension.
 */
export function startCardView(doc: Document, deps: CardViewDeps): void {
  const panel = doc.querySelector<HTMLElement>('.sc-card');
  if (!panel) throw new Error('card-view.html has no .sc-card');
  let seq: number | undefined;
  let port: HostPort | undefined;
  const post = (message: ViewMessage) => port?.postMessage(message);

  const report = () => {
    if (seq === undefined) return;
    // The card's natural height: its content, padding and border, unclipped by the frame.
    const border = panel.offsetHeight - panel.clientHeight;
    post({ type: 'size', seq, height: Math.ceil(panel.scrollHeight + border) });
  };
  const sizes = new ResizeObserver(report);
  for (const child of [panel, ...panel.children]) sizes.observe(child);
  // The card's body is replaced when its details arrive: observe what is rendered each time.
  new MutationObserver(() => {
    for (const child of panel.children) sizes.observe(child);
    report();
  }).observe(panel, { childList: true });

  let focusOnArrival = false;
  const arrive = () => {
    if (!focusOnArrival) return;
    focusOnArrival = false;
    panel.focus();
  };
  doc.defaultView?.addEventListener('focus', arrive);

  const closedByReader = () => {
    if (seq === undefined) return;
    show(undefined);
    post({ type: 'closed' });
  };

  const show = (open: { seq: number; request: CardRequest } | undefined) => {
    seq = open?.seq;
    if (!open) {
      render(null, panel);
      panel.hidden = true;
      return;
    }
    const { request } = open;
    panel.hidden = false;
    render(
      <CardView
        key={`${open.seq}`}
        request={request}
        language={deps.language}
        locale={deps.locale}
        loadDetails={deps.loadDetails}
        saveNote={deps.saveNote}
        onClose={closedByReader}
      />,
      panel,
    );
    // The frame is hidden until the host has its size, and nothing in a hidden frame takes
    // focus: a card opened from the keyboard takes it when the host focuses the frame.
    focusOnArrival = request.viaKeyboard;
    if (focusOnArrival && doc.hasFocus()) arrive();
    report();
  };

  // The port ends when the background's service worker stops; with a card on screen it is opened
  // again (the host does the same), otherwise the host builds a new frame on its next open.
  const connect = () => {
    const opened = deps.connect();
    opened.onMessage.addListener((message) => {
      const parsed = HostMessage.safeParse(message);
      if (!parsed.success) return;
      show(parsed.data.type === 'open' ? parsed.data : undefined);
    });
    opened.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = undefined;
      if (seq !== undefined) connect();
    });
    port = opened;
  };
  connect();
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closedByReader();
  });
}
