import AhoCorasick from 'modern-ahocorasick';
import { compileIndex, deserializeIndex, matchArticle, serializeIndex } from '../../../lib/match/index';
import { generatePeople } from './alias-generator';
import { median, steadyRate } from './steady-rate';

/**
 * Runs in a Chromium page (bundled by chromium-harness.ts): our matcher and modern-ahocorasick
 * on the same generated aliases and the same news paragraphs, where matching really runs.
 */
export interface ChromiumMatchFigures {
  oursMbPerS: number;
  ahoCorasickMbPerS: number;
  ahoCorasickAliases: number;
  ahoCorasickBuildS: number;
  /** modern-ahocorasick on all paragraphs joined into one string: its search grows faster than the text. */
  ahoCorasickWholeTextMbPerS: number;
  /** Opening IndexedDB, reading the selfie, deserialising it and matching a first sentence. */
  loadFromIndexedDbMs: number;
}

const request = <T>(pending: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });

function openSelfieStore(): Promise<IDBDatabase> {
  const opening = indexedDB.open('bench-selfie', 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore('selfie');
  return request(opening);
}

/** Stores the selfie, then times what a waking service worker does: open, read, load, match. */
async function loadFromIndexedDb(selfie: Uint8Array, runs: number): Promise<number> {
  const database = await openSelfieStore();
  await request(database.transaction('selfie', 'readwrite').objectStore('selfie').put(selfie, 'index'));
  database.close();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const reopened = await openSelfieStore();
    const bytes = await request<Uint8Array>(
      reopened.transaction('selfie').objectStore('selfie').get('index'),
    );
    matchArticle(['US-Außenminister Antony Blinken'], deserializeIndex(bytes));
    times.push(performance.now() - started);
    reopened.close();
  }
  return median(times);
}

async function benchMatch(
  blocks: string[],
  bytes: number,
  aliasCount: number,
  ahoCorasickAliasCount: number,
): Promise<ChromiumMatchFigures> {
  const { entities } = generatePeople(aliasCount);
  const index = compileIndex(entities, []);
  const oursMbPerS = steadyRate(bytes, () => matchArticle(blocks, index));
  const loadFromIndexedDbMs = await loadFromIndexedDb(serializeIndex(index), 5);

  const patterns = entities
    .flatMap((entity) => Object.values(entity.names).flat())
    .slice(0, ahoCorasickAliasCount);
  const started = performance.now();
  const automaton = new AhoCorasick(patterns);
  const ahoCorasickBuildS = (performance.now() - started) / 1000;
  const ahoCorasickMbPerS = steadyRate(bytes, () => {
    for (const block of blocks) automaton.search(block);
  });
  const wholeText = blocks.join('\n');
  // Slow enough (about 1 MB/s) that a few single runs are all there is time for.
  const ahoCorasickWholeTextMbPerS = steadyRate(bytes, () => automaton.search(wholeText), {
    warmUpMs: 0,
    batches: 3,
    batchMs: 0,
  });
  return {
    oursMbPerS,
    ahoCorasickMbPerS,
    ahoCorasickAliases: patterns.length,
    ahoCorasickBuildS,
    ahoCorasickWholeTextMbPerS,
    loadFromIndexedDbMs,
  };
}

(globalThis as { benchMatch?: typeof benchMatch }).benchMatch = benchMatch;
