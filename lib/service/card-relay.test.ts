import { describe, expect, it } from 'vitest';
import { hostPortName, viewPortName } from '../card/ports';
import { CardRelay, type RelayPort } from './card-relay';

const VIEW_URL = 'chrome-extension://abc/card-view.html';
const TOKEN = '0b6f5a4e-2f8e-4c55-9d51-6a1a0c3e7b21';

class FakePort implements RelayPort {
  readonly received: unknown[] = [];
  disconnected = false;
  private messages: ((message: unknown) => void)[] = [];
  private ends: (() => void)[] = [];
  constructor(
    readonly name: string,
    readonly sender: { tab?: { id?: number }; url?: string },
  ) {}
  postMessage(message: unknown) {
    this.received.push(message);
  }
  disconnect() {
    if (this.disconnected) return;
    this.disconnected = true;
    for (const end of this.ends) end();
  }
  onMessage = { addListener: (listener: (message: unknown) => void) => void this.messages.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => void this.ends.push(listener) };
  send(message: unknown) {
    for (const listener of this.messages) listener(message);
  }
}

const open = {
  type: 'open',
  seq: 1,
  request: {
    kind: 'entity',
    id: 'antony-blinken',
    anchor: { left: 1, top: 2, right: 3, bottom: 4 },
    mentionCount: 2,
    viaKeyboard: false,
  },
};

function pair() {
  const relay = new CardRelay(VIEW_URL);
  const host = new FakePort(hostPortName(TOKEN), { tab: { id: 7 }, url: 'https://news.example/a' });
  const view = new FakePort(viewPortName(TOKEN), { tab: { id: 7 }, url: `${VIEW_URL}#${TOKEN}` });
  return { relay, host, view };
}

describe('the card relay', () => {
  it('hands the host’s last request to its frame when the frame connects, then passes both ways', () => {
    const { relay, host, view } = pair();
    relay.connect(host);
    host.send({ type: 'close' });
    host.send(open);
    relay.connect(view);
    expect(view.received).toEqual([open]);
    view.send({ type: 'size', seq: 1, height: 240 });
    view.send({ type: 'closed' });
    expect(host.received).toEqual([{ type: 'size', seq: 1, height: 240 }, { type: 'closed' }]);
  });

  it('drops malformed messages on both sides', () => {
    const { relay, host, view } = pair();
    relay.connect(host);
    relay.connect(view);
    host.send({ type: 'open', seq: 1, request: { ...open.request, anchor: 'everywhere' } });
    host.send({ type: 'save-note', kind: 'entity', id: 'antony-blinken', text: 'forged' });
    view.send({ type: 'size', seq: 1, height: Number.POSITIVE_INFINITY });
    expect(view.received).toEqual([]);
    expect(host.received).toEqual([]);
  });

  it('refuses a frame that is not the card page, one in another tab, and a second one', () => {
    const { relay, host, view } = pair();
    relay.connect(host);
    const page = new FakePort(viewPortName(TOKEN), { tab: { id: 7 }, url: 'https://news.example/fake' });
    relay.connect(page);
    expect(page.disconnected).toBe(true);
    const elsewhere = new FakePort(viewPortName(TOKEN), { tab: { id: 8 }, url: `${VIEW_URL}#${TOKEN}` });
    relay.connect(elsewhere);
    expect(elsewhere.disconnected).toBe(true);
    relay.connect(view);
    const second = new FakePort(viewPortName(TOKEN), { tab: { id: 7 }, url: `${VIEW_URL}#${TOKEN}` });
    relay.connect(second);
    expect(second.disconnected).toBe(true);
    expect(view.disconnected).toBe(false);
  });

  it('ends the pair when either side goes, so the host builds a new frame', () => {
    const { relay, host, view } = pair();
    relay.connect(host);
    relay.connect(view);
    view.disconnect();
    expect(host.disconnected).toBe(true);
  });

  it('ignores ports that are not the card’s', () => {
    const relay = new CardRelay(VIEW_URL);
    const other = new FakePort('sync-progress', {});
    relay.connect(other);
    relay.connect(new FakePort('card-host:not-a-token', {}));
    expect(other.disconnected).toBe(false);
  });
});
