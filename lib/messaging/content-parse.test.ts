import { describe, expect, it } from 'vitest';
import { readSettings } from '../settings';
import { parseAnalyzeReply, parseRevealMark, parseSettings, parseStepMarks } from './content-parse';
import { AnalyzeResult } from './protocol';

const match = { kind: 'entity', id: 'antony-blinken', block: 0, start: 4, end: 18 };

const results: unknown[] = [
  { matches: [] },
  { matches: [match] },
  { matches: [{ ...match, alias: 'Blinken', evidence: 'full name earlier' }] },
  { matches: [{ ...match, kind: 'claim', id: 'johnson-ended-istanbul-talks' }] },
  { matches: [{ ...match, id: 'Antony Blinken' }] },
  { matches: [{ ...match, id: `${'a'.repeat(121)}` }] },
  { matches: [{ ...match, block: -1 }] },
  { matches: [{ ...match, start: 1.5 }] },
  { matches: [{ ...match, end: 0 }] },
  { matches: [{ ...match, kind: 'outlet' }] },
  { matches: [{ ...match, alias: 'x'.repeat(201) }] },
  { matches: [{ ...match, extra: true }] },
  { matches: [{ ...match, own: true }] },
  { matches: [{ ...match, own: false }] },
  { matches: [match], extra: 1 },
  { matches: 'none' },
  null,
  [],
];

describe('parseAnalyzeReply', () => {
  it('accepts exactly what the AnalyzeResult schema accepts', () => {
    for (const value of results) {
      const accepted = (() => {
        try {
          parseAnalyzeReply({ ok: true, value });
          return true;
        } catch {
          return false;
        }
      })();
      expect(accepted, JSON.stringify(value)).toBe(AnalyzeResult.safeParse(value).success);
    }
  });

  it('turns an error reply into an error', () => {
    expect(() => parseAnalyzeReply({ ok: false, error: 'store not ready' })).toThrow('store not ready');
    expect(() => parseAnalyzeReply('yes')).toThrow('malformed reply');
  });
});

describe('parseStepMarks', () => {
  it('reads the command and nothing else', () => {
    expect(parseStepMarks({ type: 'step-marks', direction: 'next' })).toEqual({
      type: 'step-marks',
      direction: 'next',
    });
    expect(parseStepMarks({ type: 'step-marks', direction: 'previous' })?.direction).toBe('previous');
    expect(parseStepMarks({ type: 'step-marks', direction: 'up' })).toBeUndefined();
    expect(parseStepMarks({ type: 'step-marks', direction: 'next', x: 1 })).toBeUndefined();
    expect(parseStepMarks({ type: 'analyze' })).toBeUndefined();
  });
});

describe('parseSettings', () => {
  const stored: unknown[] = [
    undefined,
    {},
    { disabledSites: ['example.com'], hoverDelayMs: 200, markStyle: 'background' },
    { disabledSites: 'example.com', hoverDelayMs: 200 },
    { hoverDelayMs: -1, markStyle: 'loud' },
    { hoverDelayMs: 9_000, markStyle: 'off' },
    { disabledSites: [1, 2] },
    'nonsense',
  ];
  it('reads settings the way readSettings does, field by field', () => {
    for (const value of stored)
      expect(parseSettings(value), JSON.stringify(value)).toEqual(readSettings(value));
  });
});

describe('reveal-mark requests from the popup', () => {
  it('are read when well-formed and ignored otherwise', () => {
    expect(parseRevealMark({ type: 'reveal-mark', kind: 'entity', id: 'antony-blinken' })).toEqual({
      type: 'reveal-mark',
      kind: 'entity',
      id: 'antony-blinken',
    });
    for (const message of [
      { type: 'reveal-mark', kind: 'person', id: 'antony-blinken' },
      { type: 'reveal-mark', kind: 'entity', id: 'Not A Slug' },
      { type: 'reveal-mark', kind: 'entity', id: 'a', extra: 1 },
      { type: 'step-marks', direction: 'next' },
      null,
    ]) {
      expect(parseRevealMark(message), JSON.stringify(message)).toBeUndefined();
    }
  });
});
