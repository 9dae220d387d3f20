import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packProblemError, syncErrors } from '../sync/sync-error';
import { packTrust, syncErrorText } from './sync-messages';
import { useLocale } from './testing/use-locale';

afterEach(() => vi.restoreAllMocks());

const stored = (error: { kind: string; message: string; text: unknown }) => ({
  message: error.message,
  text: error.text as never,
});

describe('sync errors in the reader language', () => {
  // Issue 15, finding 13: the German options page showed every sync error in English.
  it('shows a stored error in German, the file and line included', () => {
    useLocale('de');
    const error = packProblemError([
      { kind: 'schema', file: 'entities-001.ndjson', where: '3', reason: '$.type: invalid value' },
      { kind: 'schema', file: 'entities-001.ndjson', where: '9', reason: '$.type: invalid value' },
    ]);
    expect(syncErrorText(stored(error))).toBe(
      'entities-001.ndjson Zeile 3 passt nicht zum Paketformat: $.type: invalid value. (und ein weiteres Problem)',
    );
    expect(syncErrorText(stored(syncErrors.httpStatus('manifest.json', 404)))).toBe(
      'Der Paketserver hat keine Datei manifest.json (HTTP 404).',
    );
  });

  it('keeps the English message of errors stored before they carried a message key', () => {
    useLocale('de');
    expect(syncErrorText({ message: 'The pack server failed to send manifest.json (HTTP 500).' })).toBe(
      'The pack server failed to send manifest.json (HTTP 500).',
    );
    // A key this version does not know (written by a newer one) falls back the same way.
    expect(syncErrorText({ message: 'English.', text: { key: 'syncErrorFromTheFuture', params: [] } })).toBe(
      'English.',
    );
  });

  it('has every sync message in English and German with the same placeholders', () => {
    const table = (lang: string): Record<string, { message: string; placeholders?: object }> =>
      JSON.parse(
        readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
      );
    const [en, de] = [table('en'), table('de')];
    const keys = Object.keys(en).filter((key) => key.startsWith('sync'));
    expect(keys.length).toBeGreaterThan(30);
    for (const key of keys) {
      expect(de[key], key).toBeDefined();
      expect(Object.keys(de[key]?.placeholders ?? {}), key).toEqual(Object.keys(en[key]?.placeholders ?? {}));
      expect(de[key]?.message, key).not.toBe(en[key]?.message);
    }
  });
});

describe('how far a subscribed pack is verified', () => {
  // Issue 15, finding 14: a pack without a pinned key, or over plain http, looked verified.
  it('tells a pinned publisher key from an unsigned pack and from plain http', () => {
    expect(packTrust({ pinned: true, url: 'http://127.0.0.1:8080/manifest.json' })).toBe('pinned-key');
    expect(packTrust({ pinned: false, url: 'https://packs.example.org/manifest.json' })).toBe('unsigned');
    expect(packTrust({ pinned: false, url: 'http://packs.example.org/manifest.json' })).toBe('plain-http');
  });
});
