import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteDisabled, readSettings, SETTINGS_KEY } from '../settings';
import {
  isSiteOff,
  parseAnalyzeReply,
  parseSettings,
  parseStepMarks,
  SETTINGS_STORAGE_KEY,
} from './content-parse';
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
  it('reads them from the same storage key', () => {
    expect(SETTINGS_STORAGE_KEY).toBe(SETTINGS_KEY);
  });

  it('reads settings the way readSettings does, field by field', () => {
    for (const value of stored)
      expect(parseSettings(value), JSON.stringify(value)).toEqual(readSettings(value));
  });

  it('switches sites off like isSiteDisabled', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'news.test'] };
    for (const host of [
      'example.com',
      'www.example.com',
      'a.example.com',
      'example.org',
      'NEWS.test',
      'badexample.com',
    ]) {
      expect(isSiteOff(settings, host), host).toBe(isSiteDisabled(settings, host));
    }
  });
});
