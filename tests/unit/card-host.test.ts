// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD_ELEMENT, createCardHost, type HostPort } from '@/components/card/card-host';
import type { CardHost, CardRequest } from '@/lib/card/contract';
import type { HostMessage } from '@/lib/card/frame-protocol';
import { hostPortName } from '@/lib/card/ports';

/**
 * The card host against the page it lives in (issue 15): the page sees a host element and
 * nothing else; what the card shows goes to its frame through a runtime port, never the page.
 */

const request: CardRequest = {
  kind: 'entity',
  id: 'someone',
  anchor: { left: 0, top: 0, right: 10, bottom: 10 },
  mentionCount: 1,
  viaKeyboard: false,
};

class FakePort implements HostPort {
  readonly sent: unknown[] = [];
  disconnected = false;
  private listener: ((message: unknown) => void) | undefined;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  onMessage = {
    addListener: (listener: (message: unknown) => void) => {
      this.listener = listener;
    },
  };
  private ended: (() => void) | undefined;
  onDisconnect = {
    addListener: (listener: () => void) => {
      this.ended = listener;
    },
  };
  /** The background's service worker stopped. */
  end() {
    this.ended?.();
  }
  /** A message from the card's frame, as the background passes it on. */
  fromView(message: unknown) {
    this.listener?.(message);
  }
}

let card: CardHost;
let ports: { name: string; port: FakePort }[];

beforeEach(() => {
  ports = [];
  card = createCardHost(document, {
    viewUrl: 'chrome-extension://abc/card-view.html',
    frameTitle: 'Source Context card',
    connect: (name) => {
      const port = new FakePort();
      ports.push({ name, port });
      return port;
    },
  });
});
afterEach(() => card.destroy());

describe('the card host', () => {
  it('keeps its shadow root closed and sends the card to its frame by port only', () => {
    card.open(request);
    const host = document.querySelector(CARD_ELEMENT) as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain('someone');
    const [{ name, port }] = ports as [{ name: string; port: FakePort }];
    const token = name.slice('card-host:'.length);
    expect(name).toBe(hostPortName(token));
    expect(port.sent).toEqual([{ type: 'open', seq: 1, request } satisfies HostMessage]);
  });

  it('ignores malformed or stale messages from the frame and closes when the reader closes it', () => {
    card.open(request);
    const { port } = ports[0] as { port: FakePort };
    port.fromView({ type: 'size', seq: 1, height: '<img>' });
    port.fromView({ type: 'size', seq: 7, height: 100 });
    port.fromView({ type: 'closed' });
    expect(port.sent.at(-1)).toEqual({ type: 'close' });
    // Closed already: a late size does not show it again.
    port.fromView({ type: 'size', seq: 1, height: 100 });
    expect(card.isActive()).toBe(false);
  });

  it('closes on Escape pressed in the page', () => {
    card.open(request);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect((ports[0] as { port: FakePort }).port.sent.at(-1)).toEqual({ type: 'close' });
  });

  it('reconnects under the same token while a card is on screen; else builds a new frame on the next open', () => {
    card.open(request);
    const first = ports[0] as { name: string; port: FakePort };
    first.port.end();
    expect(ports.map((port) => port.name)).toEqual([first.name, first.name]);
    const second = ports[1] as { name: string; port: FakePort };
    second.port.fromView({ type: 'closed' });
    second.port.end();
    expect(ports).toHaveLength(2);
    card.open(request);
    expect(ports).toHaveLength(3);
    expect(ports[2]?.name).not.toBe(first.name);
    expect(document.querySelector(CARD_ELEMENT)).not.toBeNull();
  });

  it('leaves nothing behind when destroyed', () => {
    card.open(request);
    card.destroy();
    expect(document.querySelector(CARD_ELEMENT)).toBeNull();
    expect((ports[0] as { port: FakePort }).port.disconnected).toBe(true);
  });
});
