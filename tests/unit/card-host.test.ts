// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_ELEMENT, createCardHost } from '@/components/card/card-host';
import type { CardHost, CardRequest } from '@/lib/card/contract';
import type { Details } from '@/lib/messaging/protocol';
import { useLocale } from '@/lib/view/testing/use-locale';

/** The card host against the page it lives in (issue 15): what a page script sees and can do. */

const details: Details = {
  kind: 'entity',
  id: 'someone',
  versions: [],
  sources: [],
  names: {},
  note: { text: 'Mine', updated: '2026-11-01T10:00:00Z' },
};
const request: CardRequest = {
  kind: 'entity',
  id: 'someone',
  anchor: { left: 0, top: 0, right: 10, bottom: 10 },
  mentionCount: 1,
  viaKeyboard: true,
};

let card: CardHost;
const saveNote = vi.fn(async () => null);

async function openCard(): Promise<HTMLElement> {
  card.open(request);
  const shadow = document.querySelector(CARD_ELEMENT)?.shadowRoot;
  await vi.waitFor(() => expect(shadow?.querySelector('textarea')).toBeTruthy());
  return shadow?.querySelector('.sc-card') as HTMLElement;
}

beforeEach(() => {
  useLocale('en');
  saveNote.mockClear();
  card = createCardHost(document, {
    language: 'en',
    locale: 'en',
    loadDetails: async () => details,
    saveNote,
  });
});
afterEach(() => {
  card.destroy();
  vi.restoreAllMocks();
});

describe('the card host', () => {
  it('keeps keys, input and composition typed into the card from the page', async () => {
    const panel = await openCard();
    const area = panel.querySelector('textarea') as HTMLTextAreaElement;
    const heard: string[] = [];
    const init = { data: 's', key: 's', bubbles: true, composed: true };
    const typed: Event[] = [
      ...['keydown', 'keyup', 'keypress'].map((type) => new KeyboardEvent(type, init)),
      ...['beforeinput', 'input'].map((type) => new InputEvent(type, init)),
      ...['compositionstart', 'compositionupdate', 'compositionend'].map(
        (type) => new CompositionEvent(type, init),
      ),
    ];
    for (const { type } of typed) {
      document.addEventListener(type, () => heard.push(`document ${type}`));
      window.addEventListener(type, () => heard.push(`window ${type}`));
    }
    for (const event of typed) area.dispatchEvent(event);
    expect(heard).toEqual([]);
  });

  it('still closes on Escape pressed inside the card', async () => {
    const panel = await openCard();
    panel
      .querySelector('textarea')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(panel.hidden).toBe(true);
  });

  it('saves no note for a page script that fills the box and submits it', async () => {
    const panel = await openCard();
    const area = panel.querySelector('textarea') as HTMLTextAreaElement;
    const form = area.closest('form') as HTMLFormElement;
    for (const text of ['Written by the page', '']) {
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      form.requestSubmit();
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      form.querySelector('button')?.click();
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(saveNote).not.toHaveBeenCalled();
  });
  // A page owning the element name is tested in real Chromium (tests/e2e/hostile-page.spec.ts):
  // happy-dom gives a window-less document the page's custom element registry.
});
