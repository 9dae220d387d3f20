import { HostMessage, ViewMessage } from '../card/frame-protocol';
import { parsePortName } from '../card/ports';

/** The part of a runtime port the relay uses (browser.runtime.Port in both browsers). */
export interface RelayPort {
  name: string;
  sender?: { tab?: { id?: number }; url?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Pair {
  host?: RelayPort;
  view?: RelayPort;
  /** What the host said before its frame connected: only the last one matters. */
  pending?: HostMessage;
}

/**
 * Pairs a page's card host with its card frame and passes their messages on, each parsed on the
 * way. The card lives in an extension-origin frame so that a page can neither read it nor see
 * the keys typed into it (issue 15); the host in the page only places that frame. Only a frame
 * loaded from `viewUrl` can take the view side, and only in the host's tab; a pair ends when
 * either side goes (page closed, frame navigated away, service worker stopped) — the host then
 * builds a new frame on its next open.
 */
export class CardRelay {
  private readonly pairs = new Map<string, Pair>();

  constructor(private readonly viewUrl: string) {}

  connect(port: RelayPort): void {
    const named = parsePortName(port.name);
    if (!named) return;
    const pair = this.pairs.get(named.token) ?? {};
    const taken = named.side === 'host' ? pair.host : pair.view;
    const other = named.side === 'host' ? pair.view : pair.host;
    const wrongFrame = named.side === 'view' && !(port.sender?.url ?? '').startsWith(this.viewUrl);
    const otherTab = other?.sender?.tab?.id;
    const wrongTab = otherTab !== undefined && port.sender?.tab?.id !== otherTab;
    if (taken || wrongFrame || wrongTab) {
      port.disconnect();
      return;
    }
    this.pairs.set(named.token, pair);
    port.onDisconnect.addListener(() => this.end(named.token));
    if (named.side === 'host') {
      pair.host = port;
      port.onMessage.addListener((message) => {
        const parsed = HostMessage.safeParse(message);
        if (!parsed.success) return;
        if (pair.view) pair.view.postMessage(parsed.data);
        else pair.pending = parsed.data;
      });
    } else {
      pair.view = port;
      port.onMessage.addListener((message) => {
        const parsed = ViewMessage.safeParse(message);
        if (parsed.success) pair.host?.postMessage(parsed.data);
      });
      if (pair.pending) port.postMessage(pair.pending);
      pair.pending = undefined;
    }
  }

  private end(token: string): void {
    const pair = this.pairs.get(token);
    if (!pair) return;
    this.pairs.delete(token);
    pair.host?.disconnect();
    pair.view?.disconnect();
  }
}
