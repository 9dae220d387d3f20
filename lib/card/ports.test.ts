import { describe, expect, it } from 'vitest';
import { ViewMessage } from './frame-protocol';
import { hostPortName, parsePortName, parseViewMessage, viewPortName } from './ports';

/** The host's hand parser is the zod schema's twin: it accepts exactly what `ViewMessage` accepts. */
const SAMPLES: unknown[] = [
  { type: 'closed' },
  { type: 'closed', extra: 1 },
  { type: 'size', seq: 0, height: 0 },
  { type: 'size', seq: 3, height: 240.5 },
  { type: 'size', seq: 3, height: 100_000 },
  { type: 'size', seq: 3, height: 100_001 },
  { type: 'size', seq: 3, height: -1 },
  { type: 'size', seq: 3, height: Number.POSITIVE_INFINITY },
  { type: 'size', seq: 3, height: Number.NaN },
  { type: 'size', seq: 3, height: '240' },
  { type: 'size', seq: -1, height: 10 },
  { type: 'size', seq: 1.5, height: 10 },
  { type: 'size', seq: 2 ** 60, height: 10 },
  { type: 'size', seq: 3 },
  { type: 'size', seq: 3, height: 10, html: '<b>' },
  { type: 'open', seq: 1 },
  { type: 'save-note', text: 'forged' },
  null,
  'closed',
  [],
  [{ type: 'closed' }],
];

describe('the card host’s parsing', () => {
  it('accepts exactly what the ViewMessage schema accepts, and gives the same value', () => {
    for (const sample of SAMPLES) {
      const parsed = ViewMessage.safeParse(sample);
      expect(parseViewMessage(sample), JSON.stringify(sample)).toEqual(
        parsed.success ? parsed.data : undefined,
      );
    }
  });

  it('names ports by side and random token, and no other port', () => {
    const token = crypto.randomUUID();
    expect(parsePortName(hostPortName(token))).toEqual({ side: 'host', token });
    expect(parsePortName(viewPortName(token))).toEqual({ side: 'view', token });
    for (const name of ['card-host:', 'card-view:not-a-token', `card-frame:${token}`, 'sync-progress']) {
      expect(parsePortName(name)).toBeUndefined();
    }
  });
});
