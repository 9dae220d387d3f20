import { describe, expect, it } from 'vitest';
import { shardUrl } from './shard-url';

const MANIFEST = 'https://packs.example.org/news/manifest.json';

describe('shardUrl', () => {
  it.each([
    ['entities-001.ndjson', 'https://packs.example.org/news/entities-001.ndjson'],
    ['shards/entities.ndjson', 'https://packs.example.org/news/shards/entities.ndjson'],
  ])('resolves %s against the manifest folder', (path, url) => {
    expect(shardUrl(MANIFEST, path)).toBe(url);
  });

  it.each([
    '../other/entities.ndjson',
    '/news-evil/entities.ndjson',
    'https://evil.example.com/news/entities.ndjson',
    '//evil.example.com/news/entities.ndjson',
    '%2e%2e/other.ndjson',
    'entities.ndjson?x=1',
    './',
  ])('refuses %s, which leaves the pack', (path) => {
    expect(shardUrl(MANIFEST, path)).toBeUndefined();
  });
});
